import { Button, Card, Field, MessageBar, MessageBarBody, Select, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { api, asApiError } from "../../api";
import type { ApiError } from "../../bindings/ApiError";
import type { Language } from "../../bindings/Language";
import { Page } from "../../components/Page";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
import { useInvalidateAll, useLinkHost } from "../../queries";
import { useGrant, useSession } from "../../session";
import { ProfileForm, profileInput } from "../Setup/ProfileForm";
import { BackupsCard } from "./BackupsCard";
import { RemindersCard } from "./RemindersCard";
import { StaffCard } from "./StaffCard";
import { WorkspaceCard } from "./WorkspaceCard";
import { ErrorBar } from "../../components/ErrorBar";

const useStyles = makeStyles({
  scroll: { overflowY: "auto", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, flex: 1, minHeight: 0 },
  card: { padding: tokens.spacingHorizontalXL, maxWidth: "1000px", flexShrink: 0 },
  select: { maxWidth: "320px" },
});

export function SettingsPage() {
  const m = useMessages();
  const styles = useStyles();
  const { session, setSession } = useSession();
  const manage = useGrant("manageSettings");
  const [saved, setSaved] = useState(false);
  const cloud = session.profile?.cloud ?? "public";
  const linkHost = useLinkHost(cloud);
  const hosts = linkHost.data;
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const error = actionError ?? linkHost.error;
  const invalidateAll = useInvalidateAll();
  // The host chosen here; until then, the one in use.
  const [chosenHost, setChosenHost] = useState<string | null>(null);
  const host = chosenHost ?? hosts?.host ?? "";
  const [hostSaved, setHostSaved] = useState(false);
  const saveHost = async () => {
    try {
      setChosenHost(await api.setLinkHost(cloud, host));
      setHostSaved(true);
      setActionError(null);
      void invalidateAll();
    } catch (e) {
      setHostSaved(false);
      setActionError(asApiError(e));
    }
  };

  const changeLanguage = async (language: Language) => {
    try {
      setSession(await api.setUiLanguage(language));
      setActionError(null);
    } catch (e) {
      setActionError(asApiError(e));
    }
  };

  return (
    <Page testId="page-settings" title={m.t("settings-title")}>
      <div className={styles.scroll}>
        <ErrorBar error={error} />
        <Card className={styles.card}>
          <Subtitle1 as="h2">{m.t("settings-language-section")}</Subtitle1>
          <Field label={m.t("field-language")} hint={m.t("settings-language-hint")}>
            <Select className={styles.select} data-testid="settings-language" value={session.uiLanguage} onChange={(_, d) => changeLanguage(d.value as Language)}>
              {session.languages.map((l) => <option key={l} value={l}>{m.t(labelIds.language(l))}</option>)}
            </Select>
          </Field>
        </Card>
        <RemindersCard />
        <Card className={styles.card}>
          <Subtitle1 as="h2">{m.t("settings-profile-section")}</Subtitle1>
          {!manage.allowed && (
            <MessageBar intent="info" data-testid="settings-profile-locked"><MessageBarBody>{manage.reason}</MessageBarBody></MessageBar>
          )}
          {saved && <MessageBar intent="success"><MessageBarBody>{m.t("settings-profile-saved")}</MessageBarBody></MessageBar>}
          <ProfileForm
            key={session.profile?.updatedAt}
            initial={profileInput(session.profile, session.me, session.uiLanguage)}
            submitLabel={m.t("action-save")}
            disabled={!manage.allowed}
            roleFixed={m.t("settings-role-fixed")}
            onSaved={(s) => { setSession(s); setSaved(true); }}
          />
        </Card>
        <Card className={styles.card}>
          <Subtitle1 as="h2">{m.t("settings-links-section")}</Subtitle1>
          {hostSaved && <MessageBar intent="success"><MessageBarBody>{m.t("saved")}</MessageBarBody></MessageBar>}
          <Field label={m.t("settings-link-host", { cloud: m.t(labelIds.cloud(cloud)) })} hint={m.t("settings-link-host-choices")}>
            <Select className={styles.select} data-testid="settings-link-host" value={host} disabled={!manage.allowed || !hosts} onChange={(_, d) => { setChosenHost(d.value); setHostSaved(false); }}>
              {hosts?.choices.map((h, i) => (
                <option key={h} value={h}>{i === 0 ? m.t("settings-link-host-default", { host: h }) : h}</option>
              ))}
            </Select>
          </Field>
          <div>
            <Button disabled={!manage.allowed} onClick={saveHost} data-testid="settings-link-host-save">{m.t("action-save")}</Button>
          </div>
        </Card>
        <WorkspaceCard />
        <StaffCard />
        {session.engine === "sqlite" && <BackupsCard />}
      </div>
    </Page>
  );
}
