import { Body1, Field, Select, Title1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { api, asApiError } from "../../api";
import type { ApiError } from "../../bindings/ApiError";
import type { Language } from "../../bindings/Language";
import type { Session } from "../../bindings/Session";
import { ErrorBar } from "../../components/ErrorBar";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
import { useSession } from "../../session";
import { ProfileForm, profileInput } from "./ProfileForm";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalXXXL, overflowY: "auto", height: "100vh", boxSizing: "border-box" },
  header: { display: "flex", flexWrap: "wrap", alignItems: "start", justifyContent: "space-between", gap: tokens.spacingHorizontalXL, maxWidth: "960px" },
  language: { minWidth: "220px" },
  intro: { display: "block", maxWidth: "720px", margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalL}` },
});

export function FirstRun({ onDone }: { onDone: (s: Session) => void }) {
  const m = useMessages();
  const { session, setSession } = useSession();
  const styles = useStyles();
  const [error, setError] = useState<ApiError | null>(null);
  // Setup speaks the chosen language at once, before anything is saved.
  const choose = (language: Language) => api.setUiLanguage(language).then(
    (s) => { setError(null); setSession(s); },
    (e) => setError(asApiError(e)),
  );
  return (
    <main className={styles.root} data-testid="first-run">
      <div className={styles.header}>
        <Title1 as="h1">{m.t("setup-title")}</Title1>
        <Field className={styles.language} label={m.t("setup-ui-language")} hint={m.t("setup-ui-language-hint")}>
          <Select data-testid="setup-language" value={session.uiLanguage} onChange={(_, d) => choose(d.value as Language)}>
            {session.languages.map((l) => <option key={l} value={l} lang={l}>{m.t(labelIds.language(l))}</option>)}
          </Select>
        </Field>
      </div>
      <ErrorBar error={error} />
      <Body1 className={styles.intro}>{m.t("setup-intro")}</Body1>
      <ProfileForm initial={profileInput(null, null, session.uiLanguage)} language={session.uiLanguage} submitLabel={m.t("setup-submit")} onSaved={onDone} />
    </main>
  );
}
