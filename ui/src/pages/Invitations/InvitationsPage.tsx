import { Body1 } from "@fluentui/react-components";
import { Page } from "../../components/Page";
import { useMessages } from "../../i18n";

export function InvitationsPage() {
  const m = useMessages();
  return (
    <Page testId="page-invitations" title={m.t("invitations-title")}>
      <Body1>{m.t("invitations-not-yet")}</Body1>
    </Page>
  );
}
