import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronLeft20Regular, ChevronRight20Regular } from "@fluentui/react-icons";
import { useMessages } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "flex-end" },
});

export function Pager(props: { offset: number; count: number; total: number; pageSize: number; onOffset: (o: number) => void }) {
  const m = useMessages();
  const styles = useStyles();
  const { offset, count, total, pageSize, onOffset } = props;
  return (
    <div className={styles.root}>
      <Text data-testid="pager-summary">
        {m.t("pager-summary", { first: total === 0 ? 0 : offset + 1, last: offset + count, total })}
      </Text>
      <Button
        icon={<ChevronLeft20Regular />}
        aria-label={m.t("pager-previous")}
        title={m.t("pager-previous")}
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - pageSize))}
      />
      <Button
        icon={<ChevronRight20Regular />}
        aria-label={m.t("pager-next")}
        title={m.t("pager-next")}
        disabled={offset + count >= total}
        onClick={() => onOffset(offset + pageSize)}
      />
    </div>
  );
}
