import {
  Button, DialogActions, DialogBody, DialogContent, DialogTitle, Field, MessageBar,
  MessageBarBody, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { api } from "../../api";
import type { ImportReport } from "../../bindings/ImportReport";
import { AppDialog } from "../../components/AppDialog";
import { ErrorBar } from "../../components/ErrorBar";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useFormStyles } from "../../components/formStyles";
import { useMessages } from "../../i18n";

const useStyles = makeStyles({
  rejected: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "200px", overflowY: "auto" },
});

/** Reconcile from Partner Center: preview what Customers.csv changes, then apply it all at once. */
export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const form = useFormStyles();
  const [csv, setCsv] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const errors = useFieldErrors();

  const run = (text: string, apply: boolean) => errors.attempt(async () => setReport(await api.importCustomers(text, apply)));
  const busy = errors.busy;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    await run(text, false);
  };

  return (
    <AppDialog onClose={() => report?.applied ? onImported() : onClose()}>
        <DialogBody>
          <DialogTitle>{m.t("import-title")}</DialogTitle>
          <DialogContent className={form.content} data-testid="import-dialog">
            <Text>{m.t("import-intro")}</Text>
            <Field label={m.t("import-file")}>
              <input type="file" accept=".csv,text/csv" aria-label={m.t("import-file")} data-testid="import-file" disabled={busy} onChange={(e) => choose(e.target.files?.[0])} />
            </Field>
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
            {report && report.rejected.length > 0 && (
              <ul className={styles.rejected} data-testid="import-rejected">
                {report.rejected.map((r) => (
                  <li key={r.line}>{m.t("import-rejected-row", { line: r.line, company: r.company || "—", reasons: r.reasons.join(" ") })}</li>
                ))}
              </ul>
            )}
          </DialogContent>
          <DialogActions>
            {report?.applied ? (
              <Button appearance="primary" onClick={onImported} data-testid="import-close">{m.t("action-close")}</Button>
            ) : (
              <>
                <Button onClick={onClose}>{m.t("action-cancel")}</Button>
                <Button appearance="primary" disabled={!csv || !report || busy} onClick={() => csv && run(csv, true)} data-testid="import-apply">
                  {m.t("import-apply")}
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
    </AppDialog>
  );
}
