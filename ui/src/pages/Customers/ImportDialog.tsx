import {
  Button, DialogActions, DialogBody, DialogContent, DialogTitle, Field, MessageBar,
  MessageBarBody, ProgressBar, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import { api } from "../../api";
import type { ImportProgress } from "../../bindings/ImportProgress";
import type { ImportReport } from "../../bindings/ImportReport";
import { AppDialog } from "../../components/AppDialog";
import { ErrorBar } from "../../components/ErrorBar";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useFormStyles } from "../../components/formStyles";
import { useMessages } from "../../i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "160px", overflowY: "auto" },
  file: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  name: { overflowWrap: "anywhere" },
});

/**
 * Reconcile from Partner Center: the system's file dialog picks Customers.csv, the core reads it
 * and previews what it changes, then applies it all at once. Both steps show their progress and
 * can be cancelled; a cancelled step changes nothing.
 */
export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const form = useFormStyles();
  const [file, setFile] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const running = useRef(false);
  const errors = useFieldErrors();
  const busy = errors.busy;

  /** Previews or applies the chosen file, showing the core's progress as it comes. */
  const step = async (apply: boolean) => {
    running.current = true;
    try {
      setReport(await api.importCustomers(apply, setProgress));
    } finally {
      running.current = false;
      setProgress(null);
    }
  };

  const choose = () =>
    errors.attempt(async () => {
      const name = await api.chooseImportFile();
      if (name === null) return;
      setFile(name);
      setReport(null);
      await step(false);
    });

  const close = () => {
    // Closing while a step runs stops it: nothing is written.
    if (running.current) void api.cancelImport();
    if (report?.applied) onImported();
    else onClose();
  };

  return (
    <AppDialog onClose={close}>
      <DialogBody>
        <DialogTitle>{m.t("import-title")}</DialogTitle>
        <DialogContent className={form.content} data-testid="import-dialog">
          <Text>{m.t("import-intro")}</Text>
          <Field label={m.t("import-file")}>
            <div className={styles.file}>
              <Button icon={<DocumentArrowUp20Regular />} disabled={busy || !!report?.applied} onClick={choose} data-testid="import-choose">
                {m.t("import-choose")}
              </Button>
              <Text className={styles.name} data-testid="import-file-name" aria-live="polite">{file ?? m.t("import-no-file")}</Text>
            </div>
          </Field>
          {busy && (
            <Field
              validationState="none"
              validationMessage={progress ? m.t("import-progress", { done: progress.done, total: progress.total }) : undefined}
            >
              <ProgressBar
                data-testid="import-progress"
                value={progress ? progress.done / Math.max(progress.total, 1) : undefined}
                aria-label={m.t("import-title")}
              />
            </Field>
          )}
          <ErrorBar error={errors.error} testId="import-error" />
          {report && (
            <MessageBar intent={report.applied ? "success" : "info"} data-testid="import-report">
              <MessageBarBody>
                {m.t(report.applied ? "import-done" : "import-preview", {
                  added: report.added, updated: report.updated, matched: report.matched, unchanged: report.unchanged, rejected: report.rejected.length,
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          {report && (
            <Text size={200} data-testid="import-format">
              {m.t("import-format", { encoding: report.format.encoding, delimiter: report.format.delimiter })}
            </Text>
          )}
          {report && report.restored.length > 0 && (
            <MessageBar intent="warning" layout="multiline" data-testid="import-restored">
              <MessageBarBody>
                {m.t("import-restored", { count: report.restored.length })}
                <ul className={styles.list}>
                  {report.restored.map((r) => <li key={r.line}>{m.t("import-restored-row", { line: r.line, company: r.company })}</li>)}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {report && report.rejected.length > 0 && (
            <ul className={styles.list} data-testid="import-rejected">
              {report.rejected.map((r) => (
                <li key={r.line}>{m.bidi("import-rejected-row", { line: r.line, company: r.company || "—", reasons: r.reasons.join(" ") })}</li>
              ))}
            </ul>
          )}
        </DialogContent>
        <DialogActions>
          {report?.applied ? (
            <Button appearance="primary" onClick={onImported} data-testid="import-close">{m.t("action-close")}</Button>
          ) : busy ? (
            <Button onClick={() => void api.cancelImport()} data-testid="import-cancel">{m.t("action-cancel")}</Button>
          ) : (
            <>
              <Button onClick={close}>{m.t("action-cancel")}</Button>
              <Button appearance="primary" disabled={!report} onClick={() => errors.attempt(() => step(true))} data-testid="import-apply">
                {m.t("import-apply")}
              </Button>
            </>
          )}
        </DialogActions>
      </DialogBody>
    </AppDialog>
  );
}
