import { makeStyles, mergeClasses } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "block", minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

/**
 * User text on one line (a company name), cut with an ellipsis when it does not fit; the whole
 * text stays readable as the tooltip. `dir="auto"` keeps a right-to-left name in its own direction.
 */
export function Truncate({ text, className, testId }: { text: string; className?: string; testId?: string }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.root, className)} title={text} dir="auto" data-testid={testId}>
      {text}
    </span>
  );
}
