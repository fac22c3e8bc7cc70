// Message ids of values the core sends as codes. Records keyed by the generated union types make
// TypeScript fail the build when Rust adds a value without a label.
import type { ActivityAction } from "./bindings/ActivityAction";
import type { BackupReason } from "./bindings/BackupReason";
import type { Cloud } from "./bindings/Cloud";
import type { Field } from "./bindings/Field";
import type { GdapStatus } from "./bindings/GdapStatus";
import type { InvitationKind } from "./bindings/InvitationKind";
import type { InvitationStatus } from "./bindings/InvitationStatus";
import type { SubscriptionStatus } from "./bindings/SubscriptionStatus";
import type { Language } from "./bindings/Language";
import type { PartnerType } from "./bindings/PartnerType";
import type { Relationship } from "./bindings/Relationship";
import type { Role } from "./bindings/Role";
import type { TlsMode } from "./bindings/TlsMode";

const kebab = (s: string) => s.replace(/_/g, "-").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const labelIds = {
  partnerType: (v: PartnerType) => `partner-type-${kebab(v)}`,
  cloud: (v: Cloud) => `cloud-${kebab(v)}`,
  /** Where a customer in this cloud accepts an invitation. */
  portal: (v: Cloud) => `portal-${kebab(v)}`,
  role: (v: Role) => `role-${kebab(v)}`,
  relationship: (v: Relationship) => `relationship-${kebab(v)}`,
  /** A view of the customer list (one relationship), with its count. */
  customerView: (v: Relationship) => `customers-view-${v}`,
  /** What an empty view says, and where to go from it. */
  customerViewEmpty: (v: Relationship) => `customers-empty-${v}`,
  language: (v: Language) => `language-${v}`,
  field: (v: Field) => `field-${kebab(v)}`,
  activity: (v: ActivityAction) => `activity-${v}`,
  activityAction: (v: ActivityAction) => `activity-action-${v}`,
  invitationStatus: (v: InvitationStatus) => `invitation-status-${v}`,
  invitationKind: (v: InvitationKind) => `invitation-kind-${kebab(v)}`,
  subscriptionStatus: (v: SubscriptionStatus) => `subscription-status-${v}`,
  backupReason: (v: BackupReason) => `backup-reason-${kebab(v)}`,
  tls: (v: TlsMode) => `tls-${kebab(v)}`,
  gdapStatus: (v: GdapStatus) => `gdap-status-${kebab(v)}`,
};

/** Every value of each coded type, for the test that every label exists. */
export const allValues = {
  partnerType: Object.keys({ direct_bill: 1, indirect_provider: 1, indirect_reseller: 1 } satisfies Record<PartnerType, 1>) as PartnerType[],
  cloud: Object.keys({ public: 1, us_government: 1, germany: 1, china: 1 } satisfies Record<Cloud, 1>) as Cloud[],
  role: Object.keys({ global_admin: 1, admin_agent: 1, sales_agent: 1, helpdesk_agent: 1 } satisfies Record<Role, 1>) as Role[],
  relationship: Object.keys({ prospect: 1, invited: 1, reseller: 1, removed: 1 } satisfies Record<Relationship, 1>) as Relationship[],
  language: Object.keys({ "en-US": 1, "cs-CZ": 1, "pl-PL": 1, "hu-HU": 1, "ru-RU": 1 } satisfies Record<Language, 1>) as Language[],
  field: Object.keys({
    companyName: 1, partnerType: 1, tenantId: 1, partnerId: 1, cloud: 1, country: 1, staffName: 1, staffRole: 1,
    language: 1, primaryDomain: 1, microsoftId: 1, contactName: 1, contactEmail: 1, tags: 1, notes: 1, provider: 1,
    providerTenantId: 1, linkHost: 1, subject: 1, body: 1, attestation: 1, offer: 1, quantity: 1, displayName: 1,
    userPrincipalName: 1, licences: 1, recipient: 1,
    relationship: 1, memberName: 1, memberEmail: 1, memberRole: 1, login: 1, active: 1, host: 1, port: 1, database: 1,
    tls: 1, password: 1,
    relationshipName: 1, durationDays: 1, roles: 1, autoExtend: 1, approvalLink: 1, approvedOn: 1, terminationReason: 1,
    templateName: 1, reminderDays: 1, customers: 1,
  } satisfies Record<Field, 1>) as Field[],
  activity: Object.keys({
    profile_created: 1, profile_updated: 1, customer_added: 1, customer_updated: 1, provider_added: 1, provider_updated: 1,
    invitation_sent: 1, invitation_accepted: 1, invitation_cancelled: 1, customers_imported: 1, subscription_added: 1,
    subscription_suspended: 1, subscription_reactivated: 1, user_added: 1, relationship_removed: 1, link_host_changed: 1,
    dap_removed: 1,
    backup_created: 1, backup_restored: 1,
    relationship_restored: 1, staff_added: 1, staff_updated: 1,
    moved_to_workspace: 1,
    gdap_requested: 1, gdap_approved: 1, gdap_terminated: 1, role_template_saved: 1, role_template_deleted: 1,
    invitation_reminded: 1, gdap_reminded: 1,
  } satisfies Record<ActivityAction, 1>) as ActivityAction[],
  get portal() {
    return this.cloud;
  },
  get activityAction() {
    return this.activity;
  },
  get customerView() {
    return this.relationship;
  },
  get customerViewEmpty() {
    return this.relationship;
  },
  invitationStatus: Object.keys({ sent: 1, accepted: 1, cancelled: 1 } satisfies Record<InvitationStatus, 1>) as InvitationStatus[],
  invitationKind: Object.keys({ reseller: 1, reseller_with_provider: 1 } satisfies Record<InvitationKind, 1>) as InvitationKind[],
  subscriptionStatus: Object.keys({ active: 1, suspended: 1 } satisfies Record<SubscriptionStatus, 1>) as SubscriptionStatus[],
  backupReason: Object.keys({ upgrade: 1, manual: 1, before_restore: 1 } satisfies Record<BackupReason, 1>) as BackupReason[],
  tls: Object.keys({ verifyFull: 1, require: 1, prefer: 1, disable: 1 } satisfies Record<TlsMode, 1>) as TlsMode[],
  gdapStatus: Object.keys({ pending_approval: 1, active: 1, expired: 1, terminated: 1 } satisfies Record<GdapStatus, 1>) as GdapStatus[],
};
