import {
  Button, DialogActions, DialogBody, DialogContent, DialogTitle, MessageBar, MessageBarBody, Spinner, makeStyles,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { api } from "../api";
import type { Draft } from "../bindings/Draft";
import type { PreparedReminder } from "../bindings/PreparedReminder";
import type { ReminderOf } from "../bindings/ReminderOf";
import { useMessages } from "../i18n";
import { AppDialog } from "./AppDialog";
import { DraftEditor } from "./DraftEditor";
import { ErrorBar } from "./ErrorBar";
import { HandoffActions, HandoffResult, TooLongActions, savedAs } from "./Handoff";
import { LeaveDialog } from "./LeaveDialog";
import { useFormStyles } from "./formStyles";
import { useFieldErrors } from "./useFieldErrors";

const useStyles = makeStyles({
  surface: { maxWidth: "860px", width: "100%" },
});

/**
 * Send a reminder of an invitation or a GDAP request still waiting for the customer: the core
 * drafts it in the language of the first email, with the same link; it leaves the app as every
 * draft does, and Done records it.
 */
export function ReminderDialog(props: { of: ReminderOf; customerName: string; onClose: () => void; onSent: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const form = useFormStyles();
  const errors = useFieldErrors();
  const [prepared, setPrepared] = useState<PreparedReminder | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [handedOff, setHandedOff] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [saved, setSaved] = useState("");
  const act = errors.attempt;
  const { of } = props;

  useEffect(() => {
    void act(async () => {
      const p = await api.prepareReminder(of);
      setPrepared(p);
      setDraft(p.draft);
    });
    // Drafted once, when the dialog opens.
  }, []);

  const close = () => (handedOff ? setConfirmLeave(true) : props.onClose());
  const copy = () => act(async () => { await api.copyReminder(of, draft!); setHandedOff(true); }, m.t("request-copied"));
  const openInMail = () => act(async () => { await api.openReminderInMailApp(of, draft!); setHandedOff(true); }, m.t("reminder-handed-off"));
  const saveEml = () => act(async () => {
    const path = await api.saveReminderEml(of, draft!);
    if (path) { setHandedOff(true); setSaved(savedAs(m, path)); }
    return path;
  }, (path) => savedAs(m, path));
  const linkRemoved = errors.error?.code === "linkRemoved";
  const tooLong = errors.error?.code === "mailtoTooLong";
  const inField = errors.error && errors.error.fields.length > 0 && errors.error.fields.every((f) => f.field === "recipient" || f.field === "subject");

  return (
    <>
      <AppDialog onClose={close} className={styles.surface}>
        <DialogBody>
          <DialogTitle>{m.bidi("reminder-title", { customer: props.customerName })}</DialogTitle>
          <DialogContent className={form.content} data-testid="reminder-dialog">
            <MessageBar intent="info"><MessageBarBody>{m.t("reminder-intro")}</MessageBarBody></MessageBar>
            <ErrorBar
              error={inField ? null : errors.error}
              testId="reminder-error"
              actions={linkRemoved && prepared ? (
                <Button onClick={() => { setDraft({ ...draft!, body: `${draft!.body.trimEnd()}\n\n${prepared.link}\n` }); errors.clear(); }}>
                  {m.t("request-restore-link")}
                </Button>
              ) : tooLong ? <TooLongActions testId="reminder" onSave={saveEml} onCopy={copy} /> : undefined}
            />
            <HandoffResult testId="reminder" done={errors.done} handedOff={m.t("reminder-handed-off")} saved={saved} />
            {draft ? <DraftEditor draft={draft} onChange={setDraft} errorOf={errors.of} testId="reminder-draft" /> : !errors.error && <Spinner label={m.t("loading")} />}
          </DialogContent>
          <DialogActions>
            <Button onClick={close} data-testid="reminder-cancel">{m.t("action-cancel")}</Button>
            {draft && (
              <HandoffActions
                testId="reminder"
                busy={errors.busy}
                onOpen={openInMail}
                onCopy={copy}
                onDone={() => act(async () => { await api.sendReminder(of, draft); props.onSent(); })}
              />
            )}
          </DialogActions>
        </DialogBody>
      </AppDialog>
      {confirmLeave && (
        <LeaveDialog title={m.t("reminder-leave-title")} body={m.t("reminder-leave-body")} onKeep={() => setConfirmLeave(false)} onDiscard={props.onClose} />
      )}
    </>
  );
}
