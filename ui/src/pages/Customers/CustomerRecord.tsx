import {
  Badge, Button, Field, Input, MessageBar, MessageBarBody, SpinButton, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell,
  TableRow, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { api } from "../../api";
import type { Customer } from "../../bindings/Customer";
import { ErrorBar } from "../../components/ErrorBar";
import { GuardedButton } from "../../components/GuardedButton";
import { MicrosoftPageLink } from "../../components/MicrosoftPageLink";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { useFieldErrors } from "../../components/useFieldErrors";
import { useMessages } from "../../i18n";
import { labelIds } from "../../labels";
import { useActivity, useInvalidateAll, useRemovalCheck, useSubscriptions, useUsers } from "../../queries";
import { useSession } from "../../session";
import { AdminRelationships } from "../Gdap/AdminRelationships";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, backgroundColor: tokens.colorNeutralBackground2 },
  facts: { display: "grid", gridTemplateColumns: "max-content 1fr", gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
  label: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  form: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap" },
  // Five sections' names do not fit one line of a narrow window in every language: they wrap.
  tabs: { flexWrap: "wrap" },
});

type Section = "account" | "subscriptions" | "users" | "gdap" | "activity";

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const styles = useStyles();
  return (
    <div className={styles.facts}>
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: "contents" }}>
          <Text className={styles.label}>{label}</Text>
          <Text>{value}</Text>
        </div>
      ))}
    </div>
  );
}

function Subscriptions({ customer }: { customer: Customer }) {
  const m = useMessages();
  const styles = useStyles();
  const subscriptions = useSubscriptions(customer.id);
  const items = subscriptions.data ?? [];
  const [offer, setOffer] = useState("");
  const [quantity, setQuantity] = useState(1);
  const errors = useFieldErrors();
  const invalidateAll = useInvalidateAll();
  const act = async (what: () => Promise<unknown>) => {
    errors.clear();
    try {
      await what();
      await invalidateAll();
    } catch (e) {
      errors.fail(e);
    }
  };
  return (
    <>
      <ErrorBar error={errors.error ?? subscriptions.error} />
      {items.length === 0 ? <Text className={styles.label}>{m.t("subscriptions-empty")}</Text> : (
        <Table size="small" aria-label={m.t("record-subscriptions")} data-testid="subscriptions-table">
          <TableHeader><TableRow>
            <TableHeaderCell>{m.t("field-offer")}</TableHeaderCell>
            <TableHeaderCell>{m.t("field-quantity")}</TableHeaderCell>
            <TableHeaderCell>{m.t("subscriptions-col-status")}</TableHeaderCell>
            <TableHeaderCell><VisuallyHidden>{m.t("col-actions")}</VisuallyHidden></TableHeaderCell>
          </TableRow></TableHeader>
          <TableBody>
            {items.map((s) => (
              <TableRow key={s.id} data-testid="subscription-row">
                <TableCell>{s.offer}</TableCell>
                <TableCell>{s.quantity}</TableCell>
                <TableCell><Badge appearance="tint" color={s.status === "active" ? "success" : "warning"}>{m.t(labelIds.subscriptionStatus(s.status))}</Badge></TableCell>
                <TableCell>
                  <GuardedButton action="manageSubscriptions" size="small" data-testid={s.status === "active" ? "subscription-suspend" : "subscription-reactivate"}
                    onClick={() => act(() => api.setSubscriptionStatus(s.id, s.status === "active" ? "suspended" : "active"))}>
                    {m.t(s.status === "active" ? "subscription-suspend" : "subscription-reactivate")}
                  </GuardedButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {customer.relationship === "reseller" && (
        <div className={styles.form}>
          <Field label={m.t("field-offer")} validationMessage={errors.of("offer")}>
            <Input data-testid="subscription-offer" dir="auto" value={offer} onChange={(_, d) => setOffer(d.value)} />
          </Field>
          <Field label={m.t("field-quantity")} validationMessage={errors.of("quantity")}>
            <SpinButton data-testid="subscription-quantity" value={quantity} min={1} max={100000} onChange={(_, d) => setQuantity(d.value ?? (Number(d.displayValue) || 1))} />
          </Field>
          <GuardedButton action="manageSubscriptions" data-testid="subscription-add" onClick={() => act(async () => { await api.addSubscription(customer.id, { offer, quantity }); setOffer(""); })}>
            {m.t("subscription-add")}
          </GuardedButton>
        </div>
      )}
    </>
  );
}

function Users({ customer }: { customer: Customer }) {
  const m = useMessages();
  const styles = useStyles();
  const users = useUsers(customer.id);
  const items = users.data ?? [];
  const [name, setName] = useState("");
  const [upn, setUpn] = useState("");
  const [licences, setLicences] = useState("");
  const errors = useFieldErrors();
  const invalidateAll = useInvalidateAll();
  const add = async () => {
    errors.clear();
    try {
      await api.addUser(customer.id, { displayName: name, userPrincipalName: upn, licences: licences.split(",") });
      setName(""); setUpn(""); setLicences("");
      await invalidateAll();
    } catch (e) {
      errors.fail(e);
    }
  };
  return (
    <>
      <ErrorBar error={errors.error ?? users.error} />
      {items.length === 0 ? <Text className={styles.label}>{m.t("users-empty")}</Text> : (
        <Table size="small" aria-label={m.t("record-users")}>
          <TableHeader><TableRow>
            <TableHeaderCell>{m.t("field-display-name")}</TableHeaderCell>
            <TableHeaderCell>{m.t("field-user-principal-name")}</TableHeaderCell>
            <TableHeaderCell>{m.t("field-licences")}</TableHeaderCell>
          </TableRow></TableHeader>
          <TableBody>
            {items.map((u) => (
              <TableRow key={u.id}>
                <TableCell><bdi>{u.displayName}</bdi></TableCell>
                <TableCell>{u.userPrincipalName}</TableCell>
                <TableCell>{u.licences.map((l) => <Badge key={l} appearance="tint" shape="rounded">{l}</Badge>)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div className={styles.form}>
        <Field label={m.t("field-display-name")} validationMessage={errors.of("displayName")}><Input dir="auto" value={name} onChange={(_, d) => setName(d.value)} /></Field>
        <Field label={m.t("field-user-principal-name")} validationMessage={errors.of("userPrincipalName")}><Input dir="auto" value={upn} onChange={(_, d) => setUpn(d.value)} /></Field>
        <Field label={m.t("field-licences")} hint={m.t("customer-tags-hint")} validationMessage={errors.of("licences")}><Input dir="auto" value={licences} onChange={(_, d) => setLicences(d.value)} /></Field>
        <GuardedButton action="manageUsers" onClick={add}>{m.t("user-add")}</GuardedButton>
      </div>
    </>
  );
}

function CustomerActivity({ customer, onShowAll }: { customer: Customer; onShowAll: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const items = useActivity({ customerId: customer.id, action: null, from: null, to: null, offset: 0, limit: 100 }).data?.items ?? [];
  return (
    <>
      <div className={styles.facts} data-testid="record-activity">
        {items.map((e) => (
          <div key={e.id} style={{ display: "contents" }}>
            <Text className={styles.label}>{m.dateTime(e.at)}</Text>
            <Text>{e.description} · {e.actorName}</Text>
          </div>
        ))}
      </div>
      <div>
        <Button onClick={onShowAll} data-testid="record-show-activity">{m.t("record-show-activity")}</Button>
      </div>
    </>
  );
}

/** A customer's record, shown under its row: account, subscriptions, users, admin relationships, activity. */
export function CustomerRecord(props: {
  customer: Customer;
  onEdit: () => void;
  onRequest: () => void;
  onRemove: () => void;
  onShowActivity: () => void;
}) {
  const m = useMessages();
  const styles = useStyles();
  const { session } = useSession();
  const [section, setSection] = useState<Section>("account");
  const c = props.customer;
  const cloud = session.profile!.cloud;
  // Checked only for a reseller relationship, the one that can be removed.
  const removalCheck = useRemovalCheck(c.id, c.relationship === "reseller");
  const removal = removalCheck.isError ? null : (removalCheck.data ?? null);
  const dapErrors = useFieldErrors();
  const invalidateAll = useInvalidateAll();
  return (
    <div className={styles.root} data-testid="customer-record">
      <TabList className={styles.tabs} selectedValue={section} onTabSelect={(_, d) => setSection(d.value as Section)} size="small">
        <Tab value="account" data-testid="record-tab-account">{m.t("record-account")}</Tab>
        <Tab value="subscriptions" data-testid="record-tab-subscriptions">{m.t("record-subscriptions")}</Tab>
        <Tab value="users" data-testid="record-tab-users">{m.t("record-users")}</Tab>
        <Tab value="gdap" data-testid="record-tab-gdap">{m.t("record-gdap")}</Tab>
        <Tab value="activity" data-testid="record-tab-activity">{m.t("record-activity")}</Tab>
      </TabList>
      {section === "account" && (
        <>
          <Facts rows={[
            [m.t("customers-col-relationship"), <span data-testid="record-relationship">{m.t(labelIds.relationship(c.relationship))}</span>],
            [m.t("record-dap"), <span data-testid="record-dap">{c.dapRemoval
              ? m.t("record-dap-removed", { date: m.dateTime(c.dapRemoval.at), name: c.dapRemoval.by })
              : m.t(c.dapGranted ? "yes" : "no")}</span>],
            [m.t("field-provider"), c.providerName ?? "—"],
            [m.t("field-microsoft-id"), c.microsoftId && session.partnerCenterPages
              ? <>{c.microsoftId} <MicrosoftPageLink page="partnerCenterCustomer" customerId={c.id} label={m.t("ms-open-customer")} testId="record-open-partner-center" /></>
              : c.microsoftId ?? m.t("customers-unknown-id")],
            [m.t("field-contact-name"), c.contactName || "—"],
            [m.t("field-contact-email"), c.contactEmail || "—"],
            [m.t("field-country"), m.country(c.country)],
            [m.t("field-language"), m.t(labelIds.language(c.language))],
            [m.t("record-accepts-in"), m.t(labelIds.portal(cloud))],
            [m.t("field-notes"), c.notes || "—"],
          ]} />
          {c.dapRemoval && (
            <MessageBar intent="info" data-testid="record-dap-support"><MessageBarBody>{m.t("record-dap-support")}</MessageBarBody></MessageBar>
          )}
          <ErrorBar error={dapErrors.error} />
          <div className={styles.actions}>
            <GuardedButton action="editCustomer" onClick={props.onEdit} data-testid="record-edit">{m.t("action-edit")}</GuardedButton>
            {c.dapGranted && (
              <GuardedButton
                action="editCustomer"
                disabled={dapErrors.busy}
                onClick={() => dapErrors.attempt(async () => { await api.recordDapRemoved(c.id); await invalidateAll(); })}
                data-testid="record-dap-removed"
              >
                {m.t("record-dap-removed-action")}
              </GuardedButton>
            )}
            <GuardedButton action="requestRelationship" onClick={props.onRequest} data-testid="record-request">{m.t("customers-request")}</GuardedButton>
            {c.relationship === "reseller" && (
              <GuardedButton
                action="removeRelationship"
                disabled={removal !== null && !removal.allowed}
                onClick={props.onRemove}
                data-testid="record-remove"
                data-reason={removal && !removal.allowed ? removal.reason : undefined}
              >
                {m.t("removal-open")}
              </GuardedButton>
            )}
          </div>
          {removal && !removal.allowed && removal.activeSubscriptions.length > 0 && (
            <MessageBar intent="warning" data-testid="record-remove-blocked"><MessageBarBody>{removal.reason}</MessageBarBody></MessageBar>
          )}
        </>
      )}
      {section === "subscriptions" && <Subscriptions customer={c} />}
      {section === "users" && <Users customer={c} />}
      {section === "gdap" && <AdminRelationships customer={c} />}
      {section === "activity" && <CustomerActivity customer={c} onShowAll={props.onShowActivity} />}
    </div>
  );
}
