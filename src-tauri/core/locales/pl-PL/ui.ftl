# Shared controls: the pager, the date fields, first-run setup's language.

pager-label = Strony
pager-first = Pierwsza strona
pager-last = Ostatnia strona

# The name of a table column that holds buttons (read by screen readers).
col-actions = Akcje

# What an empty date field shows: the order in which a date is typed.
date-placeholder = DD.MM.RRRR
date-go-to-today = Przejdź do dzisiaj
date-previous-month = Poprzedni miesiąc
date-next-month = Następny miesiąc
date-previous-year = Poprzedni rok
date-next-year = Następny rok
date-previous-years = Poprzednie lata
date-next-years = Następne lata
date-selected = Wybrana data { $date }
date-today = Dzisiejsza data { $date }
date-change-year = { $period }, zmień rok
date-change-month = { $period }, zmień miesiąc

setup-ui-language = Język aplikacji Liaison
setup-ui-language-hint = Język ekranów zmieni się od razu.
