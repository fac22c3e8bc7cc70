import { Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Draft } from "../bindings/Draft";
import { useMessages } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  body: { minHeight: "260px", "& textarea": { maxHeight: "none", fontFamily: tokens.fontFamilyBase } },
});

/** The editable email of an invitation or a notice: recipient, subject, text. */
export function DraftEditor(props: { draft: Draft; onChange: (d: Draft) => void; errorOf: (f: "recipient" | "subject" | "body") => string | undefined; testId: string }) {
  const m = useMessages();
  const styles = useStyles();
  const { draft, onChange } = props;
  return (
    <div className={styles.root}>
      <Field label={m.t("draft-recipient")} required validationMessage={props.errorOf("recipient")}>
        <Input data-testid={`${props.testId}-recipient`} type="email" dir="auto" value={draft.recipient} onChange={(_, d) => onChange({ ...draft, recipient: d.value })} />
      </Field>
      <Field label={m.t("field-subject")} required validationMessage={props.errorOf("subject")}>
        <Input data-testid={`${props.testId}-subject`} dir="auto" value={draft.subject} onChange={(_, d) => onChange({ ...draft, subject: d.value })} />
      </Field>
      <Field label={m.t("field-body")} validationMessage={props.errorOf("body")}>
        <Textarea className={styles.body} data-testid={`${props.testId}-body`} dir="auto" value={draft.body} resize="vertical" onChange={(_, d) => onChange({ ...draft, body: d.value })} />
      </Field>
    </div>
  );
}
