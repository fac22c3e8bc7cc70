import { Body1, Title1, makeStyles, tokens } from "@fluentui/react-components";
import type { Session } from "../../bindings/Session";
import { useMessages } from "../../i18n";
import { useSession } from "../../session";
import { ProfileForm, profileInput } from "./ProfileForm";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalXXXL, overflowY: "auto", height: "100vh", boxSizing: "border-box" },
  intro: { display: "block", maxWidth: "720px", margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalL}` },
});

export function FirstRun({ onDone }: { onDone: (s: Session) => void }) {
  const m = useMessages();
  const { session } = useSession();
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid="first-run">
      <Title1 as="h1">{m.t("setup-title")}</Title1>
      <Body1 className={styles.intro}>{m.t("setup-intro")}</Body1>
      <ProfileForm initial={profileInput(null, session.uiLanguage)} submitLabel={m.t("setup-submit")} onSaved={onDone} />
    </main>
  );
}
