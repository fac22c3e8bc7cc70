import {
  Badge, Button, Checkbox, SearchBox, Spinner, Tab, TabList, Table, TableBody, TableCell,
  TableHeader, TableHeaderCell, TableRow, Text, Toast, ToastTitle, createFocusOutlineStyle, makeStyles, tokens,
  useToastController,
} from "@fluentui/react-components";
import { Add20Regular, ArrowDownload20Regular, ArrowUpload20Regular, ChevronDown20Regular, ChevronRight20Regular, Edit20Regular, Mail20Regular } from "@fluentui/react-icons";
import { replaceEqualDeep } from "@tanstack/react-query";
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from "react";
import { api, asApiError } from "../../api";
import { markSearchKey, markSearchPainted, markSearchRendered, markStartup } from "../../timing";
import type { Invitation } from "../../bindings/Invitation";
import type { Customer } from "../../bindings/Customer";
import type { CustomerQuery } from "../../bindings/CustomerQuery";
import type { CustomerSort } from "../../bindings/CustomerSort";
import type { Relationship } from "../../bindings/Relationship";
import { GuardedButton } from "../../components/GuardedButton";
import { Page } from "../../components/Page";
import { Pager } from "../../components/Pager";
import { Truncate } from "../../components/Truncate";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
import { FIRST_CUSTOMERS_QUERY, useCustomerCounts, useCustomers, useInvalidateAll, usePrefetchCustomers } from "../../queries";
import { CustomerDialog } from "./CustomerDialog";
import { CustomerRecord } from "./CustomerRecord";
import { ImportDialog } from "./ImportDialog";
import { RemoveDialog } from "./RemoveDialog";
import { RequestDialog } from "./RequestDialog";
import { BulkRequestDialog } from "./BulkRequestDialog";
import type { CustomerSelection } from "../../bindings/CustomerSelection";
import { ErrorBar } from "../../components/ErrorBar";
import { useSettled } from "../../settled";

const PAGE_SIZE = FIRST_CUSTOMERS_QUERY.limit;
/** How long typing must pause before the views' totals are counted for the search. */
const COUNT_AFTER_MS = 300;

const useStyles = makeStyles({
  toolbar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center" },
  search: { flex: 1, maxWidth: "460px" },
  commands: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  tableWrap: { overflow: "auto", flex: 1, minHeight: 0 },
  // The list's rows are plain table rows styled as Fluent's small table rows: fifty of Fluent's
  // row, cell and layout components cost a search more to render than its query.
  row: {
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1Hover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed, color: tokens.colorNeutralForeground1Pressed },
  },
  cell: { height: "34px", padding: `0 ${tokens.spacingHorizontalS}`, verticalAlign: "middle", overflow: "hidden" },
  // Long names are cut to one line (whole in their tooltip) instead of wrapping to many.
  nameCell: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  nameButtons: { display: "inline-flex", flexShrink: 0 },
  // The browser's own button, drawn as Fluent's small subtle icon button: a hundred of Fluent's
  // Button cost every search that changes the rows more to render than the rest of them.
  rowButton: {
    display: "inline-flex", alignItems: "center", justifyContent: "center", width: "24px", height: "24px",
    padding: 0, border: "none", borderRadius: tokens.borderRadiusMedium, backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2, cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground2BrandHover },
    ":hover:active": { backgroundColor: tokens.colorSubtleBackgroundPressed, color: tokens.colorNeutralForeground2BrandPressed },
    ...createFocusOutlineStyle(),
  },
  // Each column keeps its share of the width whatever the rows hold, so a new page needs no
  // new measuring of every cell.
  table: { tableLayout: "fixed" },
  tags: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
  rowCheck: { width: "16px", height: "16px", margin: `0 ${tokens.spacingHorizontalS}`, accentColor: tokens.colorCompoundBrandBackground, cursor: "pointer" },
  selectCell: { width: "44px", padding: `0 ${tokens.spacingHorizontalXS}`, verticalAlign: "middle" },
  selection: {
    display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** The views, the Customers page proper first. */
const VIEWS: Relationship[] = ["reseller", "invited", "prospect", "removed"];

// Shares of the table's width: the table keeps to the window, the name gets the most room.
const COLUMNS: { sort: CustomerSort | null; label: string; width: string }[] = [
  { sort: "companyName", label: "customers-col-company", width: "30%" },
  { sort: "primaryDomain", label: "customers-col-domain", width: "20%" },
  { sort: "microsoftId", label: "customers-col-microsoft-id", width: "20%" },
  { sort: "relationship", label: "customers-col-relationship", width: "15%" },
  { sort: null, label: "customers-col-tags", width: "15%" },
];

let windowReadyReported = false;

/** Tells the log, once per launch, that the window has painted its first page (the second
 *  animation frame runs after the first has been painted) and takes input. */
function reportWindowReady() {
  if (windowReadyReported) return;
  windowReadyReported = true;
  markStartup("customers-rendered");
  requestAnimationFrame(() => {
    markStartup("customers");
    requestAnimationFrame(() => void api.windowReady(Math.round(performance.now())).catch(() => {}));
  });
}

export function CustomersPage({ toasterId, onShowActivity }: { toasterId: string; onShowActivity: (c: Customer) => void }) {
  const m = useMessages();
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);
  // The view is the relationship: "reseller" is Partner Center's Customers page; the others are one
  // click away, each with its count from the core.
  const [query, setQuery] = useState<CustomerQuery>(FIRST_CUSTOMERS_QUERY);
  const customers = useCustomers(query);
  const prefetchCustomers = usePrefetchCustomers();
  // The views' totals are counted apart, once typing pauses: the rows answer every keystroke
  // without waiting for every match to be counted, or sharing the processor with counts no one
  // has read yet. Until the count answers the search shown, no total is shown rather than the last.
  const counted = useSettled(query.search, COUNT_AFTER_MS);
  const countsRead = useCustomerCounts(counted);
  const page = customers.data;
  const counts = countsRead.data;
  const countsShown = counts && !countsRead.isPlaceholderData && counted === query.search;
  const total = countsShown ? counts[query.relationship] : undefined;
  const error = customers.error ?? countsRead.error;
  const [editing, setEditing] = useState<Customer | "new" | null>(null);
  const [requesting, setRequesting] = useState<Customer | "new" | null>(null);
  const [removing, setRemoving] = useState<Customer | null>(null);
  const [importing, setImporting] = useState(false);
  const [expanded, setExpanded] = useState<number | null>(null);
  // The customers picked for a bulk request in this view, or all that match its search.
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const [matching, setMatching] = useState<string | null>(null);
  const [bulk, setBulk] = useState<{ customers: CustomerSelection; count: number } | null>(null);
  const selectedCount = matching !== null ? total ?? 0 : picked.size;
  const toggle = useCallback((ids: number[], on: boolean) => {
    setMatching(null);
    setPicked((p) => {
      const next = new Set(p);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);
  // One object for every row, so a row whose customer did not change is not rendered again.
  const rowActions = useMemo<RowActions>(
    () => ({ onExpand: setExpanded, onEdit: setEditing, onRequest: setRequesting, onRemove: setRemoving, onShowActivity, onPick: toggle }),
    [onShowActivity, toggle],
  );
  const clearSelection = () => { setPicked(new Set()); setMatching(null); };
  const invalidateAll = useInvalidateAll();
  const toast = (text: ReactNode, intent: "success" | "error" = "success") =>
    dispatchToast(<Toast><ToastTitle>{text}</ToastTitle></Toast>, { intent });

  useEffect(() => {
    if (!windowReadyReported) markStartup("customers-page");
  }, []);
  // The first answer on screen is the end of start-up: the log notes how long it took.
  useEffect(() => {
    if (page) reportWindowReady();
  }, [page]);

  // The keystroke whose text the list now asks for, to time its paint.
  const [asked, setAsked] = useState(0);
  const answered = page !== undefined && !customers.isPlaceholderData;
  useLayoutEffect(() => {
    if (answered) markSearchRendered(asked);
  }, [answered, page, asked]);
  useEffect(() => {
    if (answered) markSearchPainted(asked);
  }, [answered, page, asked]);

  /** Shows one view; `reveal` also clears the search, so a customer just added or invited is in sight. */
  const showView = (relationship: Relationship, reveal = false) => {
    if (relationship !== query.relationship) clearSelection();
    setQuery((q) => ({ ...q, relationship, offset: 0, search: reveal ? "" : q.search }));
  };

  const sortBy = useCallback(
    (sort: CustomerSort) => setQuery((q) => ({ ...q, sort, descending: q.sort === sort ? !q.descending : false, offset: 0 })),
    [],
  );

  const saved = (c: Customer, added: boolean) => {
    setEditing(null);
    // A new customer is a prospect: show that view, where it now is.
    if (added) showView(c.relationship, true);
    void invalidateAll();
    toast(m.bidi(added ? "customer-added" : "customer-updated", { company: c.companyName }));
  };

  // The view switches in the same update that closes the dialog: the list read again after the
  // change would otherwise no longer hold the customer, and its open record (with the control
  // focus returns to) would vanish under the keyboard.
  const sent = (i: Invitation) => {
    setRequesting(null);
    showView(i.customerRelationship, true);
    toast(m.bidi("request-sent", { company: i.customerName }));
    void invalidateAll();
  };

  const exportList = async () => {
    try {
      const path = await api.exportCustomers(query.relationship);
      if (path) toast(m.t("export-saved", { path }));
    } catch (e) {
      toast(asApiError(e).message, "error");
    }
  };

  return (
    <Page
      testId="page-customers"
      title={m.t("customers-title")}
      commands={
        <div className={styles.commands}>
          <GuardedButton action="requestRelationship" appearance="primary" icon={<Mail20Regular />} onClick={() => setRequesting("new")} data-testid="customers-request">
            {m.t("customers-request")}
          </GuardedButton>
          <GuardedButton action="addCustomer" icon={<Add20Regular />} onClick={() => setEditing("new")} data-testid="customers-add">
            {m.t("customers-add")}
          </GuardedButton>
          <GuardedButton action="recordAcceptance" icon={<ArrowUpload20Regular />} onClick={() => setImporting(true)} data-testid="customers-import">
            {m.t("customers-import")}
          </GuardedButton>
          <Button icon={<ArrowDownload20Regular />} onClick={exportList} data-testid="customers-export">{m.t("customers-export")}</Button>
        </div>
      }
    >
      <div className={styles.toolbar}>
        <SearchBox
          className={styles.search}
          placeholder={m.t("customers-search")}
          aria-label={m.t("customers-search")}
          value={query.search}
          onChange={(_, d) => {
            // Each keystroke asks at once, before the page renders it: the list then finds its
            // question on the way. The list shows the answer to the newest text only: an older one
            // arriving later is kept for its own text (typed again by a backspace, it shows at
            // once) and never shown over it.
            const next = { ...query, search: d.value, offset: 0 };
            setAsked(markSearchKey());
            prefetchCustomers(next);
            setQuery(next);
          }}
          input={{ "data-testid": "customers-search" } as never}
        />
        {total !== undefined && <Text data-testid="customers-count">{m.t("customers-count", { count: total })}</Text>}
      </div>
      <TabList
        aria-label={m.t("customers-views")}
        selectedValue={query.relationship}
        onTabSelect={(_, d) => showView(d.value as Relationship)}
        data-testid="customers-views"
      >
        {VIEWS.map((r) => (
          <Tab key={r} value={r} data-testid={`customers-view-${r}`}>
            {m.t(labelIds.customerView(r), { count: countsShown ? counts[r] : "…" })}
          </Tab>
        ))}
      </TabList>
      <ErrorBar error={error} />
      {(picked.size > 0 || matching !== null) && (
        <div className={styles.selection} role="region" aria-label={m.t("customers-selected", { count: selectedCount })} data-testid="customers-selection">
          <Text data-testid="customers-selected">{m.t("customers-selected", { count: selectedCount })}</Text>
          {matching === null && total !== undefined && total > picked.size && (
            <Button size="small" appearance="subtle" data-testid="customers-select-matching" onClick={() => setMatching(query.search)}>
              {m.t("customers-select-matching", { count: total })}
            </Button>
          )}
          <Button size="small" appearance="subtle" data-testid="customers-clear-selection" onClick={clearSelection}>{m.t("customers-clear-selection")}</Button>
          <GuardedButton
            action="requestRelationship"
            size="small"
            appearance="primary"
            icon={<Mail20Regular />}
            data-testid="customers-request-selected"
            onClick={() => setBulk({
              customers: matching !== null
                ? { by: "matching", search: matching, relationship: query.relationship }
                : { by: "picked", ids: [...picked] },
              count: selectedCount,
            })}
          >
            {m.t("customers-request-selected")}
          </GuardedButton>
        </div>
      )}
      {!page && !error && <Spinner label={m.t("loading")} />}
      {page && page.items.length === 0 && page.offset === 0 && (
        <Text className={styles.muted} data-testid="customers-empty">
          {query.search ? m.bidi("customers-no-match", { search: query.search }) : m.t(labelIds.customerViewEmpty(query.relationship))}
        </Text>
      )}
      {page && (page.items.length > 0 || page.offset > 0) && (
        <CustomerTable
          items={page.items}
          sort={query.sort}
          descending={query.descending}
          expanded={expanded}
          onSort={sortBy}
          picked={picked}
          allPicked={matching !== null}
          actions={rowActions}
        />
      )}
      {page && (page.items.length > 0 || page.offset > 0) && (
        <Pager offset={page.offset} count={page.items.length} total={total} pageSize={PAGE_SIZE} onOffset={(offset) => setQuery((q) => ({ ...q, offset }))} />
      )}
      {editing && (
        <CustomerDialog
          customer={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(c) => saved(c, editing === "new")}
        />
      )}
      {requesting && (
        <RequestDialog
          customer={requesting === "new" ? null : requesting}
          onClose={() => setRequesting(null)}
          kind="reseller"
          onSent={sent}
        />
      )}
      {removing && (
        <RemoveDialog
          customer={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => { toast(m.bidi("removal-done", { company: removing.companyName })); setRemoving(null); setExpanded(null); void invalidateAll(); }}
        />
      )}
      {bulk && (
        <BulkRequestDialog
          customers={bulk.customers}
          count={bulk.count}
          onClose={() => { setBulk(null); clearSelection(); }}
          onRecorded={() => void invalidateAll()}
        />
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} onImported={() => { setImporting(false); void invalidateAll(); }} />}
    </Page>
  );
}

type CustomerTableProps = {
  items: Customer[];
  sort: CustomerSort;
  descending: boolean;
  expanded: number | null;
  onSort: (sort: CustomerSort) => void;
  picked: ReadonlySet<number>;
  /** Every customer that matches is selected, whatever is picked. */
  allPicked: boolean;
  actions: RowActions;
};

/** What the controls of a row (and the page's checkbox) do, the same for every row. */
type RowActions = {
  onExpand: (id: number | null) => void;
  onEdit: (c: Customer) => void;
  onRequest: (c: Customer) => void;
  onRemove: (c: Customer) => void;
  onShowActivity: (c: Customer) => void;
  onPick: (ids: number[], on: boolean) => void;
};

/** The page of customers. Rendered again only when the page or its sort changes, not on every
 *  keystroke in the search box: typing stays quick with a long list on screen. */
const CustomerTable = memo(function CustomerTable({
  items, sort, descending, expanded, onSort, picked, allPicked, actions,
}: CustomerTableProps) {
  const m = useMessages();
  const styles = useStyles();
  const onPage = items.map((c) => c.id);
  const pickedOnPage = allPicked ? onPage.length : onPage.filter((id) => picked.has(id)).length;
  const pageState = pickedOnPage === 0 ? false : pickedOnPage === onPage.length ? true : "mixed";
  return (
    <div className={styles.tableWrap}>
      <Table className={styles.table} aria-label={m.t("customers-title")} data-testid="customers-table" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.selectCell}>
              <Checkbox
                aria-label={m.t("customers-select-page")}
                checked={pageState}
                onChange={() => actions.onPick(onPage, pageState !== true)}
                data-testid="customers-select-page"
              />
            </TableHeaderCell>
            {COLUMNS.map((c) => (
              <TableHeaderCell
                key={c.label}
                style={{ width: c.width }}
                sortable={c.sort !== null}
                sortDirection={c.sort && sort === c.sort ? (descending ? "descending" : "ascending") : undefined}
                onClick={c.sort ? () => onSort(c.sort as CustomerSort) : undefined}
                data-testid={c.sort ? `sort-${c.sort}` : undefined}
              >
                {m.t(c.label)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((c, index) => (
            // Rows are kept by position, so the next page or search changes their text instead of
            // building fifty new rows; the open record is kept by its customer, with its state.
            <CustomerRow
              key={expanded === c.id ? `open-${c.id}` : index}
              customer={c}
              expanded={expanded === c.id}
              picked={allPicked || picked.has(c.id)}
              actions={actions}
            />
          ))}
        </TableBody>
      </Table>
    </div>
  );
});

type CustomerRowProps = {
  customer: Customer;
  /** Its record is open below it. */
  expanded: boolean;
  picked: boolean;
  actions: RowActions;
};

/** One customer's row, and its record below it when open. Rendered again only when its customer
 *  or its state changed: a keystroke that leaves a row's customer as it was skips the row. */
const CustomerRow = memo(function CustomerRow({
  customer: c, expanded, picked, actions,
}: CustomerRowProps) {
  const { onExpand, onEdit, onRequest, onRemove, onShowActivity, onPick } = actions;
  const m = useMessages();
  const styles = useStyles();
  return (
    <>
      <tr className={styles.row} data-testid="customer-row" onDoubleClick={() => onEdit(c)}>
        <td className={styles.selectCell}>
          {/* The browser's own checkbox, in Fluent's accent: fifty of Fluent's Checkbox cost a
              search more to render than its query. */}
          <input
            type="checkbox"
            className={styles.rowCheck}
            aria-label={m.t("customers-select-row", { company: c.companyName })}
            checked={picked}
            onChange={(e) => onPick([c.id], e.currentTarget.checked)}
            data-testid="customer-select"
          />
        </td>
        <td className={styles.cell}>
          <div className={styles.nameCell}>
            <span className={styles.nameButtons}>
              <button
                type="button"
                className={styles.rowButton}
                aria-label={m.t("customers-expand-row", { company: c.companyName })}
                aria-expanded={expanded}
                onClick={() => onExpand(expanded ? null : c.id)}
                data-testid="customer-expand"
              >
                {expanded ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
              </button>
              <button
                type="button"
                className={styles.rowButton}
                aria-label={m.t("customers-edit-row", { company: c.companyName })}
                title={m.t("customers-edit-row", { company: c.companyName })}
                onClick={() => onEdit(c)}
                data-testid="customer-edit"
              >
                <Edit20Regular />
              </button>
            </span>
            <Truncate text={c.companyName} testId="customer-name" />
          </div>
        </td>
        <td className={styles.cell}><Truncate text={c.primaryDomain} /></td>
        <td className={styles.cell}>
          {c.microsoftId ? <Truncate className={styles.mono} text={c.microsoftId} /> : <span className={styles.muted}>{m.t("customers-unknown-id")}</span>}
        </td>
        <td className={styles.cell}>{m.t(labelIds.relationship(c.relationship))}</td>
        <td className={styles.cell}>
          <span className={styles.tags}>
            {c.tags.map((t) => <Badge key={t} appearance="tint" shape="rounded">{t}</Badge>)}
          </span>
        </td>
      </tr>
      {expanded && (
        <TableRow>
          <TableCell colSpan={COLUMNS.length + 1}>
            <CustomerRecord
              customer={c}
              onEdit={() => onEdit(c)}
              onRequest={() => onRequest(c)}
              onRemove={() => onRemove(c)}
              onShowActivity={() => onShowActivity(c)}
            />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}, sameProps);

/** Whether a row shows the same as before: the same flags and actions, and a customer equal in
 *  every field (each answer from the core is a new object, even for a customer that did not change). */
function sameProps(before: CustomerRowProps, now: CustomerRowProps): boolean {
  return before.expanded === now.expanded && before.picked === now.picked && before.actions === now.actions
    && replaceEqualDeep(before.customer, now.customer) === before.customer;
}
