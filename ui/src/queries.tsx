// What the UI reads from the core, cached by TanStack Query. Each answer is keyed by the core's
// command and its arguments, so one question has one answer wherever it is asked; every answer is
// read again when the core reports a change, or after the UI wrote something itself.
import {
  QueryClient, QueryClientProvider, keepPreviousData, queryOptions, useQuery, useQueryClient,
} from "@tanstack/react-query";
import { listen, type Event } from "@tauri-apps/api/event";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { api } from "./api";
import type { ActivityAction } from "./bindings/ActivityAction";
import type { ActivityQuery } from "./bindings/ActivityQuery";
import type { ApiError } from "./bindings/ApiError";
import type { Change } from "./bindings/Change";
import type { Cloud } from "./bindings/Cloud";
import type { Customer } from "./bindings/Customer";
import type { CustomerQuery } from "./bindings/CustomerQuery";
import type { InvitationQuery } from "./bindings/InvitationQuery";
import { RECONNECT_DELAYS_MS } from "./bindings/ReconnectDelays";
import { useSession } from "./session";

declare module "@tanstack/react-query" {
  // api.ts turns every failure into an ApiError, so that is what a query's `error` is.
  interface Register {
    defaultError: ApiError;
  }
}

/** The event the core emits after the workspace changed, with a Change as its payload. */
export const CHANGED_EVENT = "liaison://changed";

/** Changes that can change the session too: the signed-in staff member's name and grants, the profile. */
const SESSION_CHANGES: ActivityAction[] = ["staff_added", "staff_updated", "profile_created", "profile_updated"];

/** The Customers page's first question: the first page of reseller customers by name. */
export const FIRST_CUSTOMERS_QUERY: CustomerQuery = {
  search: "", relationship: "reseller", sort: "companyName", descending: false, offset: 0, limit: 50,
};

/** The app's query cache, empty. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The core runs on this computer: a read never waits for the system to say it is online.
        networkMode: "always",
        // The core says when something changed; focus or a reconnected network tells nothing new.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // A page switched back to shows its last answer at once, and reads again only after a
        // change or when the answer is older than this (a change the core could not announce).
        staleTime: 30_000,
        // A team workspace's server that went away is tried again and again, ever more slowly, until
        // it answers (a banner says so meanwhile); a failing store twice; the core's refusals never.
        retry: (failures, error) => error.code === "unreachable" || (failures < 2 && error.code === "storage"),
        retryDelay: (failures) => RECONNECT_DELAYS_MS[Math.min(failures, RECONNECT_DELAYS_MS.length - 1)],
      },
      mutations: { networkMode: "always" },
    },
  });
}

/** A read of the core: its cache key is the command and the arguments the call passes. */
function read<A extends unknown[], T>(command: string, fetch: (...args: A) => Promise<T>) {
  return (...args: A) => queryOptions({ queryKey: [command, ...args], queryFn: () => fetch(...args) });
}

/** Every read, by the command name api.ts passes to the core. */
export const reads = {
  // The rows with the offset they start at, which a page still shown while the next is read keeps.
  customers: read("list_customers", async (query: CustomerQuery) => ({ items: await api.listCustomers(query), offset: query.offset })),
  customerCounts: read("customer_counts", api.customerCounts),
  customer: read("get_customer", api.getCustomer),
  activity: read("list_activity", api.listActivity),
  invitations: read("list_invitations", api.listInvitations),
  providers: read("list_providers", api.listProviders),
  linkHost: read("get_link_host", api.getLinkHost),
  subscriptions: read("list_subscriptions", api.listSubscriptions),
  users: read("list_users", api.listUsers),
  removalCheck: read("removal_check", api.removalCheck),
  staff: read("list_staff", api.listStaff),
  workspace: read("get_workspace", api.getWorkspace),
  backups: read("list_backups", api.listBackups),
  adminRelationships: read("list_admin_relationships", api.listAdminRelationships),
  gdapOverview: read("gdap_overview", api.gdapOverview),
  roleTemplates: read("list_role_templates", api.listRoleTemplates),
  remindersDue: read("reminders_due", api.remindersDue),
};

// A paged list keeps its rows in view while another page, view, filter or search is read, instead
// of flashing a spinner or its empty state.
const paged = { placeholderData: keepPreviousData };

export const useCustomers = (query: CustomerQuery) => useQuery({ ...reads.customers(query), ...paged });

/** Starts reading a page of customers now, unless its answer is already cached, so that a
 *  `useCustomers` rendered later for it finds the question on its way. */
export function usePrefetchCustomers(): (query: CustomerQuery) => void {
  const client = useQueryClient();
  return useCallback((query: CustomerQuery) => void client.prefetchQuery(reads.customers(query)), [client]);
}
export const useCustomerCounts = (search: string) => useQuery({ ...reads.customerCounts(search), ...paged });
export const useActivity = (query: ActivityQuery) => useQuery({ ...reads.activity(query), ...paged });
export const useInvitations = (query: InvitationQuery) => useQuery({ ...reads.invitations(query), ...paged });
export const useProviders = (enabled = true) => useQuery({ ...reads.providers(), enabled });
export const useLinkHost = (cloud: Cloud) => useQuery(reads.linkHost(cloud));
export const useSubscriptions = (customerId: number) => useQuery(reads.subscriptions(customerId));
export const useUsers = (customerId: number) => useQuery(reads.users(customerId));
export const useRemovalCheck = (customerId: number, enabled = true) => useQuery({ ...reads.removalCheck(customerId), enabled });
export const useStaff = () => useQuery(reads.staff());
export const useWorkspace = () => useQuery(reads.workspace());
export const useBackups = () => useQuery(reads.backups());
export const useAdminRelationships = (customerId: number | null) => useQuery(reads.adminRelationships(customerId));
export const useGdapOverview = () => useQuery(reads.gdapOverview());
export const useRoleTemplates = () => useQuery(reads.roleTemplates());
export const useRemindersDue = () => useQuery(reads.remindersDue());

/** Reads a customer as stored now (never from the cache), such as the version a refused save met. */
export function useReadCustomer(): (id: number) => Promise<Customer> {
  const client = useQueryClient();
  return (id) => client.fetchQuery({ ...reads.customer(id), staleTime: 0 });
}

/**
 * Whether the team workspace's server is not answering now: some read is failing for that reason
 * and being tried again. Writes are not retried by themselves; their forms keep what was typed.
 */
export function useWorkspaceUnreachable(): boolean {
  const client = useQueryClient();
  const unreachable = () =>
    client.getQueryCache().getAll().some((q) => q.state.fetchFailureReason?.code === "unreachable");
  const [now, setNow] = useState(unreachable);
  useEffect(() => client.getQueryCache().subscribe(() => setNow(unreachable())), [client]);
  return now;
}

/**
 * For after a write: any list, count or check may have changed, so every answer is out of date and
 * what is on screen is read again. Resolves once it has been (it never rejects).
 */
export function useInvalidateAll(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

/**
 * The app's query cache (`client`, or one of its own), kept current by the core's change events.
 * Inside SessionProvider: a change to staff or the profile (or a resynchronisation) also refreshes
 * the session.
 */
export function QueryProvider({ client: given, children }: { client?: QueryClient; children: ReactNode }) {
  const [client] = useState(() => given ?? createQueryClient());
  const { session, setSession } = useSession();

  useEffect(() => {
    const changed = ({ payload }: Event<Change>) => {
      void client.invalidateQueries();
      if (payload.action === null || SESSION_CHANGES.includes(payload.action)) {
        // On failure the session shown stays as it is until the next change.
        api.getSession().then(setSession, () => {});
      }
    };
    // Outside the app (a test without event mocks) there is nothing to listen to, nor to stop.
    const listening = listen<Change>(CHANGED_EVENT, changed).catch(() => null);
    return () => void listening.then((stop) => stop?.()).catch(() => {});
  }, [client, setSession]);

  // The core words some answers (activity lines, reasons) in the user's language: a new language
  // reads them again.
  const language = useRef(session.uiLanguage);
  useEffect(() => {
    if (language.current === session.uiLanguage) return;
    language.current = session.uiLanguage;
    void client.invalidateQueries();
  }, [client, session.uiLanguage]);

  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
