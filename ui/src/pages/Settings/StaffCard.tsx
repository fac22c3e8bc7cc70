import {
  Button, Card, Checkbox, DialogActions, DialogBody, DialogContent, DialogTitle, Field, Input, Select, Subtitle1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
  makeStyles, tokens,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { api } from "../../api";
import type { StaffInput } from "../../bindings/StaffInput";
import type { StaffMember } from "../../bindings/StaffMember";
import { AppDialog } from "../../components/AppDialog";
import { GuardedButton } from "../../components/GuardedButton";
import { useFormStyles } from "../../components/formStyles";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
import { useInvalidateAll, useStaff } from "../../queries";
import { useSession } from "../../session";
import { ErrorBar } from "../../components/ErrorBar";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, maxWidth: "1000px", flexShrink: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  surface: { maxWidth: "640px", width: "100%" },
});

function inputOf(s: StaffMember | null, language: StaffInput["language"]): StaffInput {
  return {
    name: s?.name ?? "", email: s?.email ?? "", role: s?.role ?? null, language: s?.language ?? language,
    login: s?.login ?? "", active: s?.active ?? true,
  };
}

/** Settings' staff members: who works in this workspace, and for a Global admin, adding and editing them. */
export function StaffCard() {
  const m = useMessages();
  const styles = useStyles();
  const { session } = useSession();
  const team = session.engine === "postgres";
  const { data: staff, error } = useStaff();
  const invalidateAll = useInvalidateAll();
  const [editing, setEditing] = useState<StaffMember | "new" | null>(null);

  return (
    <Card className={styles.card} data-testid="staff-card">
      <Subtitle1 as="h2">{m.t("staff-title")}</Subtitle1>
      <Text className={styles.hint}>{m.t(team ? "staff-intro" : "staff-local")}</Text>
      <ErrorBar error={error} />
      {staff && (
        <Table size="small" aria-label={m.t("staff-title")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.t("field-member-name")}</TableHeaderCell>
              <TableHeaderCell>{m.t("field-member-email")}</TableHeaderCell>
              <TableHeaderCell>{m.t("field-member-role")}</TableHeaderCell>
              {team && <TableHeaderCell>{m.t("field-login")}</TableHeaderCell>}
              {team && <TableHeaderCell />}
            </TableRow>
          </TableHeader>
          <TableBody>
            {staff.map((s) => (
              <TableRow key={s.id} data-testid="staff-row">
                <TableCell>
                  <bdi data-testid="staff-name">{s.name}</bdi>
                  {s.id === session.me?.id && ` (${m.t("staff-you")})`}
                  {!s.active && ` (${m.t("staff-inactive")})`}
                </TableCell>
                <TableCell>{s.email}</TableCell>
                <TableCell data-testid="staff-role">{m.t(labelIds.role(s.role))}</TableCell>
                {team && <TableCell>{s.login}</TableCell>}
                {team && (
                  <TableCell>
                    <GuardedButton action="manageStaff" size="small" onClick={() => setEditing(s)} data-testid="staff-edit">
                      {m.t("action-edit")}
                    </GuardedButton>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {team && (
        <div>
          <GuardedButton action="manageStaff" onClick={() => setEditing("new")} data-testid="staff-add">{m.t("staff-add")}</GuardedButton>
        </div>
      )}
      {editing && (
        <StaffDialog
          member={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => { setEditing(null); void invalidateAll(); }}
        />
      )}
    </Card>
  );
}

function StaffDialog(props: { member: StaffMember | null; onClose: () => void; onSaved: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const form = useFormStyles();
  const { session } = useSession();
  const [input, setInput] = useState<StaffInput>(() => inputOf(props.member, session.uiLanguage));
  const errors = useFieldErrors();
  const set = <K extends keyof StaffInput>(key: K, value: StaffInput[K]) => setInput((i) => ({ ...i, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const member = props.member;
    return errors.attempt(async () => {
      await (member ? api.updateStaffMember(member.id, input) : api.addStaffMember(input));
      props.onSaved();
    });
  };
  const text = (key: "name" | "email" | "login", field: "memberName" | "memberEmail" | "login", hint?: string) => (
    <Field label={m.t(labelIds.field(field))} required hint={hint} validationMessage={errors.of(field)}>
      <Input data-testid={`staff-${key}`} dir="auto" value={input[key]} onChange={(_, d) => set(key, d.value)} />
    </Field>
  );
  return (
    <AppDialog onClose={props.onClose} className={styles.surface}>
      <form onSubmit={submit} noValidate data-testid="staff-form">
        <DialogBody>
          <DialogTitle>{m.t(props.member ? "staff-edit-title" : "staff-add-title")}</DialogTitle>
          <DialogContent className={form.grid}>
            <ErrorBar error={errors.error} className={form.wide} testId="staff-error" />
            {text("name", "memberName")}
            {text("email", "memberEmail")}
            <Field label={m.t(labelIds.field("memberRole"))} required validationMessage={errors.of("memberRole")}>
              <Select className={form.select} data-testid="staff-role-choice" value={input.role ?? ""} onChange={(_, d) => set("role", (d.value || null) as StaffInput["role"])}>
                <option value="">{m.t("choose")}</option>
                {session.roles.map((r) => <option key={r} value={r}>{m.t(labelIds.role(r))}</option>)}
              </Select>
            </Field>
            <Field label={m.t(labelIds.field("language"))} required validationMessage={errors.of("language")}>
              <Select className={form.select} data-testid="staff-language" value={input.language ?? ""} onChange={(_, d) => set("language", d.value as StaffInput["language"])}>
                {session.languages.map((l) => <option key={l} value={l}>{m.t(labelIds.language(l))}</option>)}
              </Select>
            </Field>
            {text("login", "login", m.t("staff-login-hint"))}
            <Field validationMessage={errors.of("active")}>
              <Checkbox data-testid="staff-active" label={m.t(labelIds.field("active"))} checked={input.active} onChange={(_, d) => set("active", d.checked === true)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onClose}>{m.t("action-cancel")}</Button>
            <Button appearance="primary" type="submit" disabled={errors.busy} data-testid="staff-save">{m.t("action-save")}</Button>
          </DialogActions>
        </DialogBody>
      </form>
    </AppDialog>
  );
}
