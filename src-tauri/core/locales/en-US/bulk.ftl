## Bulk requests: one personalized draft for each of many customers, handed off as email files
## or one after another, and recorded only when the user confirms.

field-customers = Customers
customers-select-row = Select { $company }
customers-select-page = Select every customer on this page
customers-selected = { $count ->
    [one] { $count } customer selected
   *[other] { $count } customers selected
}
customers-select-matching = Select all that match ({ $count })
customers-clear-selection = Clear selection
customers-request-selected = Invite the selected
bulk-title = Request a reseller relationship from { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
bulk-intro = Liaison drafts one email for each customer, in the customer's language, with your personalized link. Customers that cannot be drafted are listed with the reason and skipped.
bulk-drafts = { $count ->
    [one] { $count } draft
   *[other] { $count } drafts
}
bulk-skipped = { $count ->
    [one] { $count } customer skipped
   *[other] { $count } customers skipped
}
bulk-none = None of the selected customers can be drafted.
bulk-view = Show
bulk-view-list = As a list
bulk-view-one = One by one
bulk-position = Draft { $index } of { $count }
bulk-previous = Previous draft
bulk-next = Next draft
bulk-col-customer = Customer
bulk-col-recipient = To
bulk-col-language = Language
bulk-col-reason = Reason
bulk-col-state = Sent
bulk-save = Save all as email files
bulk-save-title = Save the drafts in a new folder
bulk-folder = Invitations { $date }
bulk-saved = { $count ->
    [one] { $count } email file was
   *[other] { $count } email files were
} saved in { $path }. Open each in your mail program and send it, then record here the ones you sent.
bulk-open = Open in email
bulk-record = Record as sent
bulk-record-all = Record all as sent
bulk-recorded = Recorded
bulk-recorded-count = { $count ->
    [one] { $count } invitation was recorded as sent.
   *[other] { $count } invitations were recorded as sent.
}
bulk-confirm-title = Record every draft as sent?
bulk-confirm-body = Record only the invitations you have sent: Liaison then shows each as waiting for the customer until it is accepted.
bulk-leave-title = Close with drafts not recorded?
bulk-leave-body = Some drafts have left Liaison but are not recorded as sent. If you close now, they are not tracked.
request-save-eml = Save as email file
request-save-eml-title = Save the draft as an email file
request-eml-saved = Saved as { $path }. Open it in your mail program, send it, then choose “Done”.
eml-file-filter = Email messages (.eml)
bulk-what = Request
bulk-what-reseller = A reseller relationship
bulk-what-gdap = GDAP admin relationships
bulk-title-gdap = Request GDAP admin relationships from { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
bulk-gdap-intro = In Partner Center, create a request for each customer with the roles, duration and auto extend chosen here and the name shown beside the customer. Then paste the approval link Partner Center gives for each one: Liaison drafts every email with its own link.
bulk-gdap-relationships = The customers' admin relationships
bulk-recorded-gdap = { $count ->
    [one] { $count } GDAP request was recorded as sent.
   *[other] { $count } GDAP requests were recorded as sent.
}
