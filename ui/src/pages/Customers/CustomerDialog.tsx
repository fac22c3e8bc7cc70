import {
  Button, DialogActions, DialogBody, DialogContent, DialogTitle, Field, Input,
  Select, Textarea, makeStyles,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { api, asApiError } from "../../api";
import type { Customer } from "../../bindings/Customer";
import type { CustomerInput } from "../../bindings/CustomerInput";
import type { Field as FieldName } from "../../bindings/Field";
import { AppDialog } from "../../components/AppDialog";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useFormStyles } from "../../components/formStyles";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
import { useReadCustomer } from "../../queries";
import { useSession } from "../../session";
import { ErrorBar } from "../../components/ErrorBar";

const useStyles = makeStyles({
  surface: { maxWidth: "760px", width: "100%" },
});

function inputOf(c: Customer | null, language: CustomerInput["language"]): CustomerInput {
  return {
    companyName: c?.companyName ?? "",
    primaryDomain: c?.primaryDomain ?? "",
    microsoftId: c?.microsoftId ?? "",
    country: c?.country ?? "",
    contactName: c?.contactName ?? "",
    contactEmail: c?.contactEmail ?? "",
    language: c?.language ?? language,
    tags: c?.tags ?? [],
    notes: c?.notes ?? "",
  };
}

/** Adds a customer (`customer` null) or edits one. Nothing is saved unless the core accepts it all. */
export function CustomerDialog(props: { customer: Customer | null; onClose: () => void; onSaved: (c: Customer) => void }) {
  const m = useMessages();
  const { session } = useSession();
  const styles = useStyles();
  const form = useFormStyles();
  const [input, setInput] = useState<CustomerInput>(() => inputOf(props.customer, session.profile?.language ?? session.uiLanguage));
  const [tagsText, setTagsText] = useState((props.customer?.tags ?? []).join(", "));
  const errors = useFieldErrors();
  const readCustomer = useReadCustomer();
  // The version this edit replaces: the one opened, or after a refused save, the one that
  // refused it, so saving again knowingly replaces that change.
  const [version, setVersion] = useState(props.customer?.version ?? 0);
  const set = <K extends keyof CustomerInput>(key: K, value: CustomerInput[K]) => setInput((i) => ({ ...i, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const full = { ...input, tags: tagsText.split(",") };
    const id = props.customer?.id;
    return errors.attempt(async () => {
      if (id === undefined) return props.onSaved(await api.addCustomer(full));
      try {
        props.onSaved(await api.updateCustomer(id, version, full));
      } catch (e) {
        // What was typed stays in the form; only the version it will replace moves on.
        if (asApiError(e).code === "editedMeanwhile") {
          const latest = await readCustomer(id).catch(() => null);
          if (latest) setVersion(latest.version);
        }
        throw e;
      }
    });
  };

  const text = (field: FieldName & keyof CustomerInput, opts: { required?: boolean; hint?: string; type?: "email" } = {}) => (
    <Field label={m.t(labelIds.field(field))} required={opts.required} hint={opts.hint} validationMessage={errors.of(field)}>
      <Input
        data-testid={`customer-${field}`}
        dir="auto"
        type={opts.type ?? "text"}
        value={String(input[field] ?? "")}
        onChange={(_, d) => set(field, d.value as never)}
      />
    </Field>
  );
  const countries = m.sortedCountries(session.countries);

  return (
    <AppDialog onClose={props.onClose} className={styles.surface}>
      <form onSubmit={submit} noValidate data-testid="customer-form">
        <DialogBody>
          <DialogTitle>{m.t(props.customer ? "customer-edit-title" : "customer-add-title")}</DialogTitle>
          <DialogContent className={form.grid}>
            <ErrorBar error={errors.error} className={form.wide} testId="customer-error" />
            {text("companyName", { required: true })}
            {text("primaryDomain", { required: true, hint: m.t("customer-domain-hint") })}
            {text("microsoftId", { hint: m.t("customer-microsoft-id-hint") })}
            <Field label={m.t(labelIds.field("country"))} required validationMessage={errors.of("country")}>
              <Select className={form.select} data-testid="customer-country" value={input.country} onChange={(_, d) => set("country", d.value)}>
                <option value="">{m.t("choose")}</option>
                {countries.map((c) => <option key={c} value={c}>{m.country(c)}</option>)}
              </Select>
            </Field>
            {text("contactName")}
            {text("contactEmail", { type: "email" })}
            <Field label={m.t(labelIds.field("language"))} required validationMessage={errors.of("language")}>
              <Select className={form.select} data-testid="customer-language" value={input.language ?? ""} onChange={(_, d) => set("language", d.value as CustomerInput["language"])}>
                {session.languages.map((l) => <option key={l} value={l}>{m.t(labelIds.language(l))}</option>)}
              </Select>
            </Field>
            <Field label={m.t(labelIds.field("tags"))} hint={m.t("customer-tags-hint")} validationMessage={errors.of("tags")}>
              <Input data-testid="customer-tags" dir="auto" value={tagsText} onChange={(_, d) => setTagsText(d.value)} />
            </Field>
            <Field className={form.wide} label={m.t(labelIds.field("notes"))} validationMessage={errors.of("notes")}>
              <Textarea data-testid="customer-notes" dir="auto" value={input.notes} resize="vertical" onChange={(_, d) => set("notes", d.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onClose}>{m.t("action-cancel")}</Button>
            <Button appearance="primary" type="submit" disabled={errors.busy} data-testid="customer-save">{m.t("action-save")}</Button>
          </DialogActions>
        </DialogBody>
      </form>
    </AppDialog>
  );
}
