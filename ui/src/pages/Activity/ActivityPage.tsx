import { MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { api, asApiError } from "../../api";
import type { ActivityEntry } from "../../bindings/ActivityEntry";
import type { ActivityPage as Page_ } from "../../bindings/ActivityPage";
import type { ApiError } from "../../bindings/ApiError";
import { Page } from "../../components/Page";
import { Pager } from "../../components/Pager";
import { useMessages, type Messages } from "../../i18n";
import { labelIds } from "../../labels";

const PAGE_SIZE = 100;

const useStyles = makeStyles({
  tableWrap: { overflow: "auto", flex: 1, minHeight: 0 },
  when: { whiteSpace: "nowrap", width: "190px" },
  who: { width: "280px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function describe(m: Messages, e: ActivityEntry): string {
  return m.t(labelIds.activity(e.action), {
    subject: e.subject,
    fields: m.list(e.changed.map((f) => m.t(labelIds.field(f)))),
  });
}

export function ActivityPage() {
  const m = useMessages();
  const styles = useStyles();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<Page_ | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    api.listActivity({ customerId: null, offset, limit: PAGE_SIZE }).then(
      (p) => live && setPage(p),
      (e) => live && setError(asApiError(e)),
    );
    return () => { live = false; };
  }, [offset]);

  return (
    <Page testId="page-activity" title={m.t("activity-title")}>
      {error && <MessageBar intent="error"><MessageBarBody>{error.message}</MessageBarBody></MessageBar>}
      {!page && !error && <Spinner label={m.t("loading")} />}
      {page && page.total === 0 && <Text className={styles.muted}>{m.t("activity-empty")}</Text>}
      {page && page.total > 0 && (
        <>
          <div className={styles.tableWrap}>
            <Table aria-label={m.t("activity-title")} size="small" data-testid="activity-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.when}>{m.t("activity-col-when")}</TableHeaderCell>
                  <TableHeaderCell className={styles.who}>{m.t("activity-col-who")}</TableHeaderCell>
                  <TableHeaderCell>{m.t("activity-col-what")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {page.items.map((e) => (
                  <TableRow key={e.id} data-testid="activity-row">
                    <TableCell className={styles.when}>{m.dateTime(e.at)}</TableCell>
                    <TableCell>{m.t("signed-in-as", { name: e.actorName, role: m.t(labelIds.role(e.actorRole)) })}</TableCell>
                    <TableCell>{describe(m, e)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Pager offset={page.offset} count={page.items.length} total={page.total} pageSize={PAGE_SIZE} onOffset={setOffset} />
        </>
      )}
    </Page>
  );
}
