## The command-line tool, liaison-cli (also run as `liaison COMMAND`).

cli-about = Liaison on the command line: the personalized link, customers, invitations and the activity log, in the same local file or team workspace as the app.
cli-exit-codes = Exit codes: 0 done · 1 failed (database, file) · 2 wrong command line · 3 a value breaks a rule · 4 your role does not allow it · 5 not found, or several match · 6 not possible now, or the partner profile is not set up · 7 the database cannot be opened or the team workspace does not answer.
cli-data-dir = The folder of Liaison's local file; the app's own when not given.
cli-database = A team workspace to use instead of the local file: postgres://login@server:port/database.
cli-json = Print JSON instead of a table.
cli-file = The file.

cli-link-about = Print the partner's personalized link that requests a reseller relationship.
cli-dap = Ask for delegated admin privileges (DAP) too.
cli-no-dap = Do not ask for delegated admin privileges (the default, unless the cloud requires them).
cli-provider = The indirect provider, by name, for an invitation together with an indirect provider.

cli-customers-about = List, search, add, import and export customers.
cli-customers-list-about = List every customer of one view.
cli-customers-search-about = Search customers by company name, domain or Microsoft ID, in every view unless one is named.
cli-customers-add-about = Add a customer.
cli-customers-import-about = Import Partner Center's Customers.csv: every row, or none.
cli-customers-export-about = Export the customers of one view to a CSV file with Partner Center's columns.
cli-view = Which customers: reseller (the Customers page), invited, prospects or removed.
cli-search-text = Part of a company name, domain or Microsoft ID.
cli-country = Country/region, as a two-letter code such as CZ.
cli-customer-language = The language the customer reads: en-US, cs-CZ, pl-PL, hu-HU or ru-RU.
cli-tag = A tag; repeat the option for more.
cli-preview = Show what the import would do, and write nothing.

cli-invite-about = Draft an invitation to a reseller relationship and print it; save it as an email file, and record it as sent once it has gone.
cli-customer = The customer: its number, company name, primary domain or Microsoft ID.
cli-lang = The draft's language: en-US, cs-CZ, pl-PL, hu-HU or ru-RU (or en, cs, pl, hu, ru); the customer's own when not given.
cli-eml = Save the draft as an email file (.eml) to open in a mail application.
cli-record = Record the invitation as sent.
cli-outside-region = Go on although the customer is outside the partner's country and region.

cli-invitations-about = List invitations.
cli-invitations-list-about = List invitations, newest first.
cli-status = Only invitations with this status: pending, accepted or cancelled.
cli-older-than = Only invitations sent this many days ago or earlier, such as 7d.

cli-activity-about = Export the activity log.
cli-activity-export-about = Export the activity log to a CSV file.
cli-from = From this day, inclusive (YYYY-MM-DD).
cli-to = To this day, inclusive (YYYY-MM-DD).

cli-col-number = Number
cli-no-customers = No customers in this view.
cli-no-invitations = No invitations match.
cli-customer-added = { $company } was added as customer number { $number }.
cli-import-preview = Preview: nothing was written.
cli-rejected-row = Line { $line } ({ $company }): { $reasons }
cli-exported = { $count ->
    [one] { $count } row was saved to { $path }.
   *[other] { $count } rows were saved to { $path }.
}
cli-eml-saved = The draft was saved to { $path }.
cli-recorded = The invitation to { $company } was recorded as sent.
cli-not-recorded = Not recorded as sent. Once you have sent it, run the same command with --record.

cli-error = Error: { $message }
cli-see-help = See the options with --help.
cli-unknown-option = { $option } is not an option of this command.
cli-unknown-command = “{ $command }” is not a command.
cli-missing-value = { $option } is required.
cli-missing-command = Name a command.
cli-conflict = { $option } cannot be used together with { $other }.
cli-invalid-choice = { $option }: “{ $value }” is not one of { $choices }.
cli-invalid-days = { $option }: “{ $value }” is not a number of days from 1 to 3650, such as 7d.
cli-invalid-date = { $option }: “{ $value }” is not a day written YYYY-MM-DD, such as 2026-11-23.
cli-customer-unknown = No customer has the number, company name, primary domain or Microsoft ID “{ $customer }”. Search with: liaison customers search
cli-customer-ambiguous = “{ $customer }” names { $count } customers: { $names }. Name one by its number.
cli-provider-unknown = No indirect provider is named “{ $provider }”. The indirect providers: { $names }
