import {
  Button, Card, DialogActions, DialogBody, DialogContent, DialogTitle, MessageBar, MessageBarBody, Subtitle1, Table,
  TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { api } from "../../api";
import type { Backup } from "../../bindings/Backup";
import { AppDialog } from "../../components/AppDialog";
import { ErrorBar } from "../../components/ErrorBar";
import { GuardedButton } from "../../components/GuardedButton";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useMessages, type Messages } from "../../i18n";
import { labelIds } from "../../labels";
import { useBackups, useInvalidateAll } from "../../queries";
import { useSession } from "../../session";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, maxWidth: "1000px", flexShrink: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  size: { whiteSpace: "nowrap" },
});

/** A file size in the user's language: kB under a megabyte, else MB. */
function size(m: Messages, bytes: number): string {
  const mb = bytes >= 1_000_000;
  return new Intl.NumberFormat(m.language, { style: "unit", unit: mb ? "megabyte" : "kilobyte", maximumFractionDigits: 1 })
    .format(bytes / (mb ? 1_000_000 : 1_000));
}

/** Settings' backups: back up now (any role), and restore one (as the core's grant allows). */
export function BackupsCard() {
  const m = useMessages();
  const styles = useStyles();
  const { setSession } = useSession();
  const { data: backups, error } = useBackups();
  const invalidateAll = useInvalidateAll();
  const [confirm, setConfirm] = useState<Backup | null>(null);
  // Outcomes are shown here and said through the app's live region.
  const outcome = useFieldErrors();
  const busy = outcome.busy;

  const backUp = () => outcome.attempt(async () => {
    const b = await api.backUpNow();
    await invalidateAll();
    return b;
  }, (b) => m.t("backups-created", { file: b.name }));

  // The dialog closes whatever the outcome, once the list shows it.
  const restore = (b: Backup) => outcome.attempt(async () => {
    try {
      await api.restoreBackup(b.name);
      setSession(await api.getSession());
    } finally {
      await invalidateAll();
      setConfirm(null);
    }
  }, m.t("backups-restored", { date: m.dateTime(b.createdAt) }));

  return (
    <Card className={styles.card} data-testid="settings-backups">
      <Subtitle1 as="h2">{m.t("backups-section")}</Subtitle1>
      <Text className={styles.hint}>{m.t("backups-hint")}</Text>
      <ErrorBar error={outcome.error ?? error} testId="backups-error" />
      {outcome.done && <MessageBar intent="success" data-testid="backups-done"><MessageBarBody>{outcome.done}</MessageBarBody></MessageBar>}
      <div>
        <Button onClick={backUp} disabled={busy} data-testid="backups-back-up-now">{m.t("backups-back-up-now")}</Button>
      </div>
      {backups && backups.length === 0 && <Text data-testid="backups-none">{m.t("backups-none")}</Text>}
      {backups && backups.length > 0 && (
        <Table aria-label={m.t("backups-table")} data-testid="backups-list" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.t("backups-col-date")}</TableHeaderCell>
              <TableHeaderCell>{m.t("backups-col-size")}</TableHeaderCell>
              <TableHeaderCell>{m.t("backups-col-reason")}</TableHeaderCell>
              <TableHeaderCell><VisuallyHidden>{m.t("backups-restore")}</VisuallyHidden></TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {backups.map((b) => (
              <TableRow key={b.name} data-testid="backup-row" data-name={b.name}>
                <TableCell>{m.dateTime(b.createdAt)}</TableCell>
                <TableCell className={styles.size}>{size(m, b.size)}</TableCell>
                <TableCell>{m.t(labelIds.backupReason(b.reason))}</TableCell>
                <TableCell>
                  <GuardedButton
                    action="manageSettings"
                    size="small"
                    data-testid="backup-restore"
                    aria-label={`${m.t("backups-restore")}: ${m.dateTime(b.createdAt)}`}
                    onClick={() => setConfirm(b)}
                  >
                    {m.t("backups-restore")}
                  </GuardedButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {confirm && (
        <AppDialog onClose={() => !busy && setConfirm(null)}>
          <DialogBody>
            <DialogTitle>{m.t("backups-restore-title")}</DialogTitle>
            <DialogContent data-testid="backup-restore-dialog">
              {m.t("backups-restore-body", { date: m.dateTime(confirm.createdAt) })}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={busy} onClick={() => restore(confirm)} data-testid="backup-restore-confirm">
                {m.t("backups-restore")}
              </Button>
              <Button disabled={busy} onClick={() => setConfirm(null)}>{m.t("action-cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </AppDialog>
      )}
    </Card>
  );
}
