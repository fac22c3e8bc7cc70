## Рамка приложения и слова, общие для всех страниц.

-app = Liaison
app-name = { -app }
nav-label = Главное меню
nav-customers = Клиенты
nav-indirect-providers = Косвенные поставщики
nav-invitations = Приглашения
nav-activity = Журнал действий
nav-settings = Параметры
signed-in-as = { $name } · { $role }

action-save = Сохранить
action-cancel = Отмена
action-open = Открыть
action-close = Закрыть
action-edit = Изменить
action-retry = Повторить попытку

pager-summary = { $total ->
    [0] Нет данных
   *[other] { $first }–{ $last } из { $total }
}
# While the total is still being counted: the rows shown.
pager-range = { $shown ->
    [0] Нет данных
   *[other] { $first }–{ $last }
}
pager-previous = Предыдущая страница
pager-next = Следующая страница

loading = Загрузка…
saved = Сохранено.
unexpected-error = Что-то пошло не так: { $detail }

## Варианты выбора

partner-type-direct-bill = Партнер с прямым выставлением счетов
partner-type-indirect-provider = Косвенный поставщик
partner-type-indirect-reseller = Косвенный торговый посредник

cloud-public = Общедоступное облако
cloud-us-government = Microsoft Cloud для государственных организаций США
cloud-germany = Microsoft Cloud для Германии
cloud-china = Microsoft Azure под управлением 21Vianet (Китай)

role-global-admin = Глобальный администратор
role-admin-agent = Агент по администрированию
role-sales-agent = Агент по продажам
role-helpdesk-agent = Агент службы поддержки

relationship-prospect = Еще не приглашен
relationship-invited = Приглашен
relationship-reseller = Торговый посредник
relationship-removed = Удален

language-en-US = English
language-cs-CZ = Čeština
language-pl-PL = Polski
language-hu-HU = Magyar
language-ru-RU = Русский

choose = Выберите…
action-back = Назад
action-next = Далее
action-done = Готово
filter-all = Все
yes = Да
no = Нет
age-days = { $days ->
    [0] сегодня
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
export-saved = Сохранено в файл { $path }.

## Первый запуск более новой версии Liaison.
updated-from = Liaison обновлён с версии { $from } до версии { $to }.
updated-to = Liaison обновлён до версии { $to }.
updated-backup = Перед переносом ваших записей в новую версию была сохранена их резервная копия: { $backup } (Параметры › Резервные копии).
