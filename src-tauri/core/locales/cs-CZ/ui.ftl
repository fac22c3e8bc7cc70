# Shared controls: the pager, the date fields, first-run setup's language.

pager-label = Stránky
pager-first = První stránka
pager-last = Poslední stránka

# The name of a table column that holds buttons (read by screen readers).
col-actions = Akce

# What an empty date field shows: the order in which a date is typed.
date-placeholder = DD.MM.RRRR
date-go-to-today = Přejít na dnešek
date-previous-month = Předchozí měsíc
date-next-month = Další měsíc
date-previous-year = Předchozí rok
date-next-year = Další rok
date-previous-years = Předchozí roky
date-next-years = Další roky
date-selected = Vybrané datum { $date }
date-today = Dnešní datum { $date }
date-change-year = { $period }, změnit rok
date-change-month = { $period }, změnit měsíc

setup-ui-language = Jazyk aplikace Liaison
setup-ui-language-hint = Obrazovky se přepnou okamžitě.
