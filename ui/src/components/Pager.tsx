import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDoubleLeft20Regular, ChevronDoubleRight20Regular, ChevronLeft20Regular, ChevronRight20Regular } from "@fluentui/react-icons";
import type { ReactElement } from "react";
import { useMessages } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "flex-end", flexWrap: "wrap" },
});

/** The offset of the last page of `total` rows, `pageSize` a page. */
export function lastPageOffset(total: number, pageSize: number): number {
  return total <= 0 ? 0 : Math.floor((total - 1) / pageSize) * pageSize;
}

/** First, previous, next and last page of a list, with where the user is. The `total` may not be
 *  known yet (it is counted apart): the rows shown are, and a short page is the last. */
export function Pager(props: { offset: number; count: number; total: number | undefined; pageSize: number; onOffset: (o: number) => void }) {
  const m = useMessages();
  const styles = useStyles();
  const { offset, count, total, pageSize, onOffset } = props;
  const atStart = offset === 0;
  const atEnd = total === undefined ? count < pageSize : offset + count >= total;
  const button = (label: string, icon: ReactElement, disabled: boolean, to: number, testId: string) => (
    <Button icon={icon} aria-label={label} title={label} disabled={disabled} onClick={() => onOffset(to)} data-testid={testId} />
  );
  return (
    <div role="group" className={styles.root} aria-label={m.t("pager-label")}>
      <Text data-testid="pager-summary">
        {total === undefined
          ? m.t("pager-range", { shown: count, first: offset + 1, last: offset + count })
          : m.t("pager-summary", { first: total === 0 ? 0 : offset + 1, last: offset + count, total })}
      </Text>
      {button(m.t("pager-first"), <ChevronDoubleLeft20Regular />, atStart, 0, "pager-first")}
      {button(m.t("pager-previous"), <ChevronLeft20Regular />, atStart, Math.max(0, offset - pageSize), "pager-previous")}
      {button(m.t("pager-next"), <ChevronRight20Regular />, atEnd, offset + pageSize, "pager-next")}
      {button(m.t("pager-last"), <ChevronDoubleRight20Regular />, total === undefined || atEnd, lastPageOffset(total ?? 0, pageSize), "pager-last")}
    </div>
  );
}
