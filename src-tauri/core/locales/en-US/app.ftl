## The application frame and words used on every page.

-app = Liaison
app-name = { -app }
nav-label = Main menu
nav-customers = Customers
nav-indirect-providers = Indirect providers
nav-invitations = Invitations
nav-activity = Activity log
nav-settings = Settings
signed-in-as = { $name } · { $role }

action-save = Save
action-cancel = Cancel
action-open = Open
action-close = Close
action-edit = Edit
action-retry = Try again

pager-summary = { $total ->
    [0] Nothing to show
   *[other] { $first }–{ $last } of { $total }
}
# While the total is still being counted: the rows shown.
pager-range = { $shown ->
    [0] Nothing to show
   *[other] { $first }–{ $last }
}
pager-previous = Previous page
pager-next = Next page

loading = Loading…
saved = Saved.
unexpected-error = Something went wrong: { $detail }

## Choices

partner-type-direct-bill = Direct-bill partner
partner-type-indirect-provider = Indirect provider
partner-type-indirect-reseller = Indirect reseller

cloud-public = Public cloud
cloud-us-government = Microsoft Cloud for US Government
cloud-germany = Microsoft Cloud Germany
cloud-china = Microsoft Azure operated by 21Vianet (China)

role-global-admin = Global admin
role-admin-agent = Admin agent
role-sales-agent = Sales agent
role-helpdesk-agent = Helpdesk agent

relationship-prospect = Not invited yet
relationship-invited = Invited
relationship-reseller = Reseller
relationship-removed = Removed

language-en-US = English
language-cs-CZ = Čeština
language-pl-PL = Polski
language-hu-HU = Magyar
language-ru-RU = Русский

choose = Choose…
action-back = Back
action-next = Next
action-done = Done
filter-all = All
yes = Yes
no = No
age-days = { $days ->
    [0] today
    [one] { $days } day
   *[other] { $days } days
}
export-saved = Saved to { $path }.

## The first start of a newer Liaison.
updated-from = Liaison was updated from version { $from } to { $to }.
updated-to = Liaison was updated to version { $to }.
updated-backup = Before moving your records to the new version, it saved a backup of them: { $backup } (Settings › Backups).
