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

## Strona GDAP, relacje administratora w karcie klienta i okno żądania.
nav-gdap = GDAP
gdap-title = Relacje administratora GDAP
record-gdap = Relacje administratora
gdap-request = Zażądaj nowej relacji
gdap-request-title = Żądanie szczegółowych delegowanych uprawnień administratora (GDAP)
gdap-request-intro = Liaison nie może utworzyć żądania w chmurze firmy Microsoft. W Centrum partnerskim należy otworzyć klienta, wybrać Relacje administratora, a następnie żądanie nowej relacji z tą samą nazwą, czasem trwania, rolami i automatycznym przedłużaniem co tutaj. Potem należy wkleić tu link do zatwierdzenia podany przez Centrum partnerskie: Liaison przygotuje z nim wiadomość do klienta.
gdap-template = Szablon ról
gdap-template-custom = Role wybrane pojedynczo
gdap-name-hint = Klient zobaczy tę nazwę w centrum administracyjnym Microsoft 365. Maksymalnie 50 liter bez znaków diakrytycznych, cyfr, łączników i podkreśleń; żadna inna relacja Państwa firmy nie może jej mieć.
gdap-auto-extend-hint = Po upływie czasu trwania relacja jest za każdym razem przedłużana o sześć miesięcy. Niedozwolone z rolą Global Administrator.
gdap-link-hint = Link do zatwierdzenia z wiadomości żądania, które Centrum partnerskie sfinalizowało, np. https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/…
gdap-roles-hint = Tylko wbudowane role Microsoft Entra; przy każdej podano identyfikator szablonu.
gdap-roles-chosen = { $count ->
    [one] { $count } rola
    [few] { $count } role
   *[other] { $count } ról
}
gdap-roles-clear = Wyczyść wybór
gdap-approve-where = Żądanie zatwierdza administrator globalny klienta w { $portal }. Link w wiadomości należy pozostawić dokładnie bez zmian.
gdap-handed-off = Wersja robocza jest otwarta w programie pocztowym. Proszę ją stamtąd wysłać, a następnie wybrać „Gotowe”, aby zapisać żądanie.
gdap-leave-title = Zamknąć bez zapisania żądania?
gdap-leave-body = Wersja robocza została już przekazana, ale nie wybrano „Gotowe”. Jeśli okno zostanie teraz zamknięte, żądanie nie zostanie zapisane, a Liaison nie będzie śledzić jego zatwierdzenia ani wygaśnięcia.
gdap-col-status = Stan
gdap-requested-by = Zażądano { $date } ({ $name })
gdap-col-end = Koniec
gdap-col-age = Wiek
gdap-age-days = { $count ->
    [one] { $count } dzień
   *[other] { $count } dni
}
gdap-expires-on = Żądanie wygasa { $date }
gdap-ends-on = Kończy się { $date }
gdap-extends-on = Przedłuży się automatycznie { $date }
gdap-terminated-on = Zakończona { $date }
gdap-empty = Dla tego klienta nie zażądano jeszcze żadnej relacji administratora.
gdap-approve = Oznacz jako zatwierdzoną
gdap-approve-title = Oznacz relację { $name } jako zatwierdzoną
gdap-approve-body = Należy podać dzień, w którym klient zatwierdził żądanie w centrum administracyjnym Microsoft 365. Relacja jest aktywna od tego dnia przez cały czas trwania.
gdap-end = Zakończ relację
gdap-end-title = Zakończ relację { $name }
gdap-end-body = Należy zapisać, że ta relacja została zakończona w Centrum partnerskim lub przez klienta, oraz podać powód. Najpierw należy ją zakończyć w Centrum partnerskim: Liaison jedynie to zapisuje.
gdap-pending = Oczekujące na zatwierdzenie
gdap-ending-soon = Kończące się w ciągu 60 dni
gdap-expired = Wygasłe
gdap-without-active-title = Klienci z relacją odsprzedawcy bez aktywnej relacji administratora
gdap-without-active = { $count ->
    [one] { $count } klient z relacją odsprzedawcy nie ma aktywnej relacji administratora
    [few] { $count } klientów z relacją odsprzedawcy nie ma aktywnej relacji administratora
   *[other] { $count } klientów z relacją odsprzedawcy nie ma aktywnej relacji administratora
}
gdap-overview-none = Brak.
gdap-templates = Szablony ról
gdap-template-built-in = Domyślny zestaw firmy Microsoft
gdap-template-new = Nowy szablon ról
gdap-template-editing = Edycja szablonu { $name }
gdap-template-saved = Szablon ról został zapisany.
gdap-template-delete = Usuń

## Microsoft's pages, opened in the web browser.
error-partner-center-elsewhere = Liaison otwiera Centrum partnerskie tylko w chmurze publicznej firmy Microsoft, gdzie jego adres jest pewny. Centrum partnerskie swojej chmury należy otworzyć jak zwykle.
ms-open-partner-center = Otwórz Centrum partnerskie
ms-open-customer = Otwórz w Centrum partnerskim
ms-open-gdap = Szczegółowa administracja w Centrum partnerskim
ms-gdap-help = Pomoc firmy Microsoft dotycząca GDAP
ms-gdap-approval-help = Jak klient zatwierdza żądanie
ms-opened = Strona jest otwarta w przeglądarce internetowej.
