## Relacje administratora GDAP: szczegółowe delegowane uprawnienia administratora, o które partner
## prosi każdego klienta na określony czas, z wbudowanymi rolami Microsoft Entra.

field-relationship-name = Nazwa relacji administratora
field-duration-days = Czas trwania w dniach
field-roles = Role Microsoft Entra
field-auto-extend = Automatyczne przedłużanie
field-approval-link = Link do zatwierdzenia
field-approved-on = Data zatwierdzenia
field-termination-reason = Powód
field-template-name = Nazwa szablonu

rule-relationship-name = można użyć tylko liter bez znaków diakrytycznych, cyfr, łączników (-) i podkreśleń (_); Microsoft nie dopuszcza innych znaków.
rule-relationship-taken = inna relacja administratora ma już tę nazwę; Microsoft wymaga nazwy, której nie używa żadna inna relacja Państwa firmy.
rule-duration-days = należy podać całkowitą liczbę dni od 1 do 730 (dwa lata).
rule-auto-extend-global-admin = relacji z rolą Global Administrator nie można przedłużać automatycznie. Należy wyłączyć automatyczne przedłużanie albo usunąć tę rolę.
rule-approval-link = należy wkleić link do zatwierdzenia, który Centrum partnerskie utworzyło dla tego żądania w chmurze { $cloud }: zaczyna się od https:// i jednego z hostów { $hosts }, a kończy identyfikatorem relacji po /granularAdminRelationships/.
rule-approval-link-taken = ten link jest już zapisany przy innej relacji administratora; każde żądanie ma własny link.
rule-approval-date = należy podać dzień między wysłaniem żądania a dniem dzisiejszym, zanim żądanie wygasło 90 dni po wysłaniu.
rule-date = należy podać datę w formacie RRRR-MM-DD, np. 2026-03-31.
rule-template-taken = inny szablon ról ma już tę nazwę.

error-admin-relationship-not-found = Ta relacja administratora już nie istnieje.
error-role-template-not-found = Ten szablon ról już nie istnieje.
error-gdap-not-pending = Jako zatwierdzone można oznaczyć tylko żądanie, które wciąż czeka na zatwierdzenie przez klienta.
error-gdap-ended = Ta relacja administratora już się zakończyła.

gdap-status-pending-approval = Oczekuje na zatwierdzenie
gdap-status-active = Aktywna
gdap-status-expired = Wygasła
gdap-status-terminated = Zakończona

role-template-default = Domyślne role GDAP

activity-gdap_requested = Wysłano żądanie relacji administratora { $subject }
activity-gdap_approved = Zapisano zatwierdzenie relacji administratora { $subject }
activity-gdap_terminated = Zakończono relację administratora { $subject }
activity-role_template_saved = Zapisano szablon ról { $subject }
activity-role_template_deleted = Usunięto szablon ról { $subject }
activity-action-gdap_requested = Żądanie relacji administratora
activity-action-gdap_approved = Zatwierdzenie relacji administratora
activity-action-gdap_terminated = Zakończenie relacji administratora
activity-action-role_template_saved = Zapisanie szablonu ról
activity-action-role_template_deleted = Usunięcie szablonu ról
