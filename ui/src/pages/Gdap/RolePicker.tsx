import { Button, Caption1, Checkbox, Label, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ENTRA_ROLES } from "../../bindings/EntraRoles";
import { useMessages } from "../../i18n";

const useStyles = makeStyles({
  list: {
    display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(300px, 1fr))", columnGap: tokens.spacingHorizontalM,
    maxHeight: "240px", overflowY: "auto", padding: tokens.spacingVerticalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  role: { display: "flex", flexDirection: "column", "& label": { paddingBottom: 0 } },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, paddingLeft: "32px" },
  tools: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * Microsoft Entra built-in roles to choose from, in the core's catalogue order, each with
 * Microsoft's name and its template ID (the same in every tenant).
 */
export function RolePicker(props: { value: string[]; onChange: (ids: string[]) => void; validationMessage?: string; testId: string }) {
  const m = useMessages();
  const styles = useStyles();
  const chosen = new Set(props.value);
  const toggle = (id: string, on: boolean) =>
    props.onChange(ENTRA_ROLES.map((r) => r.id).filter((r) => (r === id ? on : chosen.has(r))));
  return (
    // A group of its own rather than a Fluent Field, whose one control's id, required mark and
    // validity would be handed to every checkbox.
    <fieldset className={styles.group} aria-describedby={`${props.testId}-hint`}>
      <legend className={styles.legend}><Label required>{m.t("field-roles")}</Label></legend>
      <div className={styles.tools}>
        <Text data-testid={`${props.testId}-count`}>{m.t("gdap-roles-chosen", { count: chosen.size })}</Text>
        <Button size="small" appearance="subtle" onClick={() => props.onChange([])} disabled={chosen.size === 0}>{m.t("gdap-roles-clear")}</Button>
      </div>
      <div className={styles.list} data-testid={props.testId}>
        {ENTRA_ROLES.map((r) => (
          <div key={r.id} className={styles.role}>
            <Checkbox
              data-testid={`role-${r.id}`}
              checked={chosen.has(r.id)}
              onChange={(_, d) => toggle(r.id, d.checked === true)}
              label={r.name}
            />
            <span className={styles.id}>{r.id}</span>
          </div>
        ))}
      </div>
      <Caption1 id={`${props.testId}-hint`} className={styles.hint}>{m.t("gdap-roles-hint")}</Caption1>
      {props.validationMessage && <Text role="alert" className={styles.error} data-testid={`${props.testId}-error`}>{props.validationMessage}</Text>}
    </fieldset>
  );
}
