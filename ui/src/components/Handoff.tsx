import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useMessages } from "../i18n";

/**
 * The review step's buttons of a draft that leaves the app and is then recorded (an invitation, a
 * GDAP request): Back, Open in email, Copy to clipboard, Done. `testId` prefixes their test ids.
 */
export function HandoffActions(props: {
  testId: string; busy: boolean; onBack?: () => void; onOpen: () => void; onCopy: () => void; onDone: () => void;
}) {
  const m = useMessages();
  const { testId, busy } = props;
  return (
    <>
      {props.onBack && <Button onClick={props.onBack} disabledFocusable={busy}>{m.t("action-back")}</Button>}
      <Button data-testid={`${testId}-open-email`} disabledFocusable={busy} onClick={props.onOpen}>{m.t("request-open-email")}</Button>
      <Button data-testid={`${testId}-copy`} disabledFocusable={busy} onClick={props.onCopy}>{m.t("request-copy")}</Button>
      <Button data-testid={`${testId}-done`} appearance="primary" disabledFocusable={busy} onClick={props.onDone}>{m.t("action-done")}</Button>
    </>
  );
}

/** The ways out of a draft too long for a `mailto:` URL: an email file, or the clipboard. */
export function TooLongActions(props: { testId: string; onSave: () => void; onCopy: () => void }) {
  const m = useMessages();
  return (
    <>
      <Button data-testid={`${props.testId}-save-eml`} onClick={props.onSave}>{m.t("request-save-eml")}</Button>
      <Button onClick={props.onCopy}>{m.t("request-copy")}</Button>
    </>
  );
}

/** The words for a draft saved as an email file at `path`, or nothing if the user cancelled. */
export function savedAs(m: ReturnType<typeof useMessages>, path: string | null): string {
  return path ? m.t("request-eml-saved", { path }) : "";
}

/**
 * What the last hand-off did (`done`): the draft is in the mail application (`handedOff`'s words),
 * saved as an email file (`saved`'s words), or on the clipboard.
 */
export function HandoffResult(props: { testId: string; done: string | null; handedOff: string; saved?: string }) {
  if (!props.done) return null;
  const kind = props.done === props.handedOff ? "handed-off" : props.done === props.saved ? "saved" : "copied";
  return (
    <MessageBar intent="success" data-testid={`${props.testId}-${kind}`}>
      <MessageBarBody>{props.done}</MessageBarBody>
    </MessageBar>
  );
}
