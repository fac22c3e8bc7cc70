import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import { api } from "../api";
import type { MicrosoftPage } from "../bindings/MicrosoftPage";
import { useMessages } from "../i18n";
import { useFieldErrors } from "./useFieldErrors";

const useStyles = makeStyles({
  root: { display: "inline-flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  link: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * Opens one of Microsoft's pages in the web browser (the core builds its address for the
 * partner's cloud and the user's language); says so, or why it cannot.
 */
export function MicrosoftPageLink(props: { page: MicrosoftPage; customerId?: number; label: string; testId: string }) {
  const m = useMessages();
  const styles = useStyles();
  const errors = useFieldErrors();
  return (
    <span className={styles.root}>
      <Link as="button" className={styles.link} data-testid={props.testId}
        onClick={() => errors.attempt(() => api.openMicrosoftPage(props.page, props.customerId ?? null), m.t("ms-opened"))}>
        {props.label}<Open16Regular aria-hidden />
      </Link>
      {errors.error && <Text size={200} className={styles.error} role="alert">{errors.error.message}</Text>}
    </span>
  );
}
