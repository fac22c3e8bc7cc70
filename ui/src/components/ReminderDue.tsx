import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Action } from "../bindings/Action";
import { useMessages } from "../i18n";
import { GuardedButton } from "./GuardedButton";

const useStyles = makeStyles({
  due: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

/**
 * The flag of an invitation or GDAP request whose reminder is due, and the button that drafts it
 * (for those whose role sends the first email). `testId` prefixes the test ids.
 */
export function ReminderDue(props: { action: Action; testId: string; onRemind: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  return (
    <span className={styles.due}>
      <Badge appearance="tint" color="warning" data-testid={`${props.testId}-reminder-due`}>{m.t("reminder-due")}</Badge>
      <GuardedButton
        action={props.action}
        size="small"
        data-testid={`${props.testId}-remind`}
        // Inside a row that opens on click or Enter: the reminder only.
        onClick={(e) => { e.stopPropagation(); props.onRemind(); }}
        onKeyDown={(e) => e.stopPropagation()}
      >
        {m.t("reminder-send")}
      </GuardedButton>
    </span>
  );
}
