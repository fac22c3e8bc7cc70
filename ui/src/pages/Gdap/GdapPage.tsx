import {
  Button, Card, CardHeader, Field, Input, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { api } from "../../api";
import type { AdminRelationship } from "../../bindings/AdminRelationship";
import type { RoleTemplate } from "../../bindings/RoleTemplate";
import { ErrorBar } from "../../components/ErrorBar";
import { GuardedButton } from "../../components/GuardedButton";
import { MicrosoftPageLink } from "../../components/MicrosoftPageLink";
import { Page } from "../../components/Page";
import { ReminderDialog } from "../../components/ReminderDialog";
import { ReminderDue } from "../../components/ReminderDue";
import { ScrollRegion } from "../../components/ScrollRegion";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
import { useGdapOverview, useInvalidateAll, useRoleTemplates } from "../../queries";
import { useSession } from "../../session";
import { GdapStatusBadge, RolesCell, endText } from "./AdminRelationships";
import { RolePicker } from "./RolePicker";

const useStyles = makeStyles({
  counts: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  count: { minWidth: "160px", padding: tokens.spacingVerticalM },
  number: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { tableLayout: "auto" },
  secondary: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "960px" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
});

function Section({ title, testId, empty, children }: { title: string; testId: string; empty: boolean; children: ReactNode }) {
  const m = useMessages();
  const styles = useStyles();
  return (
    <section className={styles.section} data-testid={testId} aria-label={title}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      {empty ? <Text className={styles.muted}>{m.t("gdap-overview-none")}</Text> : children}
    </section>
  );
}

/** Relationships with their customer, status, roles, age and end. */
function RelationshipTable({ items, label, onRemind }: { items: AdminRelationship[]; label: string; onRemind?: (r: AdminRelationship) => void }) {
  const m = useMessages();
  const styles = useStyles();
  return (
    <Table size="small" className={styles.table} aria-label={label}>
      <TableHeader><TableRow>
        <TableHeaderCell>{m.t("invitations-col-customer")}</TableHeaderCell>
        <TableHeaderCell>{m.t("field-relationship-name")}</TableHeaderCell>
        <TableHeaderCell>{m.t("gdap-col-status")}</TableHeaderCell>
        <TableHeaderCell>{m.t("gdap-col-age")}</TableHeaderCell>
        <TableHeaderCell>{m.t("gdap-col-end")}</TableHeaderCell>
      </TableRow></TableHeader>
      <TableBody>
        {items.map((r) => (
          <TableRow key={r.id} data-testid="gdap-overview-row">
            <TableCell><bdi>{r.customerName}</bdi></TableCell>
            <TableCell>
              <span data-testid="gdap-overview-name">{r.name}</span>
              <span className={styles.secondary}><RolesCell roles={r.roles} /></span>
            </TableCell>
            <TableCell>
              <GdapStatusBadge status={r.status} />
              {r.reminderDue && onRemind && <ReminderDue action="manageAdminRelationships" testId="gdap-overview" onRemind={() => onRemind(r)} />}
            </TableCell>
            <TableCell>{m.t("gdap-age-days", { count: r.ageDays })}</TableCell>
            <TableCell>{endText(m, r)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Saved role templates, after Microsoft's default set, each editable; and a form for a new one or the one being edited. */
function RoleTemplates() {
  const m = useMessages();
  const styles = useStyles();
  const templates = useRoleTemplates();
  const [editing, setEditing] = useState<RoleTemplate | null>(null);
  const [name, setName] = useState("");
  const [roles, setRoles] = useState<string[]>([]);
  const errors = useFieldErrors();
  const invalidateAll = useInvalidateAll();
  const edit = (t: RoleTemplate | null) => {
    errors.clear();
    setEditing(t);
    setName(t?.name ?? "");
    setRoles(t?.roles ?? []);
  };
  const save = () => errors.attempt(async () => {
    await api.saveRoleTemplate(editing?.id ?? null, { name, roles });
    edit(null);
    await invalidateAll();
  }, m.t("gdap-template-saved"));
  const remove = (t: RoleTemplate) => errors.attempt(async () => {
    await api.deleteRoleTemplate(t.id!);
    if (editing?.id === t.id) edit(null);
    await invalidateAll();
  });
  return (
    <Section title={m.t("gdap-templates")} testId="gdap-templates" empty={false}>
      <ErrorBar error={(errors.error && !errors.of("templateName") && !errors.of("roles") ? errors.error : null) ?? templates.error} />
      <Table size="small" className={styles.table} aria-label={m.t("gdap-templates")}>
        <TableHeader><TableRow>
          <TableHeaderCell>{m.t("field-template-name")}</TableHeaderCell>
          <TableHeaderCell>{m.t("field-roles")}</TableHeaderCell>
          <TableHeaderCell><VisuallyHidden>{m.t("col-actions")}</VisuallyHidden></TableHeaderCell>
        </TableRow></TableHeader>
        <TableBody>
          {(templates.data ?? []).map((t) => (
            <TableRow key={t.id ?? "default"} data-testid="gdap-template-row">
              <TableCell data-testid="gdap-template-name">{t.name}</TableCell>
              <TableCell><RolesCell roles={t.roles} /></TableCell>
              <TableCell>
                {t.id === null ? <Text className={styles.muted}>{m.t("gdap-template-built-in")}</Text> : (
                  <div className={styles.row}>
                    <GuardedButton action="manageAdminRelationships" size="small" data-testid="gdap-template-edit" onClick={() => edit(t)}>{m.t("action-edit")}</GuardedButton>
                    <GuardedButton action="manageAdminRelationships" size="small" data-testid="gdap-template-delete" onClick={() => remove(t)}>{m.t("gdap-template-delete")}</GuardedButton>
                  </div>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.form} data-testid="gdap-template-form">
        <Subtitle2 as="h3">{editing ? m.t("gdap-template-editing", { name: editing.name }) : m.t("gdap-template-new")}</Subtitle2>
        <Field label={m.t("field-template-name")} required validationMessage={errors.of("templateName")}>
          <Input data-testid="gdap-template-name-input" dir="auto" value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <RolePicker value={roles} onChange={setRoles} validationMessage={errors.of("roles")} testId="gdap-template-roles" />
        {errors.done && <Text data-testid="gdap-template-done">{errors.done}</Text>}
        <div className={styles.row}>
          <GuardedButton action="manageAdminRelationships" appearance="primary" data-testid="gdap-template-save" disabledFocusable={errors.busy} onClick={save}>{m.t("action-save")}</GuardedButton>
          {editing && <Button onClick={() => edit(null)}>{m.t("action-cancel")}</Button>}
        </div>
      </div>
    </Section>
  );
}

/**
 * GDAP at a glance, like Partner Center's GDAP analytics: how many relationships stand in each
 * status, the requests waiting for approval (oldest first), those ending within 60 days, the
 * expired ones, and the reseller customers with no active relationship; then the role templates.
 */
export function GdapPage() {
  const m = useMessages();
  const { session } = useSession();
  const styles = useStyles();
  const overview = useGdapOverview();
  const o = overview.data;
  const [reminding, setReminding] = useState<AdminRelationship | null>(null);
  const invalidateAll = useInvalidateAll();
  return (
    <Page
      title={m.t("gdap-title")}
      testId="page-gdap"
      commands={
        <div className={styles.row}>
          {session.partnerCenterPages && <MicrosoftPageLink page="partnerCenterGdap" label={m.t("ms-open-gdap")} testId="gdap-open-partner-center" />}
          <MicrosoftPageLink page="gdapHelp" label={m.t("ms-gdap-help")} testId="gdap-help" />
        </div>
      }
    >
      <ScrollRegion label={m.t("gdap-title")}>
        <div className={styles.section}>
          <ErrorBar error={overview.error} />
          {o && (
            <>
              <div className={styles.counts}>
                {o.counts.map((c) => (
                  <Card key={c.status} className={styles.count} data-testid={`gdap-count-${c.status}`}>
                    <CardHeader header={<Text>{m.t(labelIds.gdapStatus(c.status))}</Text>} />
                    <Text className={styles.number} data-testid="gdap-count">{c.count}</Text>
                  </Card>
                ))}
              </div>
              <Section title={m.t("gdap-pending")} testId="gdap-pending" empty={o.pending.length === 0}>
                <RelationshipTable items={o.pending} label={m.t("gdap-pending")} onRemind={setReminding} />
              </Section>
              <Section title={m.t("gdap-ending-soon")} testId="gdap-ending-soon" empty={o.endingSoon.length === 0}>
                <RelationshipTable items={o.endingSoon} label={m.t("gdap-ending-soon")} />
              </Section>
              <Section title={m.t("gdap-expired")} testId="gdap-expired" empty={o.expired.length === 0}>
                <RelationshipTable items={o.expired} label={m.t("gdap-expired")} />
              </Section>
              <Section title={m.t("gdap-without-active-title")} testId="gdap-without-active" empty={o.withoutActiveCount === 0}>
                <Text>{m.t("gdap-without-active", { count: o.withoutActiveCount })}</Text>
                <Text data-testid="gdap-without-active-names">{m.list(o.withoutActive.map((c) => c.companyName))}</Text>
              </Section>
            </>
          )}
          <RoleTemplates />
        </div>
      </ScrollRegion>
      {reminding && (
        <ReminderDialog
          of={{ kind: "adminRelationship", id: reminding.id }}
          customerName={reminding.customerName}
          onClose={() => setReminding(null)}
          onSent={() => { setReminding(null); void invalidateAll(); }}
        />
      )}
    </Page>
  );
}
