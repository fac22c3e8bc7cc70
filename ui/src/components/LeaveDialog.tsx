import { Button, DialogActions, DialogBody, DialogContent, DialogTitle, makeStyles } from "@fluentui/react-components";
import { useMessages } from "../i18n";
import { AppDialog } from "./AppDialog";

const useStyles = makeStyles({ surface: { maxWidth: "640px" } });

/**
 * Asked when closing a dialog whose draft already left the app (mail application or clipboard) but
 * was not recorded with Done; `title` and `body` say what would not be recorded.
 */
export function LeaveDialog(props: { title: string; body: string; onKeep: () => void; onDiscard: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  return (
    <AppDialog alert onClose={props.onKeep} className={styles.surface} testId="request-leave">
      <DialogBody>
        <DialogTitle>{props.title}</DialogTitle>
        <DialogContent>{props.body}</DialogContent>
        <DialogActions>
          <Button appearance="primary" data-testid="request-leave-keep" onClick={props.onKeep}>{m.t("request-leave-keep")}</Button>
          <Button data-testid="request-leave-discard" onClick={props.onDiscard}>{m.t("request-leave-discard")}</Button>
        </DialogActions>
      </DialogBody>
    </AppDialog>
  );
}
