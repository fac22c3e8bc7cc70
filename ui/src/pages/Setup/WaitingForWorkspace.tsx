import {
  Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens,
} from "@fluentui/react-components";
import { listen } from "@tauri-apps/api/event";
import { useEffect, useState } from "react";
import { api } from "../../api";
import type { Connecting } from "../../bindings/Connecting";
import { useMessages } from "../../i18n";

/** The event telling how waiting for the team workspace goes (`null` once it is open). */
const CONNECTING_EVENT = "liaison://connecting";

/**
 * Whether Liaison still waits for its team workspace at start-up: `undefined` while not yet
 * known, `null` once the workspace is open (for good: a late answer never takes it back).
 */
export function useConnecting(): Connecting | null | undefined {
  const [connecting, setConnecting] = useState<Connecting | null | undefined>(undefined);
  useEffect(() => {
    const next = (c: Connecting | null) => setConnecting((prev) => (prev === null ? null : c));
    let stopped = false;
    let unlisten: (() => void) | undefined;
    // Listening first, then asking: an answer in between is never missed.
    listen<Connecting | null>(CONNECTING_EVENT, (e) => next(e.payload)).then((u) => {
      if (stopped) u();
      else unlisten = u;
      return api.connectingStatus().then(next, () => next(null));
    });
    return () => {
      stopped = true;
      unlisten?.();
    };
  }, []);
  return connecting;
}

const useStyles = makeStyles({
  root: { margin: "auto", maxWidth: "640px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/** Seconds left until `deadline` (a `Date.now()` time), counted down once a second. */
function useSecondsUntil(deadline: number): number {
  const left = () => Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    const timer = window.setInterval(() => setSeconds(left()), 1000);
    return () => window.clearInterval(timer);
  }, [deadline]);
  return seconds;
}

/**
 * The window while the team workspace does not answer at start-up: why, which server, when
 * Liaison tries next (and a way to try at once). The app opens by itself when the server answers.
 */
export function WaitingForWorkspace({ status }: { status: Connecting }) {
  const m = useMessages();
  const styles = useStyles();
  const [deadline, setDeadline] = useState(() => Date.now() + status.nextAttemptIn * 1000);
  useEffect(() => setDeadline(Date.now() + status.nextAttemptIn * 1000), [status]);
  const seconds = useSecondsUntil(deadline);
  const [asked, setAsked] = useState(false);
  useEffect(() => setAsked(false), [status]);
  // An attempt is under way once the count reaches zero, or once the user asked for one.
  const trying = asked || (status.retrying && seconds === 0);
  const tryNow = () => {
    setAsked(true);
    setDeadline(Date.now());
    void api.connectNow();
  };

  return (
    <div className={styles.root} data-testid="workspace-connecting" data-failures={status.failures}>
      <MessageBar intent={status.retrying ? "warning" : "error"} role="status" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{m.t("workspace-connecting-title")}</MessageBarTitle>
          {status.message}
        </MessageBarBody>
      </MessageBar>
      {status.server && <Caption1 data-testid="workspace-connecting-server">{m.t("workspace-connecting-server", { server: status.server })}</Caption1>}
      <div className={styles.row}>
        {!trying ? (
          <span data-testid={status.retrying ? "workspace-connecting-next" : "workspace-connecting-refused"}>
            {status.retrying ? m.t("workspace-connecting-next", { seconds }) : m.t("workspace-connecting-refused")}
          </span>
        ) : (
          <Spinner size="tiny" label={m.t("workspace-connecting-trying")} />
        )}
        <Button appearance="primary" disabled={trying} onClick={tryNow} data-testid="workspace-connect-now">
          {m.t("action-retry")}
        </Button>
      </div>
    </div>
  );
}
