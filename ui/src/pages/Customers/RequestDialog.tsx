import {
  Button, Checkbox, DialogActions, DialogBody, DialogContent, DialogTitle, Field, Input,
  MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { api } from "../../api";
import type { Customer } from "../../bindings/Customer";
import type { CustomerInput } from "../../bindings/CustomerInput";
import type { Draft } from "../../bindings/Draft";
import type { IndirectProvider } from "../../bindings/IndirectProvider";
import type { Invitation } from "../../bindings/Invitation";
import type { InvitationRequest } from "../../bindings/InvitationRequest";
import type { Language } from "../../bindings/Language";
import type { PreparedInvitation } from "../../bindings/PreparedInvitation";
import { DraftEditor } from "../../components/DraftEditor";
import { AppDialog } from "../../components/AppDialog";
import { ErrorBar } from "../../components/ErrorBar";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useFormStyles } from "../../components/formStyles";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
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
 * invitation is sent); with the indirect provider for an indirect reseller.
 */
export function RequestDialog(props: { customer: Customer | null; providerId?: number | null; onClose: () => void; onSent: (i: Invitation) => void }) {
  const m = useMessages();
  const styles = useStyles();
  const form = useFormStyles();
  const { session } = useSession();
  const profile = session.profile!;
  // The core decides both: who invites together with a provider, which clouds force DAP.
  const withProvider = session.invitationKind === "reseller_with_provider";
  const forced = session.dapForced;
  const [contact, setContact] = useState<CustomerInput>(() => emptyContact(profile.language));
  const [providers, setProviders] = useState<IndirectProvider[]>([]);
  const [providerId, setProviderId] = useState<number | null>(props.providerId ?? null);
  const [dap, setDap] = useState(true);
  const [language, setLanguage] = useState<Language | null>(null);
  const [prepared, setPrepared] = useState<PreparedInvitation | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const errors = useFieldErrors();

  useEffect(() => {
    if (withProvider) api.listProviders().then(setProviders, errors.fail);
  }, [withProvider]);

  const request: InvitationRequest = {
    customerId: props.customer?.id ?? null,
    newCustomer: props.customer ? null : { ...contact, tags: [] },
    providerId: withProvider ? providerId : null,
    dap: forced || dap,
    language,
  };

  const act = errors.attempt;
  const busy = errors.busy;

  const next = () => act(async () => {
    const p = await api.prepareInvitation(request);
    setPrepared(p);
    setDraft(p.draft);
  });

  const contactField = (field: "companyName" | "primaryDomain" | "contactName" | "contactEmail", required = false) => (
    <Field label={m.t(labelIds.field(field))} required={required} validationMessage={errors.of(field)}>
      <Input data-testid={`request-${field}`} value={contact[field]} onChange={(_, d) => setContact({ ...contact, [field]: d.value })} />
    </Field>
  );
  const countries = m.sortedCountries(session.countries);

  const compose = (
    <>
      {props.customer ? (
        <Text weight="semibold" data-testid="request-customer">{props.customer.companyName}</Text>
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
      <Field label={m.t("request-draft-language")}>
        <Select className={form.select} data-testid="request-language" value={language ?? ""} onChange={(_, d) => setLanguage(d.value ? (d.value as Language) : null)}>
          <option value="">{m.t("request-language-customer")}</option>
          {session.languages.map((l) => <option key={l} value={l}>{m.t(labelIds.language(l))}</option>)}
        </Select>
      </Field>
    </>
  );

  const linkRemoved = errors.error?.code === "linkRemoved";
  const tooLong = errors.error?.code === "mailtoTooLong";
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

  const copy = () => act(() => api.copyInvitation(request, draft!), m.t("request-copied"));

  return (
    <AppDialog onClose={props.onClose} className={styles.surface}>
        <DialogBody>
          <DialogTitle>{m.t(withProvider ? "request-title-provider" : "request-title")}</DialogTitle>
          <DialogContent className={form.content} data-testid="request-dialog">
            <ErrorBar
              error={errors.error}
              testId="request-error"
              actions={
                linkRemoved ? (
                  <Button data-testid="request-restore-link" onClick={() => { setDraft({ ...draft!, body: `${draft!.body.trimEnd()}\n\n${prepared!.link}\n` }); errors.clear(); }}>
                    {m.t("request-restore-link")}
                  </Button>
                ) : tooLong ? (
                  <Button onClick={copy}>{m.t("request-copy")}</Button>
                ) : undefined
              }
            />
            {errors.done && (
              <MessageBar intent="success" data-testid="request-copied"><MessageBarBody>{errors.done}</MessageBarBody></MessageBar>
            )}
            {review || compose}
          </DialogContent>
          <DialogActions>
            <Button onClick={props.onClose}>{m.t("action-cancel")}</Button>
            {prepared ? (
              <>
                <Button onClick={() => { setPrepared(null); errors.clear(); }} disabledFocusable={busy}>{m.t("action-back")}</Button>
                <Button data-testid="request-open-email" disabledFocusable={busy} onClick={() => act(() => api.openInvitationInMailApp(request, draft!))}>{m.t("request-open-email")}</Button>
                <Button data-testid="request-copy" disabledFocusable={busy} onClick={copy}>{m.t("request-copy")}</Button>
                <Button data-testid="request-done" appearance="primary" disabledFocusable={busy} onClick={() => act(async () => props.onSent(await api.sendInvitation(request, draft!)))}>{m.t("action-done")}</Button>
              </>
            ) : (
              <Button data-testid="request-next" appearance="primary" disabledFocusable={busy} onClick={next}>{m.t("action-next")}</Button>
            )}
          </DialogActions>
        </DialogBody>
    </AppDialog>
  );
}
