import {
  Button, Card, Field, Input, MessageBar, MessageBarBody, Select, Subtitle1, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { api } from "../../api";
import type { MoveReport } from "../../bindings/MoveReport";
import type { WorkspaceCheck } from "../../bindings/WorkspaceCheck";
import type { WorkspaceInput } from "../../bindings/WorkspaceInput";
import { GuardedButton } from "../../components/GuardedButton";
import { useFormStyles } from "../../components/formStyles";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useMessages } from "../../i18n";
import { allValues, labelIds } from "../../labels";
import { useWorkspace } from "../../queries";
import { ErrorBar } from "../../components/ErrorBar";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, maxWidth: "1000px", flexShrink: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { gridColumn: "1 / -1", display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

const empty: WorkspaceInput = { host: "", port: "", database: "", user: "", tls: "verifyFull" };

/**
 * Settings' workspace: where Liaison keeps its records (the local file or a team workspace), testing
 * a team workspace's address and switching to it. A password typed here goes to the system's
 * keychain; left empty, the one kept there or PostgreSQL's own conventions (.pgpass, PGPASSWORD) supply it.
 */
export function WorkspaceCard() {
  const m = useMessages();
  const styles = useStyles();
  const form = useFormStyles();
  const setting = useWorkspace();
  const [input, setInput] = useState<WorkspaceInput>(empty);
  const [found, setFound] = useState<WorkspaceCheck | null>(null);
  const [moved, setMoved] = useState<MoveReport | null>(null);
  const outcome = useFieldErrors();
  const saved = setting.data?.saved ?? null;
  useEffect(() => {
    if (saved) setInput({ ...saved, port: String(saved.port) });
  }, [saved?.host, saved?.port, saved?.database, saved?.user, saved?.tls]);
  const set = <K extends keyof WorkspaceInput>(key: K, value: WorkspaceInput[K]) => {
    setInput((i) => ({ ...i, [key]: value }));
    setFound(null);
    setMoved(null);
  };
  const locked = setting.data?.fromEnvironment ?? false;
  const team = setting.data?.engine === "postgres";

  const test = () => outcome.attempt(async () => setFound(await api.checkWorkspace(input)));
  const text = (key: "host" | "port" | "database" | "user", field: "host" | "port" | "database" | "login", hint?: string) => (
    <Field label={m.t(labelIds.field(field))} required={key !== "port"} hint={hint} validationMessage={outcome.of(field)}>
      <Input data-testid={`workspace-${key}`} value={input[key]} disabled={locked} onChange={(_, d) => set(key, d.value)} />
    </Field>
  );

  return (
    <Card className={styles.card} data-testid="workspace-card">
      <Subtitle1 as="h2">{m.t("workspace-title")}</Subtitle1>
      <Text className={styles.hint} data-testid="workspace-where">
        {team && saved
          ? m.bidi("workspace-team", { database: saved.database, server: saved.host, user: saved.user })
          : m.t(team ? "workspace-team-environment" : "workspace-local")}
      </Text>
      {!outcome.error?.field && <ErrorBar error={outcome.error} testId="workspace-error" />}
      {moved && (
        <MessageBar intent="success" data-testid="workspace-moved">
          <MessageBarBody>{m.t("workspace-moved", { customers: moved.customers, invitations: moved.invitations, lines: moved.activityLines })}</MessageBarBody>
        </MessageBar>
      )}
      {found && !moved && (
        <MessageBar intent="success" data-testid="workspace-ok">
          <MessageBarBody>{m.t(found.company ? "workspace-ok" : "workspace-ok-empty", { user: found.user })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={form.grid}>
        {text("host", "host")}
        {text("port", "port")}
        {text("database", "database")}
        {text("user", "login")}
        <Field label={m.t(labelIds.field("password"))} hint={m.t("workspace-password-hint")} validationMessage={outcome.of("password")}>
          <Input type="password" autoComplete="off" data-testid="workspace-password" value={input.password ?? ""} disabled={locked} onChange={(_, d) => set("password", d.value)} />
        </Field>
        <Field label={m.t(labelIds.field("tls"))} required validationMessage={outcome.of("tls")}>
          <Select className={form.select} data-testid="workspace-tls" value={input.tls ?? ""} disabled={locked} onChange={(_, d) => set("tls", d.value as WorkspaceInput["tls"])}>
            {allValues.tls.map((t) => <option key={t} value={t}>{m.t(labelIds.tls(t))}</option>)}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button disabled={locked || outcome.busy} onClick={test} data-testid="workspace-test">{m.t("workspace-test")}</Button>
          <Button appearance="primary" disabled={locked || !found} onClick={() => outcome.attempt(() => api.useWorkspace(input))} data-testid="workspace-use">
            {m.t("workspace-use")}
          </Button>
          {!team && (
            <GuardedButton action="manageSettings" disabled={locked || !found || !!moved} onClick={() => outcome.attempt(async () => setMoved(await api.moveToWorkspace(input)))} data-testid="workspace-move">
              {m.t("workspace-move")}
            </GuardedButton>
          )}
          {team && saved && (
            <Button disabled={locked} onClick={() => outcome.attempt(() => api.useWorkspace(null))} data-testid="workspace-use-local">
              {m.t("workspace-use-local")}
            </Button>
          )}
        </div>
        <Text className={styles.hint}>{m.t("workspace-switch-note")}{!team && ` ${m.t("workspace-move-hint")}`}</Text>
      </div>
    </Card>
  );
}
