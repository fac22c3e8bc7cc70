import {
  Button, Checkbox, DialogActions, DialogBody, DialogContent, DialogTitle, Field, Input,
  MessageBar, MessageBarActions, MessageBarBody, Select, Text, Textarea, makeStyles, tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { api } from "../../api";
import type { Customer } from "../../bindings/Customer";
import type { CustomerInput } from "../../bindings/CustomerInput";
import type { Draft } from "../../bindings/Draft";
import type { Field as FormField } from "../../bindings/Field";
import type { Invitation } from "../../bindings/Invitation";
import type { InvitationKind } from "../../bindings/InvitationKind";
import type { InvitationRequest } from "../../bindings/InvitationRequest";
import type { Language } from "../../bindings/Language";
import type { PreparedInvitation } from "../../bindings/PreparedInvitation";
import { DraftEditor } from "../../components/DraftEditor";
import { AppDialog } from "../../components/AppDialog";
import { HandoffActions, HandoffResult, TooLongActions, savedAs } from "../../components/Handoff";
import { LeaveDialog } from "../../components/LeaveDialog";
import { ErrorBar } from "../../components/ErrorBar";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useFormStyles } from "../../components/formStyles";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
import { useProviders } from "../../queries";
import { useSession } from "../../session";

const useStyles = makeStyles({
  surface: { maxWidth: "860px", width: "100%" },
  link: { "& textarea": { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: "break-all" } },
});

const emptyContact = (language: Language): CustomerInput => ({
  companyName: "", primaryDomain: "", microsoftId: "", country: "", contactName: "", contactEmail: "", language, tags: [], notes: "",
});

/**
 * Request a reseller relationship: for a listed customer, or for a new contact (added when the
 * invitation is sent). `kind` is decided by where the user started: Customers asks for a
 * relationship with the partner alone, Indirect providers for one with the provider too; the core
 * checks it.
 */
export function RequestDialog(props: {
  customer: Customer | null;
  kind: InvitationKind;
  providerId?: number | null;
  onClose: () => void;
  onSent: (i: Invitation) => void;
}) {
  const m = useMessages();
  const styles = useStyles();
  const form = useFormStyles();
  const { session } = useSession();
  const profile = session.profile!;
  const withProvider = props.kind === "reseller_with_provider";
  // The core decides which clouds force DAP.
  const forced = session.dapForced;
  const [contact, setContactState] = useState<CustomerInput>(() => emptyContact(profile.language));
  // The user went on after the core's warning that the customer is outside the partner's country
  // and region; a different country asks again.
  const [outsideConfirmed, setOutsideConfirmed] = useState(false);
  // The draft left the app (mail application or clipboard) but Done was not chosen yet.
  const [handedOff, setHandedOff] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const setContact = (c: CustomerInput) => {
    if (c.country !== contact.country) setOutsideConfirmed(false);
    setContactState(c);
  };
  const providerList = useProviders(withProvider);
  const providers = providerList.data ?? [];
  const [providerId, setProviderId] = useState<number | null>(props.providerId ?? null);
  const [dap, setDap] = useState(true);
  const [language, setLanguage] = useState<Language | null>(null);
  const [prepared, setPrepared] = useState<PreparedInvitation | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const errors = useFieldErrors();

  const requestWith = (confirmed: boolean): InvitationRequest => ({
    customerId: props.customer?.id ?? null,
    newCustomer: props.customer ? null : { ...contact, tags: [] },
    kind: props.kind,
    providerId: withProvider ? providerId : null,
    dap: forced || dap,
    language: props.customer ? language : null,
    outsideRegionConfirmed: confirmed,
  });
  const request = requestWith(outsideConfirmed);

  const act = errors.attempt;
  const busy = errors.busy;

  const prepare = (confirmed: boolean) => act(async () => {
    const p = await api.prepareInvitation(requestWith(confirmed));
    setOutsideConfirmed(confirmed);
    setPrepared(p);
    setDraft(p.draft);
  });
  const next = () => prepare(outsideConfirmed);
  const close = () => (handedOff ? setConfirmLeave(true) : props.onClose());

  const contactField = (field: "companyName" | "primaryDomain" | "contactName" | "contactEmail", required = false) => (
    <Field label={m.t(labelIds.field(field))} required={required} validationMessage={errors.of(field)}>
      <Input data-testid={`request-${field}`} dir="auto" value={contact[field]} onChange={(_, d) => setContact({ ...contact, [field]: d.value })} />
    </Field>
  );
  const countries = m.sortedCountries(session.countries);

  const compose = (
    <>
      {props.customer ? (
        <Text weight="semibold" data-testid="request-customer" dir="auto">{props.customer.companyName}</Text>
      ) : (
        <div className={form.grid}>
          {contactField("companyName", true)}
          {contactField("primaryDomain", true)}
          <Field label={m.t("field-country")} required validationMessage={errors.of("country")}>
            <Select className={form.select} data-testid="request-country" value={contact.country} onChange={(_, d) => setContact({ ...contact, country: d.value })}>
              <option value="">{m.t("choose")}</option>
              {countries.map((c) => <option key={c} value={c}>{m.country(c)}</option>)}
            </Select>
          </Field>
          <Field label={m.t("field-language")} required>
            <Select className={form.select} data-testid="request-contact-language" value={contact.language ?? ""} onChange={(_, d) => setContact({ ...contact, language: d.value as Language })}>
              {session.languages.map((l) => <option key={l} value={l}>{m.t(labelIds.language(l))}</option>)}
            </Select>
          </Field>
          {contactField("contactName")}
          {contactField("contactEmail", true)}
        </div>
      )}
      {withProvider && (
        <Field label={m.t("field-provider")} required validationMessage={errors.of("provider")} hint={providers.length === 0 ? m.t("request-no-providers") : undefined}>
          <Select className={form.select} data-testid="request-provider" value={providerId?.toString() ?? ""} onChange={(_, d) => setProviderId(d.value ? Number(d.value) : null)}>
            <option value="">{m.t("choose")}</option>
            {providers.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </Select>
        </Field>
      )}
      <Field hint={forced ? m.t("request-dap-forced", { cloud: m.t(labelIds.cloud(profile.cloud)) }) : m.t("request-dap-hint")}>
        <Checkbox
          data-testid="request-dap"
          checked={forced || dap}
          disabled={forced}
          onChange={(_, d) => setDap(d.checked === true)}
          label={m.t("request-dap")}
        />
      </Field>
      {/* A new contact's own language is the draft's: one language field, not two. */}
      {props.customer && (
        <Field label={m.t("request-draft-language")}>
          <Select className={form.select} data-testid="request-language" value={language ?? ""} onChange={(_, d) => setLanguage(d.value ? (d.value as Language) : null)}>
            <option value="">{m.t("request-language-customer")}</option>
            {session.languages.map((l) => <option key={l} value={l}>{m.t(labelIds.language(l))}</option>)}
          </Select>
        </Field>
      )}
    </>
  );

  const linkRemoved = errors.error?.code === "linkRemoved";
  const tooLong = errors.error?.code === "mailtoTooLong";
  const outside = errors.error?.code === "outsideRegion";
  // A field's message is shown beside that field; the banner repeats nothing already shown there.
  const shown = new Set<FormField>(
    prepared ? ["contactEmail", "subject"] : [
      ...(props.customer ? [] : (["companyName", "primaryDomain", "country", "contactName", "contactEmail"] as FormField[])),
      ...(withProvider ? (["provider"] as FormField[]) : []),
    ],
  );
  const banner = errors.error && !outside && !(errors.error.fields.length > 0 && errors.error.fields.every((f) => shown.has(f.field)))
    ? errors.error : null;
  const customerCountry = props.customer?.country ?? contact.country;
  const review = prepared && draft && (
    <>
      <MessageBar intent="info">
        <MessageBarBody>{m.t("request-accept-where", { portal: m.t(labelIds.portal(profile.cloud)) })}</MessageBarBody>
      </MessageBar>
      <Field label={m.t("request-link")} hint={m.t("request-link-hint")}>
        {/* All of the link in view, wrapped: a one-line field showed only its start. */}
        <Textarea className={styles.link} readOnly resize="none" value={prepared.link} data-testid="request-link" />
      </Field>
      <DraftEditor draft={draft} onChange={setDraft} errorOf={errors.of} testId="request-draft" />
    </>
  );

  const copy = () => act(async () => { await api.copyInvitation(request, draft!); setHandedOff(true); }, m.t("request-copied"));
  const openInMail = () =>
    act(async () => { await api.openInvitationInMailApp(request, draft!); setHandedOff(true); }, m.t("request-handed-off"));
  const [saved, setSaved] = useState("");
  const saveEml = () => act(async () => {
    const path = await api.saveInvitationEml(request, draft!);
    if (path) { setHandedOff(true); setSaved(savedAs(m, path)); }
    return path;
  }, (path) => savedAs(m, path));

  return (
    <>
      <AppDialog onClose={close} className={styles.surface}>
        <DialogBody>
          <DialogTitle>{m.t(withProvider ? "request-title-provider" : "request-title")}</DialogTitle>
          <DialogContent className={form.content} data-testid="request-dialog">
            {outside && (
              <MessageBar intent="warning" layout="multiline" data-testid="request-outside-region">
                <MessageBarBody>
                  {errors.error!.message}{" "}
                  {m.t("request-outside-region-countries", { customer: m.country(customerCountry), partner: m.country(profile.country) })}
                </MessageBarBody>
                <MessageBarActions>
                  <Button data-testid="request-outside-region-go-on" disabled={busy} onClick={() => prepare(true)}>
                    {m.t("request-outside-region-go-on")}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            <ErrorBar
              error={banner ?? providerList.error}
              testId="request-error"
              actions={
                linkRemoved ? (
                  <Button data-testid="request-restore-link" onClick={() => { setDraft({ ...draft!, body: `${draft!.body.trimEnd()}\n\n${prepared!.link}\n` }); errors.clear(); }}>
                    {m.t("request-restore-link")}
                  </Button>
                ) : tooLong ? (
                  <TooLongActions testId="request" onSave={saveEml} onCopy={copy} />
                ) : undefined
              }
            />
            <HandoffResult testId="request" done={errors.done} handedOff={m.t("request-handed-off")} saved={saved} />
            {review || compose}
          </DialogContent>
          <DialogActions>
            <Button onClick={close} data-testid="request-cancel">{m.t("action-cancel")}</Button>
            {prepared ? (
              <HandoffActions
                testId="request"
                busy={busy}
                onBack={() => { setPrepared(null); errors.clear(); }}
                onOpen={openInMail}
                onCopy={copy}
                onDone={() => act(async () => props.onSent(await api.sendInvitation(request, draft!)))}
              />
            ) : (
              <Button data-testid="request-next" appearance="primary" disabledFocusable={busy} onClick={next}>{m.t("action-next")}</Button>
            )}
          </DialogActions>
        </DialogBody>
      </AppDialog>
      {/* Asked when a draft that left the app (mail application or clipboard) would be lost. */}
      {confirmLeave && (
        <LeaveDialog title={m.t("request-leave-title")} body={m.t("request-leave-body")} onKeep={() => setConfirmLeave(false)} onDiscard={props.onClose} />
      )}
    </>
  );
}
