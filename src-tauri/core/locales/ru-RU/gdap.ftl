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
