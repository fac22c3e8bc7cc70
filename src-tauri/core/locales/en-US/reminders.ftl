## Reminders: invitations and GDAP requests still waiting for the customer after a number of
## days each staff member sets.

field-reminder-days = Days before a reminder
rule-reminder-days = enter a whole number of days from 1 to 365.
error-reminder-not-pending = Only an invitation or a GDAP request still waiting for the customer can be reminded.
error-invitation-pending = An invitation to this customer is still waiting to be accepted; send a reminder instead.

activity-invitation_reminded = Sent a reminder of the invitation to { $subject }
activity-gdap_reminded = Sent a reminder of the admin relationship request { $subject }
activity-action-invitation_reminded = Invitation reminded
activity-action-gdap_reminded = GDAP request reminded

reminder-due = Reminder due
reminder-send = Send a reminder
reminder-title = Send a reminder to { $customer }
reminder-intro = Liaison drafts a short reminder in the customer's language, with the same link as the first email.
reminder-handed-off = The reminder is open in your mail application. Send it from there, then choose “Done” to record it.
reminder-sent = The reminder to { $customer } was recorded.
reminder-leave-title = Close without recording the reminder?
reminder-leave-body = You have handed the reminder over but not chosen “Done”. If you close now, the reminder is not recorded and stays due.
reminder-last = Last reminded { $date }
reminders-due-only = Only reminders due ({ $count })
reminders-due-badge = { $count ->
    [one] { $count } reminder due
   *[other] { $count } reminders due
}
reminders-settings-title = Reminders
reminders-settings-hint = Invitations and GDAP requests still waiting after this many days are flagged on the Invitations and GDAP pages and counted in the menu. When reminders are due, Liaison tells you at start-up, at most once a day.
reminders-saved = Reminders now come after { $count ->
    [one] { $count } day
   *[other] { $count } days
}.
reminders-notice-title = Liaison: reminders due
reminders-notice-body = { $count ->
    [one] { $count } invitation or GDAP request has
   *[other] { $count } invitations and GDAP requests have
} been waiting for the customer for { $days ->
    [one] { $days } day
   *[other] { $days } days
} or more.
