import {
  Badge, Button, MessageBar, MessageBarBody, SearchBox, Spinner, Table, TableBody, TableCell, TableCellLayout,
  TableHeader, TableHeaderCell, TableRow, Text, Toast, ToastTitle, makeStyles, tokens, useToastController,
} from "@fluentui/react-components";
import { Add20Regular, Edit20Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { api, asApiError } from "../../api";
import type { ApiError } from "../../bindings/ApiError";
import type { Customer } from "../../bindings/Customer";
import type { CustomerPage } from "../../bindings/CustomerPage";
import type { CustomerQuery } from "../../bindings/CustomerQuery";
import type { CustomerSort } from "../../bindings/CustomerSort";
import { GuardedButton } from "../../components/GuardedButton";
import { Page } from "../../components/Page";
import { Pager } from "../../components/Pager";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
import { CustomerDialog } from "./CustomerDialog";

const PAGE_SIZE = 50;

const useStyles = makeStyles({
  toolbar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center" },
  search: { flex: 1, maxWidth: "520px" },
  tableWrap: { overflow: "auto", flex: 1, minHeight: 0 },
  tags: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
});

const COLUMNS: { sort: CustomerSort | null; label: string }[] = [
  { sort: "companyName", label: "customers-col-company" },
  { sort: "primaryDomain", label: "customers-col-domain" },
  { sort: "microsoftId", label: "customers-col-microsoft-id" },
  { sort: "relationship", label: "customers-col-relationship" },
  { sort: null, label: "customers-col-tags" },
];

export function CustomersPage({ toasterId }: { toasterId: string }) {
  const m = useMessages();
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);
  const [search, setSearch] = useState("");
  const [query, setQuery] = useState<CustomerQuery>({ search: "", relationship: null, sort: "companyName", descending: false, offset: 0, limit: PAGE_SIZE });
  const [page, setPage] = useState<CustomerPage | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<Customer | "new" | null>(null);
  const [reload, setReload] = useState(0);

  // Typing waits a moment before searching, so each keystroke does not hit the database.
  useEffect(() => {
    const t = setTimeout(() => setQuery((q) => (q.search === search ? q : { ...q, search, offset: 0 })), 200);
    return () => clearTimeout(t);
  }, [search]);

  useEffect(() => {
    let live = true;
    api.listCustomers(query).then(
      (p) => { if (live) { setPage(p); setError(null); } },
      (e) => { if (live) setError(asApiError(e)); },
    );
    return () => { live = false; };
  }, [query, reload]);

  const sortBy = (sort: CustomerSort) =>
    setQuery((q) => ({ ...q, sort, descending: q.sort === sort ? !q.descending : false, offset: 0 }));

  const saved = (c: Customer, added: boolean) => {
    setEditing(null);
    setReload((r) => r + 1);
    dispatchToast(
      <Toast><ToastTitle>{m.t(added ? "customer-added" : "customer-updated", { company: c.companyName })}</ToastTitle></Toast>,
      { intent: "success" },
    );
  };

  return (
    <Page
      testId="page-customers"
      title={m.t("customers-title")}
      commands={
        <GuardedButton action="addCustomer" appearance="primary" icon={<Add20Regular />} onClick={() => setEditing("new")} data-testid="customers-add">
          {m.t("customers-add")}
        </GuardedButton>
      }
    >
      <div className={styles.toolbar}>
        <SearchBox
          className={styles.search}
          placeholder={m.t("customers-search")}
          aria-label={m.t("customers-search")}
          value={search}
          onChange={(_, d) => setSearch(d.value)}
          input={{ "data-testid": "customers-search" } as never}
        />
        {page && <Text data-testid="customers-count">{m.t("customers-count", { count: page.total })}</Text>}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      {!page && !error && <Spinner label={m.t("loading")} />}
      {page && page.total === 0 && (
        <Text className={styles.muted} data-testid="customers-empty">
          {query.search ? m.t("customers-no-match", { search: query.search }) : m.t("customers-empty")}
        </Text>
      )}
      {page && page.total > 0 && (
        <div className={styles.tableWrap}>
          <Table aria-label={m.t("customers-title")} data-testid="customers-table" size="small">
            <TableHeader>
              <TableRow>
                {COLUMNS.map((c) => (
                  <TableHeaderCell
                    key={c.label}
                    sortable={c.sort !== null}
                    sortDirection={c.sort && query.sort === c.sort ? (query.descending ? "descending" : "ascending") : undefined}
                    onClick={c.sort ? () => sortBy(c.sort as CustomerSort) : undefined}
                    data-testid={c.sort ? `sort-${c.sort}` : undefined}
                  >
                    {m.t(c.label)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.items.map((c) => (
                <TableRow key={c.id} data-testid="customer-row" onDoubleClick={() => setEditing(c)}>
                  <TableCell>
                    <TableCellLayout
                      media={
                        <Button
                          appearance="subtle"
                          size="small"
                          icon={<Edit20Regular />}
                          aria-label={m.t("customers-edit-row", { company: c.companyName })}
                          title={m.t("customers-edit-row", { company: c.companyName })}
                          onClick={() => setEditing(c)}
                          data-testid="customer-edit"
                        />
                      }
                    >
                      <span data-testid="customer-name">{c.companyName}</span>
                    </TableCellLayout>
                  </TableCell>
                  <TableCell>{c.primaryDomain}</TableCell>
                  <TableCell>
                    {c.microsoftId ? <span className={styles.mono}>{c.microsoftId}</span> : <span className={styles.muted}>{m.t("customers-unknown-id")}</span>}
                  </TableCell>
                  <TableCell>{m.t(labelIds.relationship(c.relationship))}</TableCell>
                  <TableCell>
                    <span className={styles.tags}>
                      {c.tags.map((t) => <Badge key={t} appearance="tint" shape="rounded">{t}</Badge>)}
                    </span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {page && page.total > 0 && (
        <Pager offset={page.offset} count={page.items.length} total={page.total} pageSize={PAGE_SIZE} onOffset={(offset) => setQuery((q) => ({ ...q, offset }))} />
      )}
      {editing && (
        <CustomerDialog
          customer={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(c) => saved(c, editing === "new")}
        />
      )}
    </Page>
  );
}
