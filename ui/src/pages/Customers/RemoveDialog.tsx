import {
  Button, Checkbox, DialogActions, DialogBody, DialogContent, DialogTitle, Field, MessageBar,
  MessageBarBody, Radio, RadioGroup, Spinner, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { api } from "../../api";
import type { Customer } from "../../bindings/Customer";
import type { Draft } from "../../bindings/Draft";
import type { NoticeParty } from "../../bindings/NoticeParty";
import { DraftEditor } from "../../components/DraftEditor";
import { AppDialog } from "../../components/AppDialog";
import { ErrorBar } from "../../components/ErrorBar";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useFormStyles } from "../../components/formStyles";
import { useMessages } from "../../i18n";
import { useRemovalCheck } from "../../queries";

const useStyles = makeStyles({
  surface: { maxWidth: "820px", width: "100%" },
  notice: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Remove customer relationship: the confirmation Partner Center asks for, and a notice draft. */
export function RemoveDialog({ customer, onClose, onRemoved }: { customer: Customer; onClose: () => void; onRemoved: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const form = useFormStyles();
  const removalCheck = useRemovalCheck(customer.id);
  const check = removalCheck.data ?? null;
  const [notice, setNotice] = useState<Draft | null>(null);
  // Partner Center: legal notice of termination goes "to your customer or partner".
  const [noticeTo, setNoticeTo] = useState<NoticeParty>("customer");
  const [attested, setAttested] = useState(false);
  const errors = useFieldErrors();
  const error = errors.error ?? removalCheck.error;

  return (
    <AppDialog onClose={onClose} className={styles.surface}>
      <DialogBody>
        <DialogTitle>{m.bidi("removal-title", { company: customer.companyName })}</DialogTitle>
        <DialogContent className={form.content} data-testid="removal-dialog">
          <ErrorBar error={error} testId="removal-error" />
          {!check && !error && <Spinner />}
          {check && !check.allowed && (
            <MessageBar intent="warning" data-testid="removal-blocked"><MessageBarBody>{check.reason}</MessageBarBody></MessageBar>
          )}
          {check?.allowed && (
            <>
              <Text>{m.t("removal-effect")}</Text>
              <Text weight="semibold" data-testid="removal-dap">{m.t("removal-dap-unchanged")}</Text>
              <Text>{m.t("removal-legal-notice")}</Text>
              {/* The attestation comes before the (long) notice draft, so it is in view without scrolling. */}
              <Checkbox
                data-testid="removal-attest"
                checked={attested}
                onChange={(_, d) => setAttested(d.checked === true)}
                label={{ children: check.attestation, "data-testid": "removal-attest-label" } as never}
              />
              <div className={styles.notice}>
                <Field label={m.t("removal-notice-to")}>
                  <RadioGroup
                    layout="horizontal"
                    value={noticeTo}
                    data-testid="removal-notice-to"
                    onChange={(_, d) => { setNoticeTo(d.value as NoticeParty); setNotice(null); }}
                  >
                    <Radio value="customer" label={m.t("removal-notice-to-customer", { company: customer.companyName })} data-testid="removal-notice-to-customer" />
                    <Radio
                      value="partner"
                      label={check.providerName ? m.t("removal-notice-to-partner-named", { provider: check.providerName }) : m.t("removal-notice-to-partner")}
                      data-testid="removal-notice-to-partner"
                    />
                  </RadioGroup>
                </Field>
                {!notice ? (
                  <div className={styles.row}>
                    <Button data-testid="removal-notice" onClick={() => errors.attempt(async () => setNotice(await api.terminationNotice(customer.id, noticeTo)))}>
                      {m.t("removal-notice-draft")}
                    </Button>
                  </div>
                ) : (
                  <>
                    {errors.done && <MessageBar intent="success"><MessageBarBody>{errors.done}</MessageBarBody></MessageBar>}
                    <DraftEditor draft={notice} onChange={setNotice} errorOf={errors.of} testId="notice" />
                    <div className={styles.row}>
                      <Button data-testid="notice-copy" onClick={() => errors.attempt(() => api.copyNotice(notice), m.t("request-copied"))}>{m.t("request-copy")}</Button>
                      <Button data-testid="notice-open-email" onClick={() => errors.attempt(() => api.openNoticeInMailApp(notice))}>{m.t("request-open-email")}</Button>
                    </div>
                  </>
                )}
              </div>
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{m.t("action-cancel")}</Button>
          <Button
            appearance="primary"
            data-testid="removal-confirm"
            disabled={!check?.allowed || !attested}
            // The statement exactly as shown is what the core records.
            onClick={() => errors.attempt(async () => { await api.removeRelationship(customer.id, attested ? check!.attestation : ""); onRemoved(); })}
          >
            {m.t("removal-confirm")}
          </Button>
        </DialogActions>
      </DialogBody>
    </AppDialog>
  );
}
