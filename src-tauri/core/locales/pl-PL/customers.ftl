## Strona Klienci i formularz klienta.

customers-title = Klienci
customers-add = Dodaj klienta
customers-search = Szukaj według nazwy firmy, domeny lub identyfikatora Microsoft
customers-no-match = Żaden klient nie pasuje do „{ $search }”.
customers-count = { $count ->
    [one] { $count } klient
   *[other] { $count } klientów
}
customers-col-company = Nazwa firmy
customers-col-domain = Domena podstawowa
customers-col-microsoft-id = Identyfikator Microsoft
customers-col-relationship = Relacja
customers-col-tags = Tagi
customers-unknown-id = Jeszcze nieznany
customers-edit-row = Edytuj klienta { $company }

customer-add-title = Dodaj klienta
customer-edit-title = Edytuj klienta
customer-domain-hint = Domena klienta *.onmicrosoft.com lub domena niestandardowa, na przykład contoso.pl.
customer-microsoft-id-hint = Identyfikator dzierżawy klienta, jeśli jest znany. Zostanie uzupełniony, gdy klient zaakceptuje zaproszenie.
customer-tags-hint = Tagi należy oddzielać przecinkami.
customer-added = Klient { $company } został dodany.
customer-updated = Dane klienta { $company } zostały zapisane.

## Lista klientów z Centrum partnerskiego (Customers.csv) i jej import.

csv-col-microsoft-id = Identyfikator Microsoft
csv-col-company = Nazwa firmy
csv-col-domain = Nazwa domeny podstawowej
csv-col-relationship = Relacja
csv-col-tags = Tagi

customers-request = Żądaj relacji odsprzedawcy
customers-import = Importuj Customers.csv
customers-export = Eksportuj klientów
customers-expand-row = Pokaż kartę klienta { $company }

## Karta klienta.

record-account = Konto
record-subscriptions = Subskrypcje
record-users = Użytkownicy i licencje
record-activity = Aktywność
record-dap = Delegowane uprawnienia administratora
record-accepts-in = Akceptuje zaproszenia w
subscriptions-empty = Brak subskrypcji.
subscriptions-col-status = Stan
subscription-add = Dodaj subskrypcję
subscription-suspend = Zawieś
subscription-reactivate = Aktywuj ponownie
subscription-status-active = Aktywna
subscription-status-suspended = Zawieszona
users-empty = Brak zapisanych użytkowników.
user-add = Dodaj użytkownika

## Żądanie relacji odsprzedawcy.

request-title = Żądaj relacji odsprzedawcy
request-title-provider = Zaproś klienta razem z dostawcą pośrednim
request-dap = Uwzględnij delegowane uprawnienia administracyjne dla usług Azure Active Directory i Office 365
request-dap-hint = Zaznaczenie można usunąć, jeśli chcą Państwo tylko odsprzedawać usługi, na przykład zarządzać wyłącznie subskrypcjami platformy Azure aprowizowanymi przez Państwa.
request-dap-forced = W środowisku { $cloud } relacja odsprzedawcy zawsze obejmuje delegowane uprawnienia administracyjne.
request-no-providers = Najpierw należy dodać dostawcę pośredniego na stronie Dostawcy pośredni.
request-draft-language = Język wiadomości
request-language-customer = Język klienta
request-accept-where = Administrator globalny organizacji klienta akceptuje zaproszenie w { $portal }.
request-link = Spersonalizowany link
request-link-hint = Ten link musi pozostać w wiadomości w niezmienionej postaci: łączy klienta z Państwa kontem.
request-open-email = Otwórz w programie pocztowym
request-copy = Kopiuj do schowka
request-copied = Temat i treść są w schowku.
request-restore-link = Przywróć link
request-sent = Zaproszenie dla firmy { $company } zapisano jako wysłane.
draft-recipient = Do

## Usuwanie relacji.

removal-open = Usuń relację klienta
removal-title = Usuń relację z klientem { $company }
removal-effect = { -app } usunie klienta ze strony Klienci. Jego karta i historia pozostaną w dzienniku aktywności.
removal-dap-unchanged = Delegowane uprawnienia administratora przyznane już przez klienta pozostaną bez zmian; klient może je usunąć w swoim centrum administracyjnym.
removal-legal-notice = Jeśli wymaga tego umowa z klientem lub partnerem, należy przekazać mu wypowiedzenie. Centrum partnerskie go nie wysyła; można je przygotować tutaj dla klienta lub dla partnera.
removal-notice-draft = Przygotuj wypowiedzenie
removal-confirm = Usuń relację
removal-done = Relacja z klientem { $company } została usunięta.

## Import.

import-title = Import listy klientów z Centrum partnerskiego
import-intro = W Centrum partnerskim należy otworzyć stronę Klienci i wybrać Eksportuj klientów, a następnie wskazać tutaj pobrany plik Customers.csv: nowi klienci zostaną dodani, znani zaktualizowani, a oczekujące zaproszenia klientów z listy oznaczone jako zaakceptowane.
import-file = Customers.csv
import-preview = Gotowe do importu. Nowi: { $added } · Zaktualizowani: { $updated } · Bez zmian: { $unchanged } · Zaproszenia do oznaczenia jako zaakceptowane: { $matched } · Odrzucone wiersze: { $rejected }
import-done = Zaimportowano. Nowi: { $added } · Zaktualizowani: { $updated } · Bez zmian: { $unchanged } · Zaproszenia oznaczone jako zaakceptowane: { $matched } · Odrzucone wiersze: { $rejected }
import-apply = Importuj
import-rejected-row = Wiersz { $line } ({ $company }): { $reasons }
record-show-activity = Pokaż w dzienniku aktywności
