import { Button, Field, Input, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type FormEvent } from "react";
import { api } from "../../api";
import type { Field as FieldName } from "../../bindings/Field";
import type { StaffMember } from "../../bindings/StaffMember";
import type { PartnerProfile } from "../../bindings/PartnerProfile";
import type { ProfileInput } from "../../bindings/ProfileInput";
import type { Session } from "../../bindings/Session";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useFormStyles } from "../../components/formStyles";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
import { useSession } from "../../session";
import { ErrorBar } from "../../components/ErrorBar";

const useStyles = makeStyles({
  form: {
    display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(320px, 100%), 1fr))", alignItems: "start",
    columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalM, maxWidth: "960px", "& > *": { minWidth: 0 },
  },
  section: { gridColumn: "1 / -1", marginTop: tokens.spacingVerticalM },
  actions: { gridColumn: "1 / -1", display: "flex", gap: tokens.spacingHorizontalM },
});

/** The form's values: the partner's profile, and the name and role of the staff member editing it. */
export function profileInput(
  p: PartnerProfile | null,
  me: StaffMember | null,
  fallbackLanguage: ProfileInput["language"],
): ProfileInput {
  return {
    companyName: p?.companyName ?? "",
    partnerType: p?.partnerType ?? null,
    tenantId: p?.tenantId ?? "",
    partnerId: p?.partnerId ?? "",
    cloud: p?.cloud ?? "public",
    country: p?.country ?? "",
    staffName: me?.name ?? "",
    staffRole: me?.role ?? null,
    language: p?.language ?? fallbackLanguage,
  };
}

/** The partner profile form of first-run setup and Settings; the core validates every field. */
export function ProfileForm(props: {
  initial: ProfileInput;
  /** A language chosen outside the form (first-run setup's own choice), which the form follows. */
  language?: ProfileInput["language"];
  submitLabel: string;
  disabled?: boolean;
  /** Shows the staff member's role read-only, with this reason (the core refuses a change). */
  roleFixed?: string;
  onSaved: (s: Session) => void;
}) {
  const m = useMessages();
  const { session } = useSession();
  const styles = useStyles();
  const form = useFormStyles();
  const [input, setInput] = useState<ProfileInput>(props.initial);
  const errors = useFieldErrors();
  const set = <K extends keyof ProfileInput>(key: K, value: ProfileInput[K]) => setInput((i) => ({ ...i, [key]: value }));
  useEffect(() => {
    if (props.language) set("language", props.language);
  }, [props.language]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    return errors.attempt(async () => props.onSaved(await api.saveProfile(input)));
  };

  const text = (field: FieldName & keyof ProfileInput, hint?: string) => (
    <Field label={m.t(labelIds.field(field))} required hint={hint} validationMessage={errors.of(field)}>
      <Input
        data-testid={`profile-${field}`}
        dir="auto"
        value={String(input[field] ?? "")}
        disabled={props.disabled}
        onChange={(_, d) => set(field, d.value as never)}
      />
    </Field>
  );

  function choice<T extends string>(field: FieldName & keyof ProfileInput, options: readonly T[], label: (v: T) => string, allowEmpty: boolean, locked?: string) {
    return (
      <Field label={m.t(labelIds.field(field))} required hint={locked} validationMessage={errors.of(field)}>
        <Select
          className={form.select}
          data-testid={`profile-${field}`}
          value={String(input[field] ?? "")}
          disabled={props.disabled || locked !== undefined}
          onChange={(_, d) => set(field, (d.value === "" ? null : d.value) as never)}
        >
          {allowEmpty && <option value="">{m.t("choose")}</option>}
          {options.map((o) => (
            <option key={o} value={o}>{label(o)}</option>
          ))}
        </Select>
      </Field>
    );
  }

  const countries = m.sortedCountries(session.countries);

  return (
    <form className={styles.form} onSubmit={submit} noValidate data-testid="profile-form">
      <ErrorBar error={errors.error} className={form.wide} testId="profile-error" />
      <Subtitle2 as="h2" className={styles.section}>{m.t("setup-company-section")}</Subtitle2>
      {text("companyName")}
      {choice("partnerType", session.partnerTypes, (v) => m.t(labelIds.partnerType(v)), true)}
      {text("tenantId", m.t("setup-tenant-hint"))}
      {text("partnerId", m.t("setup-partner-id-hint"))}
      {choice("cloud", session.clouds, (v) => m.t(labelIds.cloud(v)), false)}
      {choice("country", countries, (v) => m.country(v), true)}
      <Subtitle2 as="h2" className={styles.section}>{m.t("setup-staff-section")}</Subtitle2>
      {text("staffName")}
      {choice("staffRole", session.roles, (v) => m.t(labelIds.role(v)), true, props.roleFixed)}
      {/* First-run setup has its own language choice at the top, which the profile takes. */}
      {!props.language && choice("language", session.languages, (v) => m.t(labelIds.language(v)), false)}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={errors.busy || props.disabled} data-testid="profile-submit">
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
