## The customer list's views: Partner Center's Customers page lists reseller customers only.

customers-views = Show customers
customers-view-reseller = Customers ({ $count })
customers-view-invited = Invited ({ $count })
customers-view-prospect = Prospects ({ $count })
customers-view-removed = Removed ({ $count })
customers-empty-reseller = No customers with a reseller relationship yet. Choose “Request a reseller relationship”: a customer appears here once it accepts your invitation.
customers-empty-invited = No invitations are waiting for acceptance.
customers-empty-prospect = No prospects. Customers you add before inviting them are listed here.
customers-empty-removed = No relationships have been removed.

## Requesting a relationship: the country rule and the hand-off.

request-outside-region = Partner Center lets you request a reseller relationship with a customer in your country or in the same region. This customer's country or region is outside your country and its region.
request-outside-region-countries = Customer: { $customer } · Your company: { $partner }
request-outside-region-go-on = Continue anyway
request-handed-off = The draft is open in your mail application. Send it from there, then choose “Done” to record the invitation.
request-leave-title = Close without recording the invitation?
request-leave-body = You have handed the draft over but not chosen “Done”. If you close now, the invitation is not recorded and a new contact is not added to your customers.
request-leave-keep = Back to the draft
request-leave-discard = Close without recording
error-provider-invitation-not-offered = Only an indirect reseller invites a customer together with an indirect provider. Use “Request a reseller relationship” on the Customers page.
activity-outside-region-confirmed = Sent after the warning: the customer's country or region ({ $customer }) is outside your country ({ $partner }) and its region.

## Delegated admin privileges the customer took back.

record-dap-removed = Removed by the customer · recorded { $date } by { $name }
record-dap-support = The customer removed the delegated admin privileges it had granted. Unless you renegotiate your agreement with the customer, you remain responsible for customer support under it and for the terms of your Microsoft partner agreement. If the customer needs help, you can call Microsoft support and open a service request on its behalf.
record-dap-removed-action = Customer removed admin privileges
error-no-dap-to-remove = No delegated admin privileges are recorded as granted by this customer, so there are none to note as removed.
activity-dap_removed = Noted that { $subject } removed delegated admin privileges
activity-action-dap_removed = Admin privileges removed by the customer

## Termination notice to the customer or the partner.

removal-notice-to = Notice for
removal-notice-to-customer = The customer ({ $company })
removal-notice-to-partner = The partner
removal-notice-to-partner-named = The partner ({ $provider })
draft-notice-partner-subject = Notice of termination of the reseller relationship between { $partner } and { $customer }
draft-notice-partner-greeting = Hello,
draft-notice-partner-intro = As our agreement requires, we are writing to give you notice that { $partner } is ending its reseller relationship with { $customer } in the Microsoft Cloud Solution Provider program.
draft-notice-partner-intro-named = As our agreement requires, we are writing to give { $provider } notice that { $partner } is ending its reseller relationship with { $customer } in the Microsoft Cloud Solution Provider program.
draft-notice-partner-effect = From the end of the relationship, { $partner } will no longer buy Microsoft cloud services for { $customer } or manage its subscriptions. Delegated administration privileges the customer granted remain in place until the customer removes them.
draft-notice-partner-questions = If you have any questions about this notice, please reply to this email.
