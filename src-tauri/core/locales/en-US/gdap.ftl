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
