# Shared controls: the pager, the date fields, first-run setup's language.

pager-label = Pages
pager-first = First page
pager-last = Last page

# The name of a table column that holds buttons (read by screen readers).
col-actions = Actions

# What an empty date field shows: the order in which a date is typed.
date-placeholder = MM/DD/YYYY
date-go-to-today = Go to today
date-previous-month = Previous month
date-next-month = Next month
date-previous-year = Previous year
date-next-year = Next year
date-previous-years = Previous years
date-next-years = Next years
date-selected = Selected date { $date }
date-today = Today's date { $date }
date-change-year = { $period }, change the year
date-change-month = { $period }, change the month

setup-ui-language = Language of Liaison
setup-ui-language-hint = The screens switch to it at once.
