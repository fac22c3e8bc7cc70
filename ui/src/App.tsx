import {
  Caption1, CounterBadge, FluentProvider, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text, Toaster, makeStyles,
  makeStaticStyles, tokens, useId, webDarkTheme, webLightTheme,
} from "@fluentui/react-components";
import { BuildingMultiple20Regular, History20Regular, Mail20Regular, People20Regular, Settings20Regular, ShieldKeyhole20Regular } from "@fluentui/react-icons";
import { useEffect, useState, type ReactNode } from "react";
import { api, asApiError } from "./api";
import type { ApiError } from "./bindings/ApiError";
import type { Customer } from "./bindings/Customer";
import type { Session } from "./bindings/Session";
import { Messages, MessagesProvider, useMessages } from "./i18n";
import { labelIds } from "./labels";
import {
  FIRST_CUSTOMERS_QUERY, QueryProvider, createQueryClient, reads, useRemindersDue, useWorkspaceUnreachable,
} from "./queries";
import { LiveRegionProvider } from "./components/LiveRegion";
import { Truncate } from "./components/Truncate";
import { UpdatedBar } from "./components/UpdatedBar";
import { ActivityPage } from "./pages/Activity/ActivityPage";
import { CustomersPage } from "./pages/Customers/CustomersPage";
import { IndirectProvidersPage } from "./pages/IndirectProviders/IndirectProvidersPage";
import { GdapPage } from "./pages/Gdap/GdapPage";
import { InvitationsPage } from "./pages/Invitations/InvitationsPage";
import { SettingsPage } from "./pages/Settings/SettingsPage";
import { FirstRun } from "./pages/Setup/FirstRun";
import { WaitingForWorkspace, useConnecting } from "./pages/Setup/WaitingForWorkspace";
import { SessionProvider, useSession } from "./session";
import { markStartup } from "./timing";

const useStyles = makeStyles({
  root: { height: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: "flex", alignItems: "center", gap: tokens.spacingHorizontalL, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  partner: { flex: 1, minWidth: 0, opacity: 0.9 },
  signedIn: { flexShrink: 0 },
  body: { display: "flex", flex: 1, minHeight: 0 },
  // As wide as its longest entry in the current language, so no entry wraps or is cut.
  nav: { width: "max-content", minWidth: "200px", flexShrink: 0, padding: tokens.spacingVerticalM, backgroundColor: tokens.colorNeutralBackground1, borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  content: { flex: 1, display: "flex", minWidth: 0, backgroundColor: tokens.colorNeutralBackground1 },
  center: { margin: "auto" },
  due: { marginInlineStart: tokens.spacingHorizontalS },
});

// Labels of buttons and menu entries stay on one line in every language; where a row of them is
// too long, the row wraps (button by button), never a label inside its button.
const useGlobalStyles = makeStaticStyles({
  "button.fui-Button": { whiteSpace: "nowrap", flexShrink: 0 },
  ".fui-Tab__content": { whiteSpace: "nowrap" },
});

type PageKey = "customers" | "indirectProviders" | "invitations" | "gdap" | "activity" | "settings";

function usePrefersDark(): boolean {
  const query = "(prefers-color-scheme: dark)";
  const [dark, setDark] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.(query);
    if (!mq) return;
    const on = (e: MediaQueryListEvent) => setDark(e.matches);
    mq.addEventListener("change", on);
    return () => mq.removeEventListener("change", on);
  }, []);
  return dark;
}

/** How many reminders are due on a page of the menu, said in words to a screen reader. */
function DueCount({ count, testId }: { count: number; testId: string }) {
  const m = useMessages();
  const styles = useStyles();
  if (count === 0) return null;
  return (
    <span className={styles.due} data-testid={testId} data-count={count}>
      <CounterBadge
        count={count}
        overflowCount={999}
        color="important"
        size="small"
        aria-label={m.t("reminders-due-badge", { count })}
        title={m.t("reminders-due-badge", { count })}
      />
    </span>
  );
}

/** Once per launch, asks the shell to tell the user by a desktop notification that reminders
 *  are due (the core decides whether, at most once a day). */
function useReminderNotice() {
  useEffect(() => {
    if (reminderNoticeAsked) return;
    reminderNoticeAsked = true;
    // The answer is noted on the page, where the journeys wait for it.
    api.showReminderNotice().then(
      (shown) => { document.documentElement.dataset.reminderNotice = shown ? "shown" : "none"; },
      () => { document.documentElement.dataset.reminderNotice = "failed"; },
    );
  }, []);
}
let reminderNoticeAsked = false;

function Shell() {
  const m = useMessages();
  const styles = useStyles();
  const { session } = useSession();
  const toasterId = useId("toaster");
  const [page, setPage] = useState<PageKey>("customers");
  const [activityCustomer, setActivityCustomer] = useState<Customer | null>(null);
  const showActivity = (c: Customer) => {
    setActivityCustomer(c);
    setPage("activity");
  };
  const profile = session.profile!;
  const unreachable = useWorkspaceUnreachable();
  const showProviders = session.invitationKinds.includes("reseller_with_provider");
  const due = useRemindersDue().data;
  useReminderNotice();
  const current = page === "indirectProviders" && !showProviders ? "customers" : page;

  const pages: Record<PageKey, ReactNode> = {
    customers: <CustomersPage toasterId={toasterId} onShowActivity={showActivity} />,
    indirectProviders: <IndirectProvidersPage />,
    invitations: <InvitationsPage />,
    gdap: <GdapPage />,
    activity: <ActivityPage toasterId={toasterId} customer={activityCustomer} onClearCustomer={() => setActivityCustomer(null)} />,
    settings: <SettingsPage />,
  };

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text className={styles.brand}>{m.t("app-name")}</Text>
        <Truncate className={styles.partner} text={profile.companyName} testId="partner-name" />
        {session.me && (
          <Caption1 className={styles.signedIn} data-testid="signed-in">
            {m.bidi("signed-in-as", { name: session.me.name, role: m.t(labelIds.role(session.me.role)) })}
          </Caption1>
        )}
      </header>
      <UpdatedBar updated={session.updated} />
      {unreachable && (
        <MessageBar intent="warning" data-testid="workspace-unreachable" role="status">
          <MessageBarBody>{m.t("workspace-unreachable-banner")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.body}>
        <nav className={styles.nav} aria-label={m.t("nav-label")}>
          <TabList vertical size="large" selectedValue={current} onTabSelect={(_, d) => setPage(d.value as PageKey)} data-testid="nav">
            <Tab value="customers" icon={<People20Regular />} data-testid="nav-customers">{m.t("nav-customers")}</Tab>
            {showProviders && <Tab value="indirectProviders" icon={<BuildingMultiple20Regular />} data-testid="nav-indirect-providers">{m.t("nav-indirect-providers")}</Tab>}
            <Tab value="invitations" icon={<Mail20Regular />} data-testid="nav-invitations">
              {m.t("nav-invitations")}<DueCount count={due?.invitations ?? 0} testId="nav-invitations-due" />
            </Tab>
            <Tab value="gdap" icon={<ShieldKeyhole20Regular />} data-testid="nav-gdap">
              {m.t("nav-gdap")}<DueCount count={due?.adminRelationships ?? 0} testId="nav-gdap-due" />
            </Tab>
            <Tab value="activity" icon={<History20Regular />} data-testid="nav-activity">{m.t("nav-activity")}</Tab>
            <Tab value="settings" icon={<Settings20Regular />} data-testid="nav-settings">{m.t("nav-settings")}</Tab>
          </TabList>
        </nav>
        <div className={styles.content}>{pages[current]}</div>
      </div>
      <Toaster toasterId={toasterId} position="bottom-end" />
    </div>
  );
}

export function App() {
  const styles = useStyles();
  useGlobalStyles();
  const dark = usePrefersDark();
  const [session, setSession] = useState<Session | null>(null);
  const [messages, setMessages] = useState<Messages | null>(null);
  const [fatal, setFatal] = useState<ApiError | null>(null);
  // A team workspace that did not answer at start-up is waited for, in the system's language.
  const connecting = useConnecting();
  const language = session?.uiLanguage ?? connecting?.language;

  const [queryClient] = useState(createQueryClient);

  useEffect(() => {
    if (connecting === null) {
      api.getSession().then((s) => {
        markStartup("session");
        // The Customers page's list is asked for at once, while the translations load and the
        // page is first drawn, rather than once it has been.
        if (s.profile) void queryClient.prefetchQuery(reads.customers(FIRST_CUSTOMERS_QUERY));
        setSession(s);
      }, (e) => setFatal(asApiError(e)));
    }
  }, [connecting === null]);

  // A new language applies at once: its messages load and every page re-renders with them.
  useEffect(() => {
    if (!language) return;
    api.loadTranslations(language).then((t) => {
      markStartup("translations");
      document.documentElement.lang = t.language;
      setMessages(new Messages(t));
    }, (e) => setFatal(asApiError(e)));
  }, [language]);

  let body: ReactNode;
  if (fatal) {
    body = <MessageBar intent="error" className={styles.center}><MessageBarBody>{fatal.message}</MessageBarBody></MessageBar>;
  } else if (connecting && messages) {
    body = connecting.failures > 0
      ? <MessagesProvider messages={messages}><WaitingForWorkspace status={connecting} /></MessagesProvider>
      : <Spinner className={styles.center} label={messages.t("workspace-connecting-to", { server: connecting.server })} data-testid="workspace-connecting-first" />;
  } else if (!session || !messages) {
    // While a newly chosen language loads, the screen stays as it is (with what the user typed).
    body = <Spinner className={styles.center} />;
  } else {
    body = (
      <MessagesProvider messages={messages}>
        <SessionProvider value={{ session, setSession }}>
          <QueryProvider client={queryClient}>
            <LiveRegionProvider>
              {session.profile ? <Shell /> : <FirstRun onDone={setSession} />}
            </LiveRegionProvider>
          </QueryProvider>
        </SessionProvider>
      </MessagesProvider>
    );
  }
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: "100vh", display: "flex", flexDirection: "column" }} data-testid="app" data-ready={messages && (connecting === null || (connecting?.failures ?? 0) > 0) ? "true" : "false"}>
      {body}
    </FluentProvider>
  );
}
