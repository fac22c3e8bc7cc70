import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useMessages } from "../i18n";

/**
 * The review step's buttons of a draft that leaves the app and is then recorded (an invitation, a
 * GDAP request): Back, Open in email, Copy to clipboard, Done. `testId` prefixes their test ids.
 */
export function HandoffActions(props: {
  testId: string; busy: boolean; onBack: () => void; onOpen: () => void; onCopy: () => void; onDone: () => void;
}) {
  const m = useMessages();
  const { testId, busy } = props;
  return (
    <>
      <Button onClick={props.onBack} disabledFocusable={busy}>{m.t("action-back")}</Button>
      <Button data-testid={`${testId}-open-email`} disabledFocusable={busy} onClick={props.onOpen}>{m.t("request-open-email")}</Button>
      <Button data-testid={`${testId}-copy`} disabledFocusable={busy} onClick={props.onCopy}>{m.t("request-copy")}</Button>
      <Button data-testid={`${testId}-done`} appearance="primary" disabledFocusable={busy} onClick={props.onDone}>{m.t("action-done")}</Button>
    </>
  );
}

/** What the last hand-off did (`done`): the draft is in the mail application (`handedOff`'s words), or on the clipboard. */
export function HandoffResult(props: { testId: string; done: string | null; handedOff: string }) {
  if (!props.done) return null;
  return (
    <MessageBar intent="success" data-testid={props.done === props.handedOff ? `${props.testId}-handed-off` : `${props.testId}-copied`}>
      <MessageBarBody>{props.done}</MessageBarBody>
    </MessageBar>
  );
}
