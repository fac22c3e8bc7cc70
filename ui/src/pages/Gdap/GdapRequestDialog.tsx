import {
  Button, Checkbox, DialogActions, DialogBody, DialogContent, DialogTitle, Field, Input, MessageBar, MessageBarBody,
  Select, SpinButton, Text, Textarea, makeStyles, tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { api } from "../../api";
import type { AdminRelationship } from "../../bindings/AdminRelationship";
import type { Customer } from "../../bindings/Customer";
import type { Draft } from "../../bindings/Draft";
import type { Field as FormField } from "../../bindings/Field";
import type { GdapRequest } from "../../bindings/GdapRequest";
import type { Language } from "../../bindings/Language";
import type { PreparedGdapRequest } from "../../bindings/PreparedGdapRequest";
import { AppDialog } from "../../components/AppDialog";
import { DraftEditor } from "../../components/DraftEditor";
import { ErrorBar } from "../../components/ErrorBar";
import { HandoffActions, HandoffResult, TooLongActions, savedAs } from "../../components/Handoff";
import { LeaveDialog } from "../../components/LeaveDialog";
import { MicrosoftPageLink } from "../../components/MicrosoftPageLink";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useFormStyles } from "../../components/formStyles";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
import { useRoleTemplates } from "../../queries";
import { useSession } from "../../session";
import { RolePicker } from "./RolePicker";

const useStyles = makeStyles({
  surface: { maxWidth: "900px", width: "100%" },
  links: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
  link: { "& textarea": { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: "break-all" } },
});

/**
 * Request GDAP admin privileges from a customer: the roles (from a template or chosen one by one),
 * the name, duration and auto-extend the request was created with in Partner Center, and its
 * approval link; then the draft, handed off and recorded exactly as an invitation is.
 */
export function GdapRequestDialog(props: { customer: Customer; onClose: () => void; onSent: (r: AdminRelationship) => void }) {
  const m = useMessages();
  const styles = useStyles();
  const form = useFormStyles();
  const { session } = useSession();
  const cloud = session.profile!.cloud;
  const templates = useRoleTemplates();
  const [template, setTemplate] = useState<string>("");
  const [roles, setRoles] = useState<string[]>([]);
  // The core proposes a name Microsoft accepts that no other relationship has; typing wins.
  const [name, setName] = useState("");
  useEffect(() => {
    api.proposeGdapName(props.customer.id).then((n) => setName((typed) => typed || n), () => {});
  }, [props.customer.id]);
  const [days, setDays] = useState(730);
  const [autoExtend, setAutoExtend] = useState(false);
  const [link, setLink] = useState("");
  const [language, setLanguage] = useState<Language | null>(null);
  const [prepared, setPrepared] = useState<PreparedGdapRequest | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [handedOff, setHandedOff] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const errors = useFieldErrors();
  const act = errors.attempt;
  const busy = errors.busy;

  // Microsoft's default set is the first template: chosen until the user picks otherwise.
  const list = templates.data ?? [];
  useEffect(() => {
    if (template === "" && list.length > 0) {
      setTemplate("0");
      setRoles(list[0].roles);
    }
  }, [list.length]);
  const chooseTemplate = (index: string) => {
    setTemplate(index);
    const t = list[Number(index)];
    if (t) setRoles(t.roles);
  };
  const chosen = list[Number(template)];
  // Edited by hand, the roles are no longer the template's.
  const fromTemplate = chosen && chosen.roles.length === roles.length && chosen.roles.every((r) => roles.includes(r)) ? chosen.name : null;

  const request: GdapRequest = {
    customerId: props.customer.id,
    terms: { name, durationDays: days, roles, autoExtend },
    approvalLink: link,
    templateName: fromTemplate,
    language,
  };
  const next = () => act(async () => {
    const p = await api.prepareGdapRequest(request);
    setPrepared(p);
    setDraft(p.draft);
  });
  const close = () => (handedOff ? setConfirmLeave(true) : props.onClose());
  const copy = () => act(async () => { await api.copyGdapRequest(request, draft!); setHandedOff(true); }, m.t("request-copied"));
  const openInMail = () =>
    act(async () => { await api.openGdapRequestInMailApp(request, draft!); setHandedOff(true); }, m.t("gdap-handed-off"));
  const [saved, setSaved] = useState("");
  const saveEml = () => act(async () => {
    const path = await api.saveGdapRequestEml(request, draft!);
    if (path) { setHandedOff(true); setSaved(savedAs(m, path)); }
    return path;
  }, (path) => savedAs(m, path));

  const compose = (
    <>
      <Text weight="semibold" data-testid="gdap-customer" dir="auto">{props.customer.companyName}</Text>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{m.t("gdap-request-intro")}</MessageBarBody>
      </MessageBar>
      {/* Where the request is created, and Microsoft's own help on it. */}
      <div className={styles.links}>
        {!session.partnerCenterPages ? null : props.customer.microsoftId
          ? <MicrosoftPageLink page="partnerCenterCustomer" customerId={props.customer.id} label={m.t("ms-open-customer")} testId="gdap-open-partner-center" />
          : <MicrosoftPageLink page="partnerCenterCustomers" label={m.t("ms-open-partner-center")} testId="gdap-open-partner-center" />}
        <MicrosoftPageLink page="gdapHelp" label={m.t("ms-gdap-help")} testId="gdap-help" />
      </div>
      <div className={form.grid}>
        <Field label={m.t("gdap-template")}>
          <Select className={form.select} data-testid="gdap-template" value={fromTemplate ? template : ""} onChange={(_, d) => chooseTemplate(d.value)}>
            {!fromTemplate && <option value="">{m.t("gdap-template-custom")}</option>}
            {list.map((t, i) => <option key={t.id ?? "default"} value={String(i)}>{t.name}</option>)}
          </Select>
        </Field>
        <Field label={m.t("field-relationship-name")} required validationMessage={errors.of("relationshipName")} hint={m.t("gdap-name-hint")}>
          <Input data-testid="gdap-name" value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field label={m.t("field-duration-days")} required validationMessage={errors.of("durationDays")}>
          <SpinButton data-testid="gdap-duration" value={days} min={1} max={730} onChange={(_, d) => setDays(d.value ?? (Number(d.displayValue) || 0))} />
        </Field>
        <Field validationMessage={errors.of("autoExtend")} hint={m.t("gdap-auto-extend-hint")}>
          <Checkbox data-testid="gdap-auto-extend" checked={autoExtend} onChange={(_, d) => setAutoExtend(d.checked === true)} label={m.t("field-auto-extend")} />
        </Field>
      </div>
      <RolePicker value={roles} onChange={setRoles} validationMessage={errors.of("roles")} testId="gdap-roles" />
      <Field label={m.t("field-approval-link")} required validationMessage={errors.of("approvalLink")} hint={m.t("gdap-link-hint")}>
        <Input data-testid="gdap-link" value={link} onChange={(_, d) => setLink(d.value)} />
      </Field>
      <Field label={m.t("request-draft-language")}>
        <Select className={form.select} data-testid="gdap-language" value={language ?? ""} onChange={(_, d) => setLanguage(d.value ? (d.value as Language) : null)}>
          <option value="">{m.t("request-language-customer")}</option>
          {session.languages.map((l) => <option key={l} value={l}>{m.t(labelIds.language(l))}</option>)}
        </Select>
      </Field>
    </>
  );

  const review = prepared && draft && (
    <>
      <MessageBar intent="info">
        <MessageBarBody>{m.t("gdap-approve-where", { portal: m.t(labelIds.portal(cloud)) })}</MessageBarBody>
      </MessageBar>
      <MicrosoftPageLink page="gdapApprovalHelp" label={m.t("ms-gdap-approval-help")} testId="gdap-approval-help" />
      <Field label={m.t("field-approval-link")} hint={m.t("request-link-hint")}>
        <Textarea className={styles.link} readOnly resize="none" value={prepared.link} data-testid="gdap-review-link" />
      </Field>
      <DraftEditor draft={draft} onChange={setDraft} errorOf={errors.of} testId="gdap-draft" />
    </>
  );

  const linkRemoved = errors.error?.code === "linkRemoved";
  const tooLong = errors.error?.code === "mailtoTooLong";
  const shown = new Set<FormField>(
    prepared ? ["recipient", "subject"] : ["relationshipName", "durationDays", "autoExtend", "roles", "approvalLink"],
  );
  const banner = errors.error && !(errors.error.fields.length > 0 && errors.error.fields.every((f) => shown.has(f.field))) ? errors.error : null;

  return (
    <>
      <AppDialog onClose={close} className={styles.surface}>
        <DialogBody>
          <DialogTitle>{m.t("gdap-request-title")}</DialogTitle>
          <DialogContent className={form.content} data-testid="gdap-dialog">
            <ErrorBar
              error={banner ?? templates.error}
              testId="gdap-error"
              actions={linkRemoved ? (
                <Button data-testid="gdap-restore-link" onClick={() => { setDraft({ ...draft!, body: `${draft!.body.trimEnd()}\n\n${prepared!.link}\n` }); errors.clear(); }}>
                  {m.t("request-restore-link")}
                </Button>
              ) : tooLong ? <TooLongActions testId="gdap" onSave={saveEml} onCopy={copy} /> : undefined}
            />
            <HandoffResult testId="gdap" done={errors.done} handedOff={m.t("gdap-handed-off")} saved={saved} />
            {review || compose}
          </DialogContent>
          <DialogActions>
            <Button onClick={close} data-testid="gdap-cancel">{m.t("action-cancel")}</Button>
            {prepared ? (
              <HandoffActions
                testId="gdap"
                busy={busy}
                onBack={() => { setPrepared(null); errors.clear(); }}
                onOpen={openInMail}
                onCopy={copy}
                onDone={() => act(async () => props.onSent(await api.sendGdapRequest(request, draft!)))}
              />
            ) : (
              <Button data-testid="gdap-next" appearance="primary" disabledFocusable={busy} onClick={next}>{m.t("action-next")}</Button>
            )}
          </DialogActions>
        </DialogBody>
      </AppDialog>
      {confirmLeave && <LeaveDialog title={m.t("gdap-leave-title")} body={m.t("gdap-leave-body")} onKeep={() => setConfirmLeave(false)} onDiscard={props.onClose} />}
    </>
  );
}
