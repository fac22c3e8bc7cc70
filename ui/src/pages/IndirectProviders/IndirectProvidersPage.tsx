import {
  Button, DialogActions, DialogBody, DialogContent, DialogTitle, Field, Input, Select, Spinner,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { Add20Regular, Edit20Regular, PersonAdd20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { api } from "../../api";
import type { IndirectProvider } from "../../bindings/IndirectProvider";
import type { ProviderInput } from "../../bindings/ProviderInput";
import { AppDialog } from "../../components/AppDialog";
import { ErrorBar } from "../../components/ErrorBar";
import { GuardedButton } from "../../components/GuardedButton";
import { Page } from "../../components/Page";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useFormStyles } from "../../components/formStyles";
import { useMessages } from "../../i18n";
import { useInvalidateAll, useProviders } from "../../queries";
import { useSession } from "../../session";
import { RequestDialog } from "../Customers/RequestDialog";

const useStyles = makeStyles({
  // Columns as wide as their content in the current language; a GUID may break, a button never.
  table: { tableLayout: "auto" },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  // The two buttons stack when the row is narrow, rather than push the table out of the window.
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, justifyContent: "flex-end" },
});

function ProviderDialog({ provider, onClose, onSaved }: { provider: IndirectProvider | null; onClose: () => void; onSaved: () => void }) {
  const m = useMessages();
  const form = useFormStyles();
  const { session } = useSession();
  const [input, setInput] = useState<ProviderInput>({
    name: provider?.name ?? "", tenantId: provider?.tenantId ?? "", partnerId: provider?.partnerId ?? "", country: provider?.country ?? session.profile?.country ?? "",
  });
  const errors = useFieldErrors();
  const save = async () => {
    errors.clear();
    try {
      if (provider) await api.updateProvider(provider.id, input);
      else await api.addProvider(input);
      onSaved();
    } catch (e) {
      errors.fail(e);
    }
  };
  const countries = m.sortedCountries(session.countries);
  return (
    <AppDialog onClose={onClose}>
      <DialogBody>
        <DialogTitle>{m.t(provider ? "provider-edit-title" : "provider-add-title")}</DialogTitle>
        <DialogContent className={form.content} data-testid="provider-form">
          <ErrorBar error={errors.error} />
          <Field label={m.t("provider-name")} required validationMessage={errors.of("companyName")}>
            <Input data-testid="provider-name" dir="auto" value={input.name} onChange={(_, d) => setInput({ ...input, name: d.value })} />
          </Field>
          <Field label={m.t("field-provider-tenant-id")} required validationMessage={errors.of("providerTenantId")}>
            <Input data-testid="provider-tenantId" value={input.tenantId} onChange={(_, d) => setInput({ ...input, tenantId: d.value })} />
          </Field>
          <Field label={m.t("field-partner-id")} required validationMessage={errors.of("partnerId")}>
            <Input data-testid="provider-partnerId" value={input.partnerId} onChange={(_, d) => setInput({ ...input, partnerId: d.value })} />
          </Field>
          <Field label={m.t("field-country")} required validationMessage={errors.of("country")}>
            <Select data-testid="provider-country" value={input.country} onChange={(_, d) => setInput({ ...input, country: d.value })}>
              <option value="">{m.t("choose")}</option>
              {countries.map((c) => <option key={c} value={c}>{m.country(c)}</option>)}
            </Select>
          </Field>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{m.t("action-cancel")}</Button>
          <Button appearance="primary" onClick={save} data-testid="provider-save">{m.t("action-save")}</Button>
        </DialogActions>
      </DialogBody>
    </AppDialog>
  );
}

export function IndirectProvidersPage() {
  const m = useMessages();
  const styles = useStyles();
  const { data: providers, error } = useProviders();
  const invalidateAll = useInvalidateAll();
  const [editing, setEditing] = useState<IndirectProvider | "new" | null>(null);
  const [inviting, setInviting] = useState<number | null>(null);

  return (
    <Page
      testId="page-indirect-providers"
      title={m.t("indirect-providers-title")}
      commands={
        <GuardedButton action="manageProviders" appearance="primary" icon={<Add20Regular />} onClick={() => setEditing("new")} data-testid="providers-add">
          {m.t("provider-add-title")}
        </GuardedButton>
      }
    >
      <Text>{m.t("indirect-providers-intro")}</Text>
      <ErrorBar error={error} />
      {!providers && !error && <Spinner label={m.t("loading")} />}
      {providers && providers.length === 0 && <Text className={styles.muted}>{m.t("providers-empty")}</Text>}
      {providers && providers.length > 0 && (
        <Table className={styles.table} aria-label={m.t("indirect-providers-title")} size="small" data-testid="providers-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.t("provider-name")}</TableHeaderCell>
              <TableHeaderCell>{m.t("field-provider-tenant-id")}</TableHeaderCell>
              <TableHeaderCell>{m.t("field-partner-id")}</TableHeaderCell>
              <TableHeaderCell>{m.t("field-country")}</TableHeaderCell>
              <TableHeaderCell><VisuallyHidden>{m.t("col-actions")}</VisuallyHidden></TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {providers.map((p) => (
              <TableRow key={p.id} data-testid="provider-row">
                <TableCell><bdi>{p.name}</bdi></TableCell>
                <TableCell className={styles.mono}>{p.tenantId}</TableCell>
                <TableCell>{p.partnerId}</TableCell>
                <TableCell>{m.country(p.country)}</TableCell>
                <TableCell>
                  <span className={styles.actions}>
                    <GuardedButton action="requestRelationship" size="small" icon={<PersonAdd20Regular />} onClick={() => setInviting(p.id)} data-testid="provider-invite">
                      {m.t("providers-invite")}
                    </GuardedButton>
                    <GuardedButton action="manageProviders" size="small" appearance="subtle" icon={<Edit20Regular />} aria-label={m.t("action-edit")} onClick={() => setEditing(p)} />
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && (
        <ProviderDialog provider={editing === "new" ? null : editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); void invalidateAll(); }} />
      )}
      {inviting !== null && (
        <RequestDialog customer={null} kind="reseller_with_provider" providerId={inviting} onClose={() => setInviting(null)} onSent={() => { setInviting(null); void invalidateAll(); }} />
      )}
    </Page>
  );
}
