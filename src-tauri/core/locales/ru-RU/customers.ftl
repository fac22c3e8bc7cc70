## Страница «Клиенты» и форма клиента.

customers-title = Клиенты
customers-add = Добавить клиента
customers-search = Поиск по названию компании, домену или идентификатору Майкрософт
customers-no-match = Нет клиентов, соответствующих запросу «{ $search }».
customers-count = { $count ->
    [one] { $count } клиент
    [few] { $count } клиента
   *[other] { $count } клиентов
}
customers-col-company = Название компании
customers-col-domain = Основной домен
customers-col-microsoft-id = Идентификатор Майкрософт
customers-col-relationship = Отношения
customers-col-tags = Теги
customers-unknown-id = Пока неизвестен
customers-edit-row = Изменить: { $company }

customer-add-title = Добавить клиента
customer-edit-title = Изменить клиента
customer-domain-hint = Домен клиента *.onmicrosoft.com или собственный домен, например contoso.ru.
customer-microsoft-id-hint = Идентификатор арендатора клиента, если он известен. Заполняется, когда клиент принимает приглашение.
customer-tags-hint = Разделяйте теги запятыми.
customer-added = Клиент { $company } добавлен.
customer-updated = Клиент { $company } сохранен.

## Список клиентов из Центра партнеров (Customers.csv) и его импорт.

csv-col-microsoft-id = Идентификатор Microsoft
csv-col-company = Название компании
csv-col-domain = Имя основного домена
csv-col-relationship = Отношения
csv-col-tags = Теги

customers-request = Запросить отношения торгового посредника
customers-import = Импортировать Customers.csv
customers-export = Экспортировать клиентов
customers-expand-row = Показать карточку клиента { $company }

## Карточка клиента.

record-account = Учетная запись
record-subscriptions = Подписки
record-users = Пользователи и лицензии
record-activity = Действия
record-dap = Делегированные права администратора
record-accepts-in = Принимает приглашения
subscriptions-empty = Подписок нет.
subscriptions-col-status = Состояние
subscription-add = Добавить подписку
subscription-suspend = Приостановить
subscription-reactivate = Возобновить
subscription-status-active = Активна
subscription-status-suspended = Приостановлена
users-empty = Пользователи не записаны.
user-add = Добавить пользователя

## Запрос отношений торгового посредника.

request-title = Запросить отношения торгового посредника
request-title-provider = Пригласить клиента вместе с косвенным поставщиком
request-dap = Включить делегированные права администратора для Azure Active Directory и Office 365
request-dap-hint = Снимите флажок, если хотите только перепродавать, например управлять лишь подписками Azure, которые вы подготавливаете сами.
request-dap-forced = В { $cloud } отношения торгового посредника всегда включают делегированные права администратора.
request-no-providers = Сначала добавьте косвенного поставщика на странице «Косвенные поставщики».
request-draft-language = Язык письма
request-language-customer = Язык клиента
request-accept-where = Глобальный администратор организации клиента принимает приглашение { $portal }.
request-link = Персональная ссылка
request-link-hint = Оставьте эту ссылку в письме точно в таком виде: она связывает клиента с вашей учетной записью.
request-open-email = Открыть в почте
request-copy = Копировать в буфер обмена
request-copied = Тема и текст скопированы в буфер обмена.
request-restore-link = Вернуть ссылку
request-sent = Приглашение для компании { $company } записано как отправленное.
draft-recipient = Кому

## Удаление отношений.

removal-open = Удалить отношение с клиентом
removal-title = Удалить отношения с клиентом { $company }
removal-effect = { -app } уберет клиента со страницы «Клиенты». Его карточка и история останутся в журнале действий.
removal-dap-unchanged = Делегированные права администратора, уже предоставленные клиентом, будут сохранены; клиент может удалить их в своем центре администрирования.
removal-legal-notice = Если этого требует ваш договор с клиентом или партнером, вы должны направить ему юридическое уведомление о расторжении. Центр партнеров его не отправляет; здесь можно подготовить уведомление для клиента или для партнера.
removal-notice-draft = Подготовить уведомление о расторжении
removal-confirm = Удалить отношения
removal-done = Отношения с клиентом { $company } удалены.

## Импорт.

import-title = Импорт списка клиентов из Центра партнеров
import-intro = В Центре партнеров откройте «Клиенты» и выберите «Экспортировать клиентов». Выберите здесь полученный файл Customers.csv: новые клиенты будут добавлены, известные обновлены, а ожидающие приглашения клиентов из списка отмечены как принятые.
import-file = Customers.csv
import-preview = Готово к импорту. Новые: { $added } · Обновленные: { $updated } · Без изменений: { $unchanged } · Приглашения, которые будут отмечены как принятые: { $matched } · Отклоненные строки: { $rejected }
import-done = Импорт выполнен. Новые: { $added } · Обновленные: { $updated } · Без изменений: { $unchanged } · Приглашения, отмеченные как принятые: { $matched } · Отклоненные строки: { $rejected }
import-apply = Импортировать
import-rejected-row = Строка { $line } ({ $company }): { $reasons }
record-show-activity = Показать в журнале действий
