import { Body1 } from "@fluentui/react-components";
import { Page } from "../../components/Page";
import { useMessages } from "../../i18n";

export function IndirectProvidersPage() {
  const m = useMessages();
  return (
    <Page testId="page-indirect-providers" title={m.t("indirect-providers-title")}>
      <Body1>{m.t("indirect-providers-not-yet")}</Body1>
    </Page>
  );
}
