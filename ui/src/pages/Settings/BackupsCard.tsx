import {
  Button, Card, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody,
  Subtitle1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { api, asApiError } from "../../api";
import type { ApiError } from "../../bindings/ApiError";
import type { Backup } from "../../bindings/Backup";
import { ErrorBar } from "../../components/ErrorBar";
import { GuardedButton } from "../../components/GuardedButton";
import { useMessages, type Messages } from "../../i18n";
import { labelIds } from "../../labels";
import { useSession } from "../../session";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, maxWidth: "1000px", flexShrink: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  size: { whiteSpace: "nowrap" },
  // Named for screen readers; the buttons below say it to everyone else.
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
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
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<Backup | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const backUpButton = useRef<HTMLButtonElement>(null);

  const refresh = () => api.listBackups().then(setBackups, (e) => setError(asApiError(e)));
  useEffect(() => { refresh(); }, []);

  const backUp = async () => {
    setBusy(true);
    try {
      const b = await api.backUpNow();
      setDone(m.t("backups-created", { file: b.name }));
      setError(null);
      await refresh();
    } catch (e) {
      setDone(null);
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  // Bumped when the dialog closes: focus then goes back to the control that opened it (or to
  // Back up now if the list changed under it), once the dialog has left the page.
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus === 0) return;
    const frame = requestAnimationFrame(() => {
      const target = opener.current?.isConnected ? opener.current : backUpButton.current;
      target?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [refocus]);
  const closeDialog = () => {
    setConfirm(null);
    setRefocus((n) => n + 1);
  };

  const restore = async (b: Backup) => {
    setBusy(true);
    try {
      await api.restoreBackup(b.name);
      setSession(await api.getSession());
      setDone(m.t("backups-restored", { date: m.dateTime(b.createdAt) }));
      setError(null);
    } catch (e) {
      setDone(null);
      setError(asApiError(e));
    } finally {
      await refresh();
      setBusy(false);
      closeDialog();
    }
  };

  return (
    <Card className={styles.card} data-testid="settings-backups">
      <Subtitle1 as="h2">{m.t("backups-section")}</Subtitle1>
      <Text className={styles.hint}>{m.t("backups-hint")}</Text>
      <ErrorBar error={error} testId="backups-error" />
      <div role="status" aria-live="polite">
        {done && <MessageBar intent="success" data-testid="backups-done"><MessageBarBody>{done}</MessageBarBody></MessageBar>}
      </div>
      <div>
        <Button ref={backUpButton} onClick={backUp} disabled={busy} data-testid="backups-back-up-now">{m.t("backups-back-up-now")}</Button>
      </div>
      {backups && backups.length === 0 && <Text data-testid="backups-none">{m.t("backups-none")}</Text>}
      {backups && backups.length > 0 && (
        <Table aria-label={m.t("backups-table")} data-testid="backups-list" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.t("backups-col-date")}</TableHeaderCell>
              <TableHeaderCell>{m.t("backups-col-size")}</TableHeaderCell>
              <TableHeaderCell>{m.t("backups-col-reason")}</TableHeaderCell>
              <TableHeaderCell><span className={styles.hidden}>{m.t("backups-restore")}</span></TableHeaderCell>
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
                    onClick={(e) => { opener.current = e.currentTarget; setConfirm(b); }}
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
        <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && !busy && closeDialog()}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{m.t("backups-restore-title")}</DialogTitle>
              <DialogContent data-testid="backup-restore-dialog">
                {m.t("backups-restore-body", { date: m.dateTime(confirm.createdAt) })}
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" disabled={busy} onClick={() => restore(confirm)} data-testid="backup-restore-confirm">
                  {m.t("backups-restore")}
                </Button>
                <Button disabled={busy} onClick={closeDialog}>{m.t("action-cancel")}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </Card>
  );
}
