import {
  Button, Checkbox, DialogActions, Radio, RadioGroup, SpinButton, DialogBody, DialogContent, DialogTitle, Field, Input, MessageBar, MessageBarBody,
  Select, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Textarea, makeStyles, tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { api } from "../../api";
import type { BulkDraft } from "../../bindings/BulkDraft";
import type { BulkGdapRelationship } from "../../bindings/BulkGdapRelationship";
import type { BulkRequest } from "../../bindings/BulkRequest";
import type { CustomerSelection } from "../../bindings/CustomerSelection";
import type { PreparedBulk } from "../../bindings/PreparedBulk";
import { AppDialog } from "../../components/AppDialog";
import { ErrorBar } from "../../components/ErrorBar";
import { LeaveDialog } from "../../components/LeaveDialog";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useFormStyles } from "../../components/formStyles";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
import { useRoleTemplates } from "../../queries";
import { useGrant, useSession } from "../../session";

const useStyles = makeStyles({
  surface: { maxWidth: "960px", width: "100%" },
  summary: { display: "flex", gap: tokens.spacingHorizontalL, alignItems: "end", flexWrap: "wrap" },
  table: { tableLayout: "auto" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  pager: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  body: { minHeight: "220px", "& textarea": { maxHeight: "none" } },
  muted: { color: tokens.colorNeutralForeground3 },
  confirm: { maxWidth: "640px" },
  link: { "& textarea": { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: "break-all" } },
});

/**
 * Request a reseller relationship from many customers at once: the core drafts one email per
 * customer in that customer's language and lists the ones it cannot draft, with the reason. The
 * drafts leave the app as email files or one by one in the mail application; each is recorded as
 * sent only when the user says so.
 */
export function BulkRequestDialog(props: { customers: CustomerSelection; count: number; onClose: () => void; onRecorded: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const form = useFormStyles();
  const { session } = useSession();
  const forced = session.dapForced;
  const profile = session.profile!;
  const [dap, setDap] = useState(true);
  // A reseller relationship, or GDAP (for those whose role requests it) with one role template.
  const gdapAllowed = useGrant("manageAdminRelationships").allowed;
  const [what, setWhat] = useState<"reseller" | "gdap">("reseller");
  const templates = useRoleTemplates();
  const [template, setTemplate] = useState(0);
  const [days, setDays] = useState(730);
  const [autoExtend, setAutoExtend] = useState(false);
  const [relationships, setRelationships] = useState<BulkGdapRelationship[] | null>(null);
  const [prepared, setPrepared] = useState<PreparedBulk | null>(null);
  const [view, setView] = useState<"list" | "one">("list");
  const [index, setIndex] = useState(0);
  // Customers whose draft left the app, and those recorded as sent.
  const [handedOff, setHandedOff] = useState<Set<number>>(new Set());
  const [recorded, setRecorded] = useState<Set<number>>(new Set());
  const [confirmAll, setConfirmAll] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const errors = useFieldErrors();
  const act = errors.attempt;
  const busy = errors.busy;

  const chosen = templates.data?.[template];
  const gdap = what === "gdap" && chosen && relationships
    ? { terms: { name: "", durationDays: days, roles: chosen.roles, autoExtend }, templateName: chosen.name, relationships }
    : null;
  const request: BulkRequest = { customers: props.customers, kind: "reseller", providerId: null, dap: forced || dap, gdap };
  // The core proposes each relationship's name once GDAP is chosen; the links are the user's.
  useEffect(() => {
    if (what !== "gdap" || relationships) return;
    void act(async () => setRelationships(await api.proposeBulkGdap(props.customers)));
  }, [what]);
  const setRelationship = (i: number, change: Partial<BulkGdapRelationship>) =>
    setRelationships((rs) => rs && rs.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const drafts = prepared?.drafts ?? [];
  const waiting = drafts.filter((d) => !recorded.has(d.customerId));
  const unrecorded = [...handedOff].some((id) => !recorded.has(id));

  const next = () => act(async () => setPrepared(await api.prepareBulkRequest(request)));
  const close = () => (unrecorded ? setConfirmLeave(true) : props.onClose());
  const mark = (ids: number[], set: (f: (s: Set<number>) => Set<number>) => void) => set((s) => new Set([...s, ...ids]));
  const open = (d: BulkDraft) => act(async () => {
    await api.openBulkDraftInMailApp(request, d.customerId);
    mark([d.customerId], setHandedOff);
  }, m.t("request-handed-off"));
  const record = (ids: number[]) => act(async () => {
    const sent = await api.recordBulkRequest(request, ids);
    mark(sent, setRecorded);
    props.onRecorded();
    return sent.length;
  }, (count) => m.t(what === "gdap" ? "bulk-recorded-gdap" : "bulk-recorded-count", { count }));
  const saveAll = () => act(async () => {
    const saved = await api.saveBulkDrafts(request);
    if (saved) mark(saved.files.map((f) => f.customerId), setHandedOff);
    return saved;
  }, (saved) => (saved ? m.t("bulk-saved", { count: saved.files.length, path: saved.folder }) : ""));

  const resellerTerms = (
    <Field hint={forced ? m.t("request-dap-forced", { cloud: m.t(labelIds.cloud(profile.cloud)) }) : m.t("request-dap-hint")}>
      <Checkbox data-testid="bulk-dap" checked={forced || dap} disabled={forced} onChange={(_, d) => setDap(d.checked === true)} label={m.t("request-dap")} />
    </Field>
  );
  const gdapTerms = (
    <>
      <MessageBar intent="info" layout="multiline"><MessageBarBody>{m.t("bulk-gdap-intro")}</MessageBarBody></MessageBar>
      <div className={form.grid}>
        <Field label={m.t("gdap-template")} validationMessage={errors.of("roles")}>
          <Select className={form.select} data-testid="bulk-gdap-template" value={String(template)} onChange={(_, d) => setTemplate(Number(d.value))}>
            {(templates.data ?? []).map((t, i) => <option key={t.id ?? "default"} value={String(i)}>{t.name}</option>)}
          </Select>
        </Field>
        <Field label={m.t("field-duration-days")} required validationMessage={errors.of("durationDays")}>
          <SpinButton data-testid="bulk-gdap-duration" value={days} min={1} max={730} onChange={(_, d) => setDays(d.value ?? (Number(d.displayValue) || 0))} />
        </Field>
        <Field validationMessage={errors.of("autoExtend")} hint={m.t("gdap-auto-extend-hint")}>
          <Checkbox data-testid="bulk-gdap-auto-extend" checked={autoExtend} onChange={(_, d) => setAutoExtend(d.checked === true)} label={m.t("field-auto-extend")} />
        </Field>
      </div>
      {relationships && (
        <Table size="small" className={styles.table} aria-label={m.t("bulk-gdap-relationships")} data-testid="bulk-gdap-relationships">
          <TableHeader><TableRow>
            <TableHeaderCell>{m.t("bulk-col-customer")}</TableHeaderCell>
            <TableHeaderCell>{m.t("field-relationship-name")}</TableHeaderCell>
            <TableHeaderCell>{m.t("field-approval-link")}</TableHeaderCell>
          </TableRow></TableHeader>
          <TableBody>
            {relationships.map((r, i) => (
              <TableRow key={r.customerId} data-testid="bulk-gdap-row">
                <TableCell><bdi>{r.customerName}</bdi></TableCell>
                <TableCell>
                  <Input aria-label={`${m.t("field-relationship-name")} · ${r.customerName}`} data-testid="bulk-gdap-name" value={r.name} onChange={(_, d) => setRelationship(i, { name: d.value })} />
                </TableCell>
                <TableCell>
                  <Input aria-label={`${m.t("field-approval-link")} · ${r.customerName}`} data-testid="bulk-gdap-link" value={r.approvalLink} onChange={(_, d) => setRelationship(i, { approvalLink: d.value })} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
  const compose = (
    <>
      <MessageBar intent="info" layout="multiline"><MessageBarBody>{m.t("bulk-intro")}</MessageBarBody></MessageBar>
      {gdapAllowed && (
        <Field label={m.t("bulk-what")}>
          <RadioGroup layout="horizontal" value={what} onChange={(_, d) => setWhat(d.value as "reseller" | "gdap")} data-testid="bulk-what">
            <Radio value="reseller" label={m.t("bulk-what-reseller")} data-testid="bulk-what-reseller" />
            <Radio value="gdap" label={m.t("bulk-what-gdap")} data-testid="bulk-what-gdap" />
          </RadioGroup>
        </Field>
      )}
      {what === "gdap" ? gdapTerms : resellerTerms}
    </>
  );

  const rowActions = (d: BulkDraft) => recorded.has(d.customerId) ? (
    <Text data-testid="bulk-row-recorded">{m.t("bulk-recorded")}</Text>
  ) : (
    <span className={styles.actions}>
      <Button size="small" data-testid="bulk-row-open" disabledFocusable={busy} onClick={() => open(d)}>{m.t("bulk-open")}</Button>
      <Button size="small" data-testid="bulk-row-record" disabledFocusable={busy} onClick={() => record([d.customerId])}>{m.t("bulk-record")}</Button>
    </span>
  );

  const list = (
    <Table size="small" className={styles.table} aria-label={m.t("bulk-drafts", { count: drafts.length })} data-testid="bulk-drafts">
      <TableHeader><TableRow>
        <TableHeaderCell>{m.t("bulk-col-customer")}</TableHeaderCell>
        <TableHeaderCell>{m.t("bulk-col-recipient")}</TableHeaderCell>
        <TableHeaderCell>{m.t("bulk-col-language")}</TableHeaderCell>
        <TableHeaderCell>{m.t("bulk-col-state")}</TableHeaderCell>
      </TableRow></TableHeader>
      <TableBody>
        {drafts.map((d) => (
          <TableRow key={d.customerId} data-testid="bulk-draft-row">
            <TableCell><bdi data-testid="bulk-draft-customer">{d.customerName}</bdi><span className={styles.muted}> · <bdi>{d.draft.subject}</bdi></span></TableCell>
            <TableCell><bdi>{d.draft.recipient}</bdi></TableCell>
            <TableCell>{m.t(labelIds.language(d.draft.language))}</TableCell>
            <TableCell>{rowActions(d)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );

  const shown = drafts[Math.min(index, drafts.length - 1)];
  const one = shown && (
    <div className={form.content} data-testid="bulk-one">
      <div className={styles.pager}>
        <Button size="small" data-testid="bulk-previous" disabled={index === 0} onClick={() => setIndex(index - 1)}>{m.t("bulk-previous")}</Button>
        <Text data-testid="bulk-position">{m.t("bulk-position", { index: index + 1, count: drafts.length })}</Text>
        <Button size="small" data-testid="bulk-next-draft" disabled={index >= drafts.length - 1} onClick={() => setIndex(index + 1)}>{m.t("bulk-next")}</Button>
      </div>
      <Text weight="semibold"><bdi data-testid="bulk-one-customer">{shown.customerName}</bdi></Text>
      <Field label={m.t("draft-recipient")}><Input readOnly dir="auto" value={shown.draft.recipient} /></Field>
      <Field label={m.t("field-subject")}><Input readOnly dir="auto" value={shown.draft.subject} data-testid="bulk-one-subject" /></Field>
      <Field label={m.t("field-body")}><Textarea className={styles.body} readOnly dir="auto" value={shown.draft.body} data-testid="bulk-one-body" /></Field>
      {rowActions(shown)}
    </div>
  );

  const review = prepared && (
    <>
      <div className={styles.summary}>
        <Text data-testid="bulk-count">{m.t("bulk-drafts", { count: drafts.length })}</Text>
        {prepared.skipped.length > 0 && <Text data-testid="bulk-skipped-count">{m.t("bulk-skipped", { count: prepared.skipped.length })}</Text>}
        {drafts.length > 0 && (
          <Field label={m.t("bulk-view")}>
            <Select data-testid="bulk-view" value={view} onChange={(_, d) => setView(d.value as "list" | "one")}>
              <option value="list">{m.t("bulk-view-list")}</option>
              <option value="one">{m.t("bulk-view-one")}</option>
            </Select>
          </Field>
        )}
      </div>
      {prepared.link && (
        <Field label={m.t("request-link")} hint={m.t("request-link-hint")}>
          {/* All of the link in view, wrapped, as in the single request. */}
          <Textarea className={styles.link} readOnly resize="none" value={prepared.link} data-testid="bulk-link" />
        </Field>
      )}
      {drafts.length === 0 ? <Text data-testid="bulk-none">{m.t("bulk-none")}</Text> : view === "list" ? list : one}
      {prepared.skipped.length > 0 && (
        <section aria-label={m.t("bulk-skipped", { count: prepared.skipped.length })}>
          <Subtitle2 as="h3">{m.t("bulk-skipped", { count: prepared.skipped.length })}</Subtitle2>
          <Table size="small" className={styles.table} aria-label={m.t("bulk-skipped", { count: prepared.skipped.length })} data-testid="bulk-skipped">
            <TableHeader><TableRow>
              <TableHeaderCell>{m.t("bulk-col-customer")}</TableHeaderCell>
              <TableHeaderCell>{m.t("bulk-col-reason")}</TableHeaderCell>
            </TableRow></TableHeader>
            <TableBody>
              {prepared.skipped.map((s) => (
                <TableRow key={s.customerId} data-testid="bulk-skipped-row">
                  <TableCell><bdi data-testid="bulk-skipped-customer">{s.customerName}</bdi></TableCell>
                  <TableCell data-testid="bulk-skipped-reason">{s.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </>
  );

  return (
    <>
      <AppDialog onClose={close} className={styles.surface}>
        <DialogBody>
          <DialogTitle>{m.t(what === "gdap" ? "bulk-title-gdap" : "bulk-title", { count: props.count })}</DialogTitle>
          <DialogContent className={form.content} data-testid="bulk-dialog">
            <ErrorBar error={errors.error} testId="bulk-error" />
            {errors.done && <MessageBar intent="success" layout="multiline" data-testid="bulk-result"><MessageBarBody>{errors.done}</MessageBarBody></MessageBar>}
            {review || compose}
          </DialogContent>
          <DialogActions>
            <Button onClick={close} data-testid="bulk-close">{m.t(prepared ? "action-close" : "action-cancel")}</Button>
            {prepared ? (
              <>
                <Button data-testid="bulk-back" onClick={() => { setPrepared(null); errors.clear(); }} disabledFocusable={busy || recorded.size > 0}>{m.t("action-back")}</Button>
                <Button data-testid="bulk-save" disabledFocusable={busy || waiting.length === 0} onClick={saveAll}>{m.t("bulk-save")}</Button>
                <Button data-testid="bulk-record-all" appearance="primary" disabledFocusable={busy || waiting.length === 0} onClick={() => setConfirmAll(true)}>
                  {m.t("bulk-record-all")}
                </Button>
              </>
            ) : (
              <Button data-testid="bulk-next" appearance="primary" disabledFocusable={busy} onClick={next}>{m.t("action-next")}</Button>
            )}
          </DialogActions>
        </DialogBody>
      </AppDialog>
      {confirmAll && (
        <AppDialog alert onClose={() => setConfirmAll(false)} className={styles.confirm} testId="bulk-confirm">
          <DialogBody>
            <DialogTitle>{m.t("bulk-confirm-title")}</DialogTitle>
            <DialogContent>{m.t("bulk-confirm-body")}</DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirmAll(false)}>{m.t("action-cancel")}</Button>
              <Button appearance="primary" data-testid="bulk-confirm-record" onClick={() => { setConfirmAll(false); void record(waiting.map((d) => d.customerId)); }}>
                {m.t("bulk-record-all")}
              </Button>
            </DialogActions>
          </DialogBody>
        </AppDialog>
      )}
      {confirmLeave && <LeaveDialog title={m.t("bulk-leave-title")} body={m.t("bulk-leave-body")} onKeep={() => setConfirmLeave(false)} onDiscard={props.onClose} />}
    </>
  );
}
