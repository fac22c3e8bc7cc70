import {
  Badge, Button, DialogActions, DialogBody, DialogContent, DialogTitle, Field, Text, Textarea, Tooltip, makeStyles, tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import { useState } from "react";
import { api } from "../../api";
import type { AdminRelationship } from "../../bindings/AdminRelationship";
import type { Customer } from "../../bindings/Customer";
import { ENTRA_ROLES } from "../../bindings/EntraRoles";
import type { GdapStatus } from "../../bindings/GdapStatus";
import { AppDialog } from "../../components/AppDialog";
import { DateField } from "../../components/DateField";
import { ErrorBar } from "../../components/ErrorBar";
import { GuardedButton } from "../../components/GuardedButton";
import { ReminderDialog } from "../../components/ReminderDialog";
import { ReminderDue } from "../../components/ReminderDue";
import { toIso } from "../../components/dates";
import { useFormStyles } from "../../components/formStyles";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
import { useAdminRelationships, useInvalidateAll } from "../../queries";
import { GdapRequestDialog } from "./GdapRequestDialog";

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  badge: { whiteSpace: "nowrap" },
  surface: { maxWidth: "560px" },
});

const STATUS_COLOR: Record<GdapStatus, BadgeProps["color"]> = {
  pending_approval: "warning", active: "success", expired: "danger", terminated: "informative",
};

export function GdapStatusBadge({ status }: { status: GdapStatus }) {
  const m = useMessages();
  const styles = useStyles();
  return (
    <Badge appearance="tint" className={styles.badge} color={STATUS_COLOR[status]} data-testid="gdap-status" data-status={status}>
      {m.t(labelIds.gdapStatus(status))}
    </Badge>
  );
}

/** The roles of a relationship: how many, each named with its template ID on hover. */
export function RolesCell({ roles }: { roles: string[] }) {
  const m = useMessages();
  const names = roles.map((id) => `${ENTRA_ROLES.find((r) => r.id === id)?.name ?? id} (${id})`);
  return (
    <Tooltip content={names.join("\n")} relationship="description">
      <Text tabIndex={0} data-testid="gdap-roles-count">{m.t("gdap-roles-chosen", { count: roles.length })}</Text>
    </Tooltip>
  );
}

/** When a relationship ends or ended, or when its request expires: whichever applies now. */
export function endText(m: ReturnType<typeof useMessages>, r: AdminRelationship): string {
  if (r.terminatedOn) return m.t("gdap-terminated-on", { date: m.day(r.terminatedOn) });
  if (r.endsOn) return m.t(r.autoExtend ? "gdap-extends-on" : "gdap-ends-on", { date: m.day(r.endsOn) });
  return m.t("gdap-expires-on", { date: m.day(r.expiresOn) });
}

function ApproveDialog({ relationship, onClose }: { relationship: AdminRelationship; onClose: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const form = useFormStyles();
  const [day, setDay] = useState<string | null>(toIso(new Date()));
  const errors = useFieldErrors();
  const invalidateAll = useInvalidateAll();
  const save = () => errors.attempt(async () => {
    await api.approveGdap(relationship.id, day ?? "");
    await invalidateAll();
    onClose();
  });
  return (
    <AppDialog onClose={onClose} className={styles.surface} testId="gdap-approve-dialog">
      <DialogBody>
        <DialogTitle>{m.t("gdap-approve-title", { name: relationship.name })}</DialogTitle>
        <DialogContent className={form.content}>
          <Text>{m.t("gdap-approve-body")}</Text>
          <ErrorBar error={errors.error && !errors.of("approvedOn") ? errors.error : null} />
          <DateField label={m.t("field-approved-on")} required value={day} onChange={setDay} testId="gdap-approved-on" validationMessage={errors.of("approvedOn")} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{m.t("action-cancel")}</Button>
          <Button appearance="primary" data-testid="gdap-approve-save" disabledFocusable={errors.busy} onClick={save}>{m.t("gdap-approve")}</Button>
        </DialogActions>
      </DialogBody>
    </AppDialog>
  );
}

function EndDialog({ relationship, onClose }: { relationship: AdminRelationship; onClose: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const form = useFormStyles();
  const [reason, setReason] = useState("");
  const errors = useFieldErrors();
  const invalidateAll = useInvalidateAll();
  const save = () => errors.attempt(async () => {
    await api.terminateGdap(relationship.id, reason);
    await invalidateAll();
    onClose();
  });
  return (
    <AppDialog onClose={onClose} className={styles.surface} testId="gdap-end-dialog">
      <DialogBody>
        <DialogTitle>{m.t("gdap-end-title", { name: relationship.name })}</DialogTitle>
        <DialogContent className={form.content}>
          <Text>{m.t("gdap-end-body")}</Text>
          <ErrorBar error={errors.error && !errors.of("terminationReason") ? errors.error : null} />
          <Field label={m.t("field-termination-reason")} required validationMessage={errors.of("terminationReason")}>
            <Textarea data-testid="gdap-end-reason" dir="auto" value={reason} onChange={(_, d) => setReason(d.value)} />
          </Field>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{m.t("action-cancel")}</Button>
          <Button appearance="primary" data-testid="gdap-end-save" disabledFocusable={errors.busy} onClick={save}>{m.t("gdap-end")}</Button>
        </DialogActions>
      </DialogBody>
    </AppDialog>
  );
}

/** A customer's GDAP admin relationships, newest first, and a request for a new one. */
export function AdminRelationships({ customer }: { customer: Customer }) {
  const m = useMessages();
  const styles = useStyles();
  const relationships = useAdminRelationships(customer.id);
  const items = relationships.data ?? [];
  const [requesting, setRequesting] = useState(false);
  const [approving, setApproving] = useState<AdminRelationship | null>(null);
  const [ending, setEnding] = useState<AdminRelationship | null>(null);
  const [reminding, setReminding] = useState<AdminRelationship | null>(null);
  const invalidateAll = useInvalidateAll();
  return (
    <>
      <ErrorBar error={relationships.error} />
      {items.length === 0 ? <Text className={styles.muted} data-testid="gdap-empty">{m.t("gdap-empty")}</Text> : (
        // A list that wraps, not a table: the record is narrow, and its longest words are Czech and Hungarian.
        <div role="list" aria-label={m.t("record-gdap")} className={styles.list} data-testid="gdap-table">
          {items.map((r) => (
            <div role="listitem" key={r.id} className={styles.item} data-testid="gdap-row">
              <div className={styles.line}>
                <Text weight="semibold" data-testid="gdap-row-name">{r.name}</Text>
                <GdapStatusBadge status={r.status} />
                <RolesCell roles={r.roles} />
                {r.reminderDue && <ReminderDue action="manageAdminRelationships" testId="gdap-row" onRemind={() => setReminding(r)} />}
              </div>
              <Text className={styles.muted}>
                {m.t("gdap-requested-by", { date: m.day(r.requestedOn), name: r.sentByName })} · <span data-testid="gdap-row-end">{endText(m, r)}</span>
              </Text>
              <div className={styles.actions}>
                {r.status === "pending_approval" && (
                  <GuardedButton action="manageAdminRelationships" size="small" data-testid="gdap-mark-approved" onClick={() => setApproving(r)}>
                    {m.t("gdap-approve")}
                  </GuardedButton>
                )}
                {(r.status === "pending_approval" || r.status === "active") && (
                  <GuardedButton action="manageAdminRelationships" size="small" data-testid="gdap-end-open" onClick={() => setEnding(r)}>
                    {m.t("gdap-end")}
                  </GuardedButton>
                )}
              </div>
            </div>
          ))}
        </div>
      )}
      {customer.relationship !== "removed" && (
        <div className={styles.actions}>
          <GuardedButton action="manageAdminRelationships" data-testid="gdap-request" onClick={() => setRequesting(true)}>{m.t("gdap-request")}</GuardedButton>
        </div>
      )}
      {requesting && <GdapRequestDialog customer={customer} onClose={() => setRequesting(false)} onSent={() => { setRequesting(false); void invalidateAll(); }} />}
      {approving && <ApproveDialog relationship={approving} onClose={() => setApproving(null)} />}
      {ending && <EndDialog relationship={ending} onClose={() => setEnding(null)} />}
      {reminding && (
        <ReminderDialog
          of={{ kind: "adminRelationship", id: reminding.id }}
          customerName={customer.companyName}
          onClose={() => setReminding(null)}
          onSent={() => { setReminding(null); void invalidateAll(); }}
        />
      )}
    </>
  );
}
