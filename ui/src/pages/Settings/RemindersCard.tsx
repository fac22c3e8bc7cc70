import { Button, Card, Field, MessageBar, MessageBarBody, SpinButton, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { api } from "../../api";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useMessages } from "../../i18n";
import { useInvalidateAll } from "../../queries";
import { useSession } from "../../session";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, maxWidth: "1000px", flexShrink: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap" },
});

/** After how many days one's own pending invitations and GDAP requests are flagged for a reminder. */
export function RemindersCard() {
  const m = useMessages();
  const styles = useStyles();
  const { session, setSession } = useSession();
  const stored = session.me?.reminderDays ?? 7;
  const [days, setDays] = useState<number>(stored);
  const errors = useFieldErrors();
  const invalidateAll = useInvalidateAll();
  const save = () => errors.attempt(async () => {
    const s = await api.setReminderDays(days);
    setSession(s);
    void invalidateAll();
    return s.me?.reminderDays ?? days;
  }, (saved) => m.t("reminders-saved", { count: saved }));
  return (
    <Card className={styles.card} data-testid="settings-reminders">
      <Subtitle1 as="h2">{m.t("reminders-settings-title")}</Subtitle1>
      {errors.done && <MessageBar intent="success" data-testid="settings-reminders-saved"><MessageBarBody>{errors.done}</MessageBarBody></MessageBar>}
      <div className={styles.row}>
        <Field label={m.t("field-reminder-days")} hint={m.t("reminders-settings-hint")} validationMessage={errors.of("reminderDays") ?? errors.error?.message}>
          <SpinButton
            data-testid="settings-reminder-days"
            value={days}
            min={1}
            max={365}
            onChange={(_, d) => setDays(d.value ?? (Number(d.displayValue) || 0))}
          />
        </Field>
        <Button data-testid="settings-reminders-save" disabledFocusable={errors.busy || days === stored} onClick={save}>{m.t("action-save")}</Button>
      </div>
    </Card>
  );
}
