## Отношения администратора GDAP: детализированные делегированные права администратора, которые
## партнер запрашивает у каждого клиента на ограниченный срок со встроенными ролями Microsoft Entra.

field-relationship-name = Название отношений администратора
field-duration-days = Срок в днях
field-roles = Роли Microsoft Entra
field-auto-extend = Автоматическое продление
field-approval-link = Ссылка для утверждения
field-approved-on = Дата утверждения
field-termination-reason = Причина
field-template-name = Название шаблона

rule-relationship-name = используйте только латинские буквы, цифры, дефисы (-) и подчеркивания (_); другие символы Майкрософт не допускает.
rule-relationship-taken = это название уже есть у других отношений администратора; Майкрософт требует название, которое не используется ни в каких других ваших отношениях.
rule-duration-days = введите целое число дней от 1 до 730 (два года).
rule-auto-extend-global-admin = отношения с ролью Global Administrator нельзя продлевать автоматически. Отключите автоматическое продление или уберите эту роль.
rule-approval-link = вставьте ссылку для утверждения, которую Центр партнеров создал для этого запроса в облаке { $cloud }: она начинается с https:// и одного из узлов { $hosts }, а заканчивается идентификатором отношений после /granularAdminRelationships/.
rule-approval-link-taken = эта ссылка уже записана для других отношений администратора; у каждого запроса своя ссылка.
rule-approval-date = введите день между отправкой запроса и сегодняшним днем, раньше окончания срока запроса (90 дней после отправки).
rule-date = введите дату в формате ГГГГ-ММ-ДД, например 2026-03-31.
rule-template-taken = это название уже есть у другого шаблона ролей.

error-admin-relationship-not-found = Этих отношений администратора больше не существует.
error-role-template-not-found = Этого шаблона ролей больше не существует.
error-gdap-not-pending = Утвержденным можно отметить только запрос, который еще ожидает утверждения клиентом.
error-gdap-ended = Эти отношения администратора уже завершены.

gdap-status-pending-approval = Ожидает утверждения
gdap-status-active = Активно
gdap-status-expired = Срок истек
gdap-status-terminated = Прекращено

role-template-default = Роли GDAP по умолчанию

activity-gdap_requested = Запрошены отношения администратора { $subject }
activity-gdap_approved = Записано утверждение отношений администратора { $subject }
activity-gdap_terminated = Прекращены отношения администратора { $subject }
activity-role_template_saved = Сохранен шаблон ролей { $subject }
activity-role_template_deleted = Удален шаблон ролей { $subject }
activity-action-gdap_requested = Запрос отношений администратора
activity-action-gdap_approved = Утверждение отношений администратора
activity-action-gdap_terminated = Прекращение отношений администратора
activity-action-role_template_saved = Сохранение шаблона ролей
activity-action-role_template_deleted = Удаление шаблона ролей

## Страница GDAP, отношения администратора в карточке клиента и окно запроса.
nav-gdap = GDAP
gdap-title = Отношения администратора GDAP
record-gdap = Отношения администратора
gdap-request = Запросить новые отношения
gdap-request-title = Запрос детализированных делегированных прав администратора (GDAP)
gdap-request-intro = Liaison не может создать запрос в облаке Майкрософт. В Центре партнеров откройте клиента, выберите «Отношения администратора», затем запрос новых отношений с теми же названием, сроком, ролями и автоматическим продлением, что и здесь. Затем вставьте сюда ссылку для утверждения, которую выдаст Центр партнеров: Liaison подготовит с ней письмо клиенту.
gdap-template = Шаблон ролей
gdap-template-custom = Роли, выбранные по одной
gdap-name-hint = Клиент увидит название в Центре администрирования Microsoft 365. Не более 50 латинских букв, цифр, дефисов и подчеркиваний; у других ваших отношений такого названия быть не должно.
gdap-auto-extend-hint = По окончании срока отношения каждый раз продлеваются на шесть месяцев. С ролью Global Administrator не допускается.
gdap-link-hint = Ссылка для утверждения из письма запроса, который Центр партнеров завершил, например https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/…
gdap-roles-hint = Только встроенные роли Microsoft Entra; у каждой указан идентификатор шаблона.
gdap-roles-chosen = { $count ->
    [one] { $count } роль
    [few] { $count } роли
   *[other] { $count } ролей
}
gdap-roles-clear = Снять выбор
gdap-approve-where = Запрос утверждает глобальный администратор клиента { $portal }. Оставьте ссылку в письме в точности без изменений.
gdap-handed-off = Черновик открыт в почтовом приложении. Отправьте его оттуда, а затем нажмите «Готово», чтобы записать запрос.
gdap-leave-title = Закрыть, не записав запрос?
gdap-leave-body = Вы уже передали черновик, но не нажали «Готово». Если закрыть сейчас, запрос не будет записан и Liaison не будет отслеживать его утверждение и истечение срока.
gdap-col-status = Состояние
gdap-requested-by = Запрошено { $date } ({ $name })
gdap-col-end = Окончание
gdap-col-age = Давность
gdap-age-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[other] { $count } дней
}
gdap-expires-on = Запрос истекает { $date }
gdap-ends-on = Заканчиваются { $date }
gdap-extends-on = Продлеваются автоматически { $date }
gdap-terminated-on = Прекращены { $date }
gdap-empty = Для этого клиента еще не запрашивались отношения администратора.
gdap-approve = Отметить как утвержденные
gdap-approve-title = Отметить { $name } как утвержденные
gdap-approve-body = Введите день, когда клиент утвердил запрос в Центре администрирования Microsoft 365. Отношения действуют с этого дня в течение всего срока.
gdap-end = Прекратить отношения
gdap-end-title = Прекратить { $name }
gdap-end-body = Запишите, что эти отношения прекращены в Центре партнеров или клиентом, и почему. Сначала прекратите их в Центре партнеров: Liaison только записывает это.
gdap-pending = Ожидают утверждения
gdap-ending-soon = Заканчиваются в ближайшие 60 дней
gdap-expired = Срок истек
gdap-without-active-title = Клиенты с отношениями торгового посредника без активных отношений администратора
gdap-without-active = { $count ->
    [one] У { $count } клиента с отношениями торгового посредника нет активных отношений администратора
   *[other] У { $count } клиентов с отношениями торгового посредника нет активных отношений администратора
}
gdap-overview-none = Нет.
gdap-templates = Шаблоны ролей
gdap-template-built-in = Набор Майкрософт по умолчанию
gdap-template-new = Новый шаблон ролей
gdap-template-editing = Изменение шаблона { $name }
gdap-template-saved = Шаблон ролей сохранен.
gdap-template-delete = Удалить

## Microsoft's pages, opened in the web browser.
error-partner-center-elsewhere = Liaison открывает Центр партнеров только в общедоступном облаке Майкрософт, где его адрес точно известен. Откройте Центр партнеров своего облака обычным способом.
ms-open-partner-center = Открыть Центр партнеров
ms-open-customer = Открыть в Центре партнеров
ms-open-gdap = Детализированное администрирование в Центре партнеров
ms-gdap-help = Справка Майкрософт по GDAP
ms-gdap-approval-help = Как клиент утверждает запрос
ms-opened = Страница открыта в веб-браузере.
