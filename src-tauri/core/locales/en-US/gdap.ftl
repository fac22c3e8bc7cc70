## GDAP admin relationships: granular delegated admin privileges, requested per customer for a
## limited time with Microsoft Entra built-in roles.

field-relationship-name = Admin relationship name
field-duration-days = Duration in days
field-roles = Microsoft Entra roles
field-auto-extend = Auto extend
field-approval-link = Approval link
field-approved-on = Approved on
field-termination-reason = Reason
field-template-name = Template name

rule-relationship-name = use only letters without accents, digits, hyphens (-) and underscores (_); Microsoft allows nothing else.
rule-relationship-taken = another admin relationship already has this name; Microsoft needs a name used by no other relationship of yours.
rule-duration-days = enter a whole number of days from 1 to 730 (two years).
rule-auto-extend-global-admin = a relationship with the Global Administrator role cannot be extended automatically. Turn auto extend off or remove that role.
rule-approval-link = paste the approval link Partner Center gave for this request in { $cloud }: it starts with https:// and one of { $hosts }, and ends with the relationship's ID after /granularAdminRelationships/.
rule-approval-link-taken = this link is already recorded for another admin relationship; every request has its own link.
rule-approval-date = enter a day from the day the request was sent to today, before the request expired 90 days after it was sent.
rule-date = enter a date as YYYY-MM-DD, such as 2026-03-31.
rule-template-taken = another role template already has this name.

error-admin-relationship-not-found = This admin relationship no longer exists.
error-role-template-not-found = This role template no longer exists.
error-gdap-not-pending = Only a request still waiting for the customer's approval can be marked approved.
error-gdap-ended = This admin relationship has already ended.

gdap-status-pending-approval = Pending approval
gdap-status-active = Active
gdap-status-expired = Expired
gdap-status-terminated = Terminated

role-template-default = Default GDAP roles

activity-gdap_requested = Requested the admin relationship { $subject }
activity-gdap_approved = Recorded that the admin relationship { $subject } was approved
activity-gdap_terminated = Ended the admin relationship { $subject }
activity-role_template_saved = Saved the role template { $subject }
activity-role_template_deleted = Deleted the role template { $subject }
activity-action-gdap_requested = Admin relationship requested
activity-action-gdap_approved = Admin relationship approved
activity-action-gdap_terminated = Admin relationship ended
activity-action-role_template_saved = Role template saved
activity-action-role_template_deleted = Role template deleted

## The GDAP page, the customer record's admin relationships and the request dialog.
nav-gdap = GDAP
gdap-title = GDAP admin relationships
record-gdap = Admin relationships
gdap-request = Request a new relationship
gdap-request-title = Request granular delegated admin privileges (GDAP)
gdap-request-intro = Liaison cannot create the request in Microsoft's cloud. In Partner Center, open the customer, choose Admin relationships, then Request for new relationship, with the same name, duration, roles and auto extend as here. Then paste the approval link Partner Center gives you: Liaison drafts the email to the customer with it.
gdap-template = Role template
gdap-template-custom = Roles chosen one by one
gdap-name-hint = Shown to the customer in the Microsoft 365 admin center. Up to 50 letters without accents, digits, hyphens and underscores; no other relationship of yours may have it.
gdap-auto-extend-hint = At its end the relationship is extended by six months, each time. Not allowed with Global Administrator.
gdap-link-hint = The link under “Click to review and accept” in the request Partner Center finalized, such as https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/…
gdap-roles-hint = Microsoft Entra built-in roles only; each is shown with its template ID.
gdap-roles-chosen = { $count ->
    [one] { $count } role
   *[other] { $count } roles
}
gdap-roles-clear = Clear all
gdap-approve-where = A Global Administrator of the customer approves the request in the { $portal }. Keep the link in the email exactly as it is.
gdap-handed-off = The draft is open in your mail application. Send it from there, then choose “Done” to record the request.
gdap-leave-title = Close without recording the request?
gdap-leave-body = You have handed the draft over but not chosen “Done”. If you close now, the request is not recorded and Liaison does not track its approval or expiry.
gdap-col-status = Status
gdap-requested-by = Requested { $date } by { $name }
gdap-col-end = Ends
gdap-col-age = Age
gdap-age-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
gdap-expires-on = Request expires on { $date }
gdap-ends-on = Ends on { $date }
gdap-extends-on = Extends automatically on { $date }
gdap-terminated-on = Ended on { $date }
gdap-empty = No admin relationship has been requested for this customer yet.
gdap-approve = Mark approved
gdap-approve-title = Mark { $name } approved
gdap-approve-body = Enter the day the customer approved the request in the Microsoft 365 admin center. The relationship is active from that day for its duration.
gdap-end = End relationship
gdap-end-title = End { $name }
gdap-end-body = Record that this relationship was ended, in Partner Center or by the customer, and why. End it in Partner Center first: Liaison only records it.
gdap-pending = Waiting for approval
gdap-ending-soon = Ending in the next 60 days
gdap-expired = Expired
gdap-without-active-title = Reseller customers without an active admin relationship
gdap-without-active = { $count ->
    [one] { $count } reseller customer has no active admin relationship
   *[other] { $count } reseller customers have no active admin relationship
}
gdap-overview-none = None.
gdap-templates = Role templates
gdap-template-built-in = Microsoft's default set
gdap-template-new = New role template
gdap-template-editing = Editing { $name }
gdap-template-saved = The role template was saved.
gdap-template-delete = Delete

## Microsoft's pages, opened in the web browser.
error-partner-center-elsewhere = Liaison opens Partner Center only in Microsoft's public cloud, where its address is certain. Open Partner Center for your cloud as you usually do.
ms-open-partner-center = Open Partner Center
ms-open-customer = Open in Partner Center
ms-open-gdap = Granular administration in Partner Center
ms-gdap-help = Microsoft's help on GDAP
ms-gdap-approval-help = How the customer approves
ms-opened = The page is open in your web browser.
