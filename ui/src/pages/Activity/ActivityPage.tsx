import {
  Button, Field, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
  Toast, ToastTitle, makeStyles, tokens, useToastController,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, Dismiss16Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { api, asApiError } from "../../api";
import type { ActivityAction } from "../../bindings/ActivityAction";
import type { ActivityQuery } from "../../bindings/ActivityQuery";
import type { ApiError } from "../../bindings/ApiError";
import type { Customer } from "../../bindings/Customer";
import { DateField } from "../../components/DateField";
import { ErrorBar } from "../../components/ErrorBar";
import { Page } from "../../components/Page";
import { Pager } from "../../components/Pager";
import { ScrollRegion } from "../../components/ScrollRegion";
import { isolate, useMessages } from "../../i18n";
import { allValues, labelIds } from "../../labels";
import { useActivity } from "../../queries";

const PAGE_SIZE = 100;

const useStyles = makeStyles({
  filters: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap" },
  when: { whiteSpace: "nowrap", width: "190px" },
  who: { width: "260px" },
  muted: { color: tokens.colorNeutralForeground3 },
  detail: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function ActivityPage(props: { toasterId: string; customer: Customer | null; onClearCustomer: () => void }) {
  const { toasterId } = props;
  const m = useMessages();
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);
  const [query, setQuery] = useState<ActivityQuery>({ customerId: props.customer?.id ?? null, action: null, from: null, to: null, offset: 0, limit: PAGE_SIZE });
  useEffect(() => {
    setQuery((q) => ({ ...q, customerId: props.customer?.id ?? null, offset: 0 }));
  }, [props.customer]);
  const activity = useActivity(query);
  const page = activity.data;
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const error = activity.error ?? exportError;

  const filter = (change: Partial<ActivityQuery>) => setQuery((q) => ({ ...q, ...change, offset: 0 }));
  const exportLog = async () => {
    setExportError(null);
    try {
      const path = await api.exportActivity(query);
      if (path) dispatchToast(<Toast><ToastTitle>{m.t("export-saved", { path })}</ToastTitle></Toast>, { intent: "success" });
    } catch (e) {
      setExportError(asApiError(e));
    }
  };

  return (
    <Page
      testId="page-activity"
      title={m.t("activity-title")}
      commands={<Button icon={<ArrowDownload20Regular />} onClick={exportLog} data-testid="activity-export">{m.t("activity-export")}</Button>}
    >
      <div className={styles.filters}>
        {props.customer && (
          <Field label={m.t("activity-filter-customer")}>
            <Button icon={<Dismiss16Regular />} iconPosition="after" onClick={props.onClearCustomer} data-testid="activity-customer" title={m.t("activity-filter-customer-clear")}>
              <bdi>{props.customer.companyName}</bdi>
            </Button>
          </Field>
        )}
        <Field label={m.t("activity-filter-action")}>
          <Select data-testid="activity-action" value={query.action ?? ""} onChange={(_, d) => filter({ action: d.value ? (d.value as ActivityAction) : null })}>
            <option value="">{m.t("filter-all")}</option>
            {allValues.activity.map((a) => <option key={a} value={a}>{m.t(labelIds.activityAction(a))}</option>)}
          </Select>
        </Field>
        <DateField label={m.t("activity-filter-from")} testId="activity-from" value={query.from} onChange={(from) => filter({ from })} />
        <DateField label={m.t("activity-filter-to")} testId="activity-to" value={query.to} onChange={(to) => filter({ to })} />
      </div>
      <ErrorBar error={error} />
      {!page && !error && <Spinner label={m.t("loading")} />}
      {page && page.total === 0 && <Text className={styles.muted}>{m.t("activity-empty")}</Text>}
      {page && page.total > 0 && (
        <>
          <ScrollRegion label={m.t("activity-title")}>
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
                    <TableCell>{m.bidi("signed-in-as", { name: e.actorName, role: m.t(labelIds.role(e.actorRole)) })}</TableCell>
                    <TableCell>
                      {isolate(e.description, e.subject)}
                      {e.detail && <span className={styles.detail}>{e.detail}</span>}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
          <Pager offset={page.offset} count={page.items.length} total={page.total} pageSize={PAGE_SIZE} onOffset={(offset) => setQuery((q) => ({ ...q, offset }))} />
        </>
      )}
    </Page>
  );
}
