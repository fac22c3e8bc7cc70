## The Customers page and the customer form.

customers-title = Customers
customers-add = Add customer
customers-search = Search by company name, domain or Microsoft ID
customers-no-match = No customers match “{ $search }”.
customers-count = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
customers-col-company = Company name
customers-col-domain = Primary domain
customers-col-microsoft-id = Microsoft ID
customers-col-relationship = Relationship
customers-col-tags = Tags
customers-unknown-id = Not known yet
customers-edit-row = Edit { $company }

customer-add-title = Add customer
customer-edit-title = Edit customer
customer-domain-hint = The customer's *.onmicrosoft.com domain or a custom domain, such as contoso.cz.
customer-microsoft-id-hint = The customer's tenant ID, if known. It is filled in when the customer accepts.
customer-tags-hint = Separate tags with commas.
customer-added = { $company } was added.
customer-updated = { $company } was saved.

## Partner Center's customer list (Customers.csv) and its import.

csv-col-microsoft-id = Microsoft ID
csv-col-company = Company name
csv-col-domain = Primary domain name
csv-col-relationship = Relationship
csv-col-tags = Tags

customers-request = Request a reseller relationship
customers-import = Import Customers.csv
customers-export = Export customers
customers-expand-row = Show the record of { $company }

## The customer record.

record-account = Account
record-subscriptions = Subscriptions
record-users = Users and licences
record-activity = Activity
record-dap = Delegated admin privileges
record-accepts-in = Accepts invitations in
subscriptions-empty = No subscriptions.
subscriptions-col-status = Status
subscription-add = Add subscription
subscription-suspend = Suspend
subscription-reactivate = Reactivate
subscription-status-active = Active
subscription-status-suspended = Suspended
users-empty = No users recorded.
user-add = Add user

## Request a reseller relationship.

request-title = Request a reseller relationship
request-title-provider = Invite a customer together with your indirect provider
request-dap = Include delegated administration privileges for Azure Active Directory and Office 365
request-dap-hint = Clear this if you only want to resell, for example to manage only the Azure subscriptions you provision.
request-dap-forced = In { $cloud }, a reseller relationship always includes delegated administration privileges.
request-no-providers = Add your indirect provider on the Indirect providers page first.
request-draft-language = Language of the email
request-language-customer = The customer's language
request-accept-where = A Global admin of the customer's organization accepts in the { $portal }.
request-link = Personalized link
request-link-hint = Keep this link in the email exactly as it is: it connects the customer to your account.
request-open-email = Open in email
request-copy = Copy to clipboard
request-copied = The subject and text are on the clipboard.
request-restore-link = Put the link back
request-sent = The invitation to { $company } was recorded as sent.
draft-recipient = To

## Removing a relationship.

removal-open = Remove customer relationship
removal-title = Remove the relationship with { $company }
removal-effect = { -app } will remove the customer from your Customers page. Its record and history stay in the activity log.
removal-dap-unchanged = Delegated admin privileges already granted by the customer remain unchanged; the customer can remove them in their admin center.
removal-legal-notice = If your agreement with the customer or partner requires it, you must give them legal notice of termination. Partner Center does not send one; you can draft it here, for the customer or for the partner.
removal-notice-draft = Draft a termination notice
removal-confirm = Remove relationship
removal-done = The relationship with { $company } was removed.

## Import.

import-title = Import Partner Center's customer list
import-intro = In Partner Center, open Customers and choose Export customers. Choose that Customers.csv here: new customers are added, known ones updated, and pending invitations of listed customers are marked accepted.
import-file = Customers.csv
import-preview = Ready to import. New: { $added } · Updated: { $updated } · Unchanged: { $unchanged } · Invitations to mark accepted: { $matched } · Rows rejected: { $rejected }
import-done = Imported. New: { $added } · Updated: { $updated } · Unchanged: { $unchanged } · Invitations marked accepted: { $matched } · Rows rejected: { $rejected }
import-apply = Import
import-rejected-row = Line { $line } ({ $company }): { $reasons }
record-show-activity = Show in the activity log
