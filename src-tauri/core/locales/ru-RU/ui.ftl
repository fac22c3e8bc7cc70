# Shared controls: the pager, the date fields, first-run setup's language.

pager-label = Страницы
pager-first = Первая страница
pager-last = Последняя страница

# The name of a table column that holds buttons (read by screen readers).
col-actions = Действия

# What an empty date field shows: the order in which a date is typed.
date-placeholder = ДД.ММ.ГГГГ
date-go-to-today = Перейти к сегодняшней дате
date-previous-month = Предыдущий месяц
date-next-month = Следующий месяц
date-previous-year = Предыдущий год
date-next-year = Следующий год
date-previous-years = Предыдущие годы
date-next-years = Следующие годы
date-selected = Выбранная дата: { $date }
date-today = Сегодняшняя дата: { $date }
date-change-year = { $period }, изменить год
date-change-month = { $period }, изменить месяц

setup-ui-language = Язык Liaison
setup-ui-language-hint = Интерфейс сразу переключится на этот язык.
