import {
  Button, Checkbox, DialogActions, DialogBody, DialogContent, DialogTitle, Field, Input, MessageBar,
  MessageBarBody, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
  Textarea, makeStyles, tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { api } from "../../api";
import type { Invitation } from "../../bindings/Invitation";
import type { InvitationStatus } from "../../bindings/InvitationStatus";
import { AppDialog } from "../../components/AppDialog";
import { ErrorBar } from "../../components/ErrorBar";
import { GuardedButton } from "../../components/GuardedButton";
import { Page } from "../../components/Page";
import { Pager } from "../../components/Pager";
import { ScrollRegion } from "../../components/ScrollRegion";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useFormStyles } from "../../components/formStyles";
import { useMessages } from "../../i18n";
import { allValues, labelIds } from "../../labels";
import { useInvalidateAll, useInvitations, useRemindersDue } from "../../queries";
import { ReminderDialog } from "../../components/ReminderDialog";
import { ReminderDue } from "../../components/ReminderDue";

const PAGE_SIZE = 100;

const useStyles = makeStyles({
  toolbar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end" },
  // Columns as wide as their content in the current language (eight equal columns cut words).
  table: { tableLayout: "auto" },
  detail: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { cursor: "pointer" },
  muted: { color: tokens.colorNeutralForeground3 },
  surface: { maxWidth: "820px", width: "100%" },
  body: { minHeight: "240px", "& textarea": { maxHeight: "none" } },
});

function InvitationDialog({ invitation, onClose, onChanged, onRemind }: { invitation: Invitation; onClose: () => void; onChanged: (i: Invitation) => void; onRemind: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const form = useFormStyles();
  const [microsoftId, setMicrosoftId] = useState("");
  const errors = useFieldErrors();
  const pending = invitation.status === "sent";
  return (
    <AppDialog onClose={onClose} className={styles.surface}>
      <DialogBody>
        <DialogTitle><bdi>{invitation.customerName}</bdi></DialogTitle>
        <DialogContent className={form.content} data-testid="invitation-dialog">
          <ErrorBar error={errors.error} testId="invitation-error" />
          {errors.done && <MessageBar intent="success"><MessageBarBody>{errors.done}</MessageBarBody></MessageBar>}
          <Text>
            {m.bidi("invitation-summary", {
              status: m.t(labelIds.invitationStatus(invitation.status)),
              who: invitation.sentByName,
              when: m.dateTime(invitation.sentAt),
              recipient: invitation.recipient,
            })}
          </Text>
          <Field label={m.t("field-subject")}><Input readOnly dir="auto" value={invitation.subject} data-testid="invitation-subject" /></Field>
          <Field label={m.t("field-body")}><Textarea className={styles.body} readOnly dir="auto" value={invitation.body} data-testid="invitation-body" /></Field>
          {pending && (
            <Field label={m.t("field-microsoft-id")} hint={m.t("invitation-microsoft-id-hint")} validationMessage={errors.of("microsoftId")}>
              <Input value={microsoftId} onChange={(_, d) => setMicrosoftId(d.value)} data-testid="invitation-microsoft-id" />
            </Field>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{m.t("action-close")}</Button>
          <GuardedButton action="requestRelationship" data-testid="invitation-copy" onClick={() => errors.attempt(() => api.copySentInvitation(invitation.id), m.t("request-copied"))}>{m.t("request-copy")}</GuardedButton>
          <GuardedButton action="requestRelationship" data-testid="invitation-open-email" onClick={() => errors.attempt(() => api.reopenInvitationInMailApp(invitation.id))}>{m.t("request-open-email")}</GuardedButton>
          {pending && (
            <>
              <GuardedButton action="requestRelationship" data-testid="invitation-send-reminder" onClick={onRemind}>{m.t("reminder-send")}</GuardedButton>
              <GuardedButton action="requestRelationship" data-testid="invitation-cancel" onClick={() => errors.attempt(async () => onChanged(await api.cancelInvitation(invitation.id)))}>
                {m.t("invitation-cancel")}
              </GuardedButton>
              <GuardedButton action="recordAcceptance" appearance="primary" data-testid="invitation-accept" onClick={() => errors.attempt(async () => onChanged(await api.acceptInvitation(invitation.id, microsoftId)))}>
                {m.t("invitation-accept")}
              </GuardedButton>
            </>
          )}
        </DialogActions>
      </DialogBody>
    </AppDialog>
  );
}

export function InvitationsPage() {
  const m = useMessages();
  const styles = useStyles();
  const [status, setStatus] = useState<InvitationStatus | null>(null);
  const [dueOnly, setDueOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const { data: page, error } = useInvitations({ status, customerId: null, reminderDue: dueOnly, offset, limit: PAGE_SIZE });
  const due = useRemindersDue().data;
  const invalidateAll = useInvalidateAll();
  const [open, setOpen] = useState<Invitation | null>(null);
  const [reminding, setReminding] = useState<Invitation | null>(null);

  return (
    <Page testId="page-invitations" title={m.t("invitations-title")}>
      <div className={styles.toolbar}>
        <Field label={m.t("invitations-filter-status")}>
          <Select data-testid="invitations-status" value={status ?? ""} onChange={(_, d) => { setStatus(d.value ? (d.value as InvitationStatus) : null); setOffset(0); }}>
            <option value="">{m.t("filter-all")}</option>
            {allValues.invitationStatus.map((s) => <option key={s} value={s}>{m.t(labelIds.invitationStatus(s))}</option>)}
          </Select>
        </Field>
        <Checkbox
          data-testid="invitations-due-only"
          checked={dueOnly}
          onChange={(_, d) => { setDueOnly(d.checked === true); setOffset(0); }}
          label={m.t("reminders-due-only", { count: due?.invitations ?? 0 })}
        />
      </div>
      <ErrorBar error={error} />
      {!page && !error && <Spinner label={m.t("loading")} />}
      {page && page.total === 0 && <Text className={styles.muted} data-testid="invitations-empty">{m.t("invitations-empty")}</Text>}
      {page && page.total > 0 && (
        <>
          <ScrollRegion label={m.t("invitations-title")}>
            <Table className={styles.table} aria-label={m.t("invitations-title")} size="small" data-testid="invitations-table">
              <TableHeader>
                <TableRow>
                  {["invitations-col-customer", "invitations-col-kind", "invitations-col-dap", "field-language", "invitations-col-sent", "invitations-col-age", "invitations-col-status"].map((id) => (
                    <TableHeaderCell key={id}>{m.t(id)}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {page.items.map((i) => (
                  <TableRow key={i.id} className={styles.row} data-testid="invitation-row" onClick={() => setOpen(i)} tabIndex={0} onKeyDown={(e) => e.key === "Enter" && setOpen(i)}>
                    <TableCell data-testid="invitation-customer"><bdi>{i.customerName}</bdi></TableCell>
                    <TableCell>{m.t(labelIds.invitationKind(i.kind))}{i.providerName && <> · <bdi>{i.providerName}</bdi></>}</TableCell>
                    <TableCell>{m.t(i.dap ? "yes" : "no")}</TableCell>
                    <TableCell>{m.t(labelIds.language(i.language))}</TableCell>
                    {/* When and by whom in one column: eight columns do not fit a small window in every language. */}
                    <TableCell>
                      {m.dateTime(i.sentAt)}
                      <span className={styles.detail}>{i.sentByName}</span>
                    </TableCell>
                    <TableCell>{m.t("age-days", { days: i.ageDays })}</TableCell>
                    <TableCell>
                      <span data-testid="invitation-status">{m.t(labelIds.invitationStatus(i.status))}</span>
                      {i.remindedAt && <span className={styles.detail}>{m.t("reminder-last", { date: m.dateTime(i.remindedAt) })}</span>}
                      {i.reminderDue && <ReminderDue action="requestRelationship" testId="invitation" onRemind={() => setReminding(i)} />}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
          <Pager offset={page.offset} count={page.items.length} total={page.total} pageSize={PAGE_SIZE} onOffset={setOffset} />
        </>
      )}
      {open && (
        <InvitationDialog
          invitation={open}
          onClose={() => setOpen(null)}
          onChanged={() => { setOpen(null); void invalidateAll(); }}
          onRemind={() => { setReminding(open); setOpen(null); }}
        />
      )}
      {reminding && (
        <ReminderDialog
          of={{ kind: "invitation", id: reminding.id }}
          customerName={reminding.customerName}
          onClose={() => setReminding(null)}
          onSent={() => { setReminding(null); void invalidateAll(); }}
        />
      )}
    </Page>
  );
}
