# Shared controls: the pager, the date fields, first-run setup's language.

pager-label = Oldalak
pager-first = Első oldal
pager-last = Utolsó oldal

# The name of a table column that holds buttons (read by screen readers).
col-actions = Műveletek

# What an empty date field shows: the order in which a date is typed.
date-placeholder = ÉÉÉÉ. HH. NN.
date-go-to-today = Ugrás a mai napra
date-previous-month = Előző hónap
date-next-month = Következő hónap
date-previous-year = Előző év
date-next-year = Következő év
date-previous-years = Előző évek
date-next-years = Következő évek
date-selected = Kiválasztott dátum: { $date }
date-today = Mai dátum: { $date }
date-change-year = { $period }, az év módosítása
date-change-month = { $period }, a hónap módosítása

setup-ui-language = A Liaison nyelve
setup-ui-language-hint = A képernyők azonnal erre a nyelvre váltanak.
