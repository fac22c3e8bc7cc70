// The one place that talks to the Rust side. Every command is typed with the types generated
// from Rust in ./bindings; an error is always an ApiError with its message in the user's language.
import { Channel, invoke } from "@tauri-apps/api/core";
import type { ActivityPage } from "./bindings/ActivityPage";
import type { ActivityQuery } from "./bindings/ActivityQuery";
import type { ApiError } from "./bindings/ApiError";
import type { Connecting } from "./bindings/Connecting";
import type { MoveReport } from "./bindings/MoveReport";
import type { WorkspaceCheck } from "./bindings/WorkspaceCheck";
import type { WorkspaceInput } from "./bindings/WorkspaceInput";
import type { WorkspaceSetting } from "./bindings/WorkspaceSetting";
import type { StaffInput } from "./bindings/StaffInput";
import type { StaffMember } from "./bindings/StaffMember";
import type { Backup } from "./bindings/Backup";
import type { Customer } from "./bindings/Customer";
import type { CustomerCounts } from "./bindings/CustomerCounts";
import type { CustomerInput } from "./bindings/CustomerInput";
import type { CustomerQuery } from "./bindings/CustomerQuery";
import type { Language } from "./bindings/Language";
import type { ProfileInput } from "./bindings/ProfileInput";
import type { Session } from "./bindings/Session";
import type { Translations } from "./bindings/Translations";
import type { Cloud } from "./bindings/Cloud";
import type { CustomerUser } from "./bindings/CustomerUser";
import type { Draft } from "./bindings/Draft";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { ImportReport } from "./bindings/ImportReport";
import type { IndirectProvider } from "./bindings/IndirectProvider";
import type { Invitation } from "./bindings/Invitation";
import type { InvitationPage } from "./bindings/InvitationPage";
import type { InvitationQuery } from "./bindings/InvitationQuery";
import type { InvitationRequest } from "./bindings/InvitationRequest";
import type { LinkHostSetting } from "./bindings/LinkHostSetting";
import type { NoticeParty } from "./bindings/NoticeParty";
import type { Relationship } from "./bindings/Relationship";
import type { PreparedInvitation } from "./bindings/PreparedInvitation";
import type { ProviderInput } from "./bindings/ProviderInput";
import type { RemovalCheck } from "./bindings/RemovalCheck";
import type { Subscription } from "./bindings/Subscription";
import type { SubscriptionInput } from "./bindings/SubscriptionInput";
import type { SubscriptionStatus } from "./bindings/SubscriptionStatus";
import type { UserInput } from "./bindings/UserInput";
import type { AdminRelationship } from "./bindings/AdminRelationship";
import type { GdapOverview } from "./bindings/GdapOverview";
import type { MicrosoftPage } from "./bindings/MicrosoftPage";
import type { GdapRequest } from "./bindings/GdapRequest";
import type { PreparedGdapRequest } from "./bindings/PreparedGdapRequest";
import type { RoleTemplate } from "./bindings/RoleTemplate";
import type { RoleTemplateInput } from "./bindings/RoleTemplateInput";
import type { BulkRequest } from "./bindings/BulkRequest";
import type { BulkGdapRelationship } from "./bindings/BulkGdapRelationship";
import type { CustomerSelection } from "./bindings/CustomerSelection";
import type { PreparedBulk } from "./bindings/PreparedBulk";
import type { SavedDrafts } from "./bindings/SavedDrafts";
import type { ReminderOf } from "./bindings/ReminderOf";
import type { PreparedReminder } from "./bindings/PreparedReminder";
import type { RemindersDue } from "./bindings/RemindersDue";

export function isApiError(e: unknown): e is ApiError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e && "fields" in e;
}

/** Any thrown value as an ApiError, so callers handle one shape. */
export function asApiError(e: unknown): ApiError {
  if (isApiError(e)) return e;
  return { code: "storage", message: String(e instanceof Error ? e.message : e), fields: [] };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw asApiError(e);
  }
}

export const api = {
  /** `pageMs`: how long the page took since it began to load. */
  windowReady: (pageMs: number) => call<void>("window_ready", { pageMs }),
  loadTranslations: (language: Language) => call<Translations>("load_translations", { language }),
  getSession: () => call<Session>("get_session"),
  saveProfile: (input: ProfileInput) => call<Session>("save_profile", { input }),
  setUiLanguage: (language: Language) => call<Session>("set_ui_language", { language }),
  /** A page of customers; their total is `customerCounts`'s, so the rows need not wait for it. */
  listCustomers: (query: CustomerQuery) => call<Customer[]>("list_customers", { query }),
  getCustomer: (id: number) => call<Customer>("get_customer", { id }),
  addCustomer: (input: CustomerInput) => call<Customer>("add_customer", { input }),
  /** `version` is the customer's version the edit started from; a change made since is refused. */
  updateCustomer: (id: number, version: number, input: CustomerInput) =>
    call<Customer>("update_customer", { id, version, input }),
  customerCounts: (search: string) => call<CustomerCounts>("customer_counts", { search }),
  recordDapRemoved: (id: number) => call<Customer>("record_dap_removed", { id }),
  listActivity: (query: ActivityQuery) => call<ActivityPage>("list_activity", { query }),
  exportActivity: (query: ActivityQuery) => call<string | null>("export_activity", { query }),

  listProviders: () => call<IndirectProvider[]>("list_providers"),
  addProvider: (input: ProviderInput) => call<IndirectProvider>("add_provider", { input }),
  updateProvider: (id: number, input: ProviderInput) => call<IndirectProvider>("update_provider", { id, input }),
  getLinkHost: (cloud: Cloud) => call<LinkHostSetting>("get_link_host", { cloud }),
  setLinkHost: (cloud: Cloud, host: string) => call<string>("set_link_host", { cloud, host }),

  prepareInvitation: (request: InvitationRequest) => call<PreparedInvitation>("prepare_invitation", { request }),
  openInvitationInMailApp: (request: InvitationRequest, draft: Draft) => call<void>("open_invitation_in_mail_app", { request, draft }),
  copyInvitation: (request: InvitationRequest, draft: Draft) => call<void>("copy_invitation", { request, draft }),
  sendInvitation: (request: InvitationRequest, draft: Draft) => call<Invitation>("send_invitation", { request, draft }),
  listInvitations: (query: InvitationQuery) => call<InvitationPage>("list_invitations", { query }),
  reopenInvitationInMailApp: (id: number) => call<void>("reopen_invitation_in_mail_app", { id }),
  copySentInvitation: (id: number) => call<void>("copy_sent_invitation", { id }),
  acceptInvitation: (id: number, microsoftId: string) => call<Invitation>("accept_invitation", { id, microsoftId }),
  cancelInvitation: (id: number) => call<Invitation>("cancel_invitation", { id }),
  /** Asks where and saves the draft as an `.eml` file; the path, or null if cancelled. */
  saveInvitationEml: (request: InvitationRequest, draft: Draft) => call<string | null>("save_invitation_eml", { request, draft }),

  prepareBulkRequest: (request: BulkRequest) => call<PreparedBulk>("prepare_bulk_request", { request }),
  openBulkDraftInMailApp: (request: BulkRequest, customerId: number) => call<void>("open_bulk_draft_in_mail_app", { request, customerId }),
  /** Asks for a new folder and saves every draft there; null if cancelled. Records nothing. */
  saveBulkDrafts: (request: BulkRequest) => call<SavedDrafts | null>("save_bulk_drafts", { request }),
  /** Records the drafts of `customerIds` as sent; the customers recorded. */
  recordBulkRequest: (request: BulkRequest, customerIds: number[]) => call<number[]>("record_bulk_request", { request, customerIds }),
  /** A proposed name (and no link yet) for each customer of a bulk GDAP request. */
  proposeBulkGdap: (customers: CustomerSelection) => call<BulkGdapRelationship[]>("propose_bulk_gdap", { customers }),

  remindersDue: () => call<RemindersDue>("reminders_due"),
  setReminderDays: (days: number) => call<Session>("set_reminder_days", { days }),
  /** Shows the desktop notification if reminders are due and it was not shown today. */
  showReminderNotice: () => call<boolean>("show_reminder_notice"),
  prepareReminder: (of: ReminderOf) => call<PreparedReminder>("prepare_reminder", { of }),
  openReminderInMailApp: (of: ReminderOf, draft: Draft) => call<void>("open_reminder_in_mail_app", { of, draft }),
  copyReminder: (of: ReminderOf, draft: Draft) => call<void>("copy_reminder", { of, draft }),
  saveReminderEml: (of: ReminderOf, draft: Draft) => call<string | null>("save_reminder_eml", { of, draft }),
  sendReminder: (of: ReminderOf, draft: Draft) => call<void>("send_reminder", { of, draft }),

  listAdminRelationships: (customerId: number | null) => call<AdminRelationship[]>("list_admin_relationships", { customerId }),
  proposeGdapName: (customerId: number) => call<string>("propose_gdap_name", { customerId }),
  prepareGdapRequest: (request: GdapRequest) => call<PreparedGdapRequest>("prepare_gdap_request", { request }),
  openGdapRequestInMailApp: (request: GdapRequest, draft: Draft) => call<void>("open_gdap_request_in_mail_app", { request, draft }),
  copyGdapRequest: (request: GdapRequest, draft: Draft) => call<void>("copy_gdap_request", { request, draft }),
  sendGdapRequest: (request: GdapRequest, draft: Draft) => call<AdminRelationship>("send_gdap_request", { request, draft }),
  saveGdapRequestEml: (request: GdapRequest, draft: Draft) => call<string | null>("save_gdap_request_eml", { request, draft }),
  /** `approvedOn`: YYYY-MM-DD, the day the customer approved. */
  approveGdap: (id: number, approvedOn: string) => call<AdminRelationship>("approve_gdap", { id, approvedOn }),
  terminateGdap: (id: number, reason: string) => call<AdminRelationship>("terminate_gdap", { id, reason }),
  gdapOverview: () => call<GdapOverview>("gdap_overview"),
  listRoleTemplates: () => call<RoleTemplate[]>("list_role_templates"),
  /** `id` null: a new template. */
  saveRoleTemplate: (id: number | null, input: RoleTemplateInput) => call<RoleTemplate>("save_role_template", { id, input }),
  deleteRoleTemplate: (id: number) => call<void>("delete_role_template", { id }),
  /** Opens a page of Microsoft's (the core builds its address) in the web browser; `customerId` for a customer's own page. */
  openMicrosoftPage: (page: MicrosoftPage, customerId: number | null = null) => call<void>("open_microsoft_page", { page, customerId }),

  listSubscriptions: (customerId: number) => call<Subscription[]>("list_subscriptions", { customerId }),
  addSubscription: (customerId: number, input: SubscriptionInput) => call<Subscription>("add_subscription", { customerId, input }),
  setSubscriptionStatus: (id: number, status: SubscriptionStatus) => call<Subscription>("set_subscription_status", { id, status }),
  listUsers: (customerId: number) => call<CustomerUser[]>("list_users", { customerId }),
  addUser: (customerId: number, input: UserInput) => call<CustomerUser>("add_user", { customerId, input }),
  removalCheck: (customerId: number) => call<RemovalCheck>("removal_check", { customerId }),
  terminationNotice: (customerId: number, to: NoticeParty) => call<Draft>("termination_notice", { customerId, language: null, to }),
  openNoticeInMailApp: (draft: Draft) => call<void>("open_notice_in_mail_app", { draft }),
  copyNotice: (draft: Draft) => call<void>("copy_notice", { draft }),
  /** `attestation` is the statement exactly as shown and confirmed; the log keeps that text. */
  removeRelationship: (customerId: number, attestation: string) => call<void>("remove_relationship", { customerId, attestation }),

  /** Opens the system's file dialog; the chosen file's name, or null if cancelled. The core keeps its path. */
  chooseImportFile: () => call<string | null>("choose_import_file"),
  /** Previews (or applies) the chosen file; `onProgress` hears how far the core has come. */
  importCustomers: (apply: boolean, onProgress: (p: ImportProgress) => void) => {
    const channel = new Channel<ImportProgress>();
    channel.onmessage = onProgress;
    return call<ImportReport>("import_customers", { apply, onProgress: channel });
  },
  cancelImport: () => call<void>("cancel_import"),
  exportCustomers: (view: Relationship) => call<string | null>("export_customers", { view }),

  listStaff: () => call<StaffMember[]>("list_staff"),
  addStaffMember: (input: StaffInput) => call<StaffMember>("add_staff_member", { input }),
  updateStaffMember: (id: number, input: StaffInput) => call<StaffMember>("update_staff_member", { id, input }),
  getWorkspace: () => call<WorkspaceSetting>("get_workspace"),
  checkWorkspace: (input: WorkspaceInput) => call<WorkspaceCheck>("check_workspace", { input }),
  /** Saves where Liaison works (`null`: the local file) and restarts into it; it does not return. */
  useWorkspace: (input: WorkspaceInput | null) => call<null>("use_workspace", { input }),
  moveToWorkspace: (input: WorkspaceInput) => call<MoveReport>("move_to_workspace", { input }),
  /** Whether Liaison still waits for its team workspace at start-up (`null`: it is open). */
  connectingStatus: () => call<Connecting | null>("connecting_status"),
  connectNow: () => call<null>("connect_now"),
  listBackups: () => call<Backup[]>("list_backups"),
  backUpNow: () => call<Backup>("back_up_now"),
  restoreBackup: (name: string) => call<Backup>("restore_backup", { name }),
};
