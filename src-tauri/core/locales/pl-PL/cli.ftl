## Narzędzie wiersza poleceń liaison-cli (uruchamiane także jako `liaison COMMAND`).

cli-about = Liaison w wierszu poleceń: spersonalizowany link, klienci, zaproszenia i dziennik aktywności – w tym samym pliku lokalnym lub zespołowym obszarze roboczym co aplikacja.
cli-exit-codes = Kody wyjścia: 0 wykonano · 1 błąd (baza danych, plik) · 2 nieprawidłowy wiersz poleceń · 3 wartość narusza regułę · 4 Państwa rola na to nie pozwala · 5 nie znaleziono lub pasuje kilka pozycji · 6 w tej chwili niemożliwe lub profil partnera nie jest skonfigurowany · 7 nie można otworzyć bazy danych lub zespołowy obszar roboczy nie odpowiada.
cli-data-dir = Folder pliku lokalnego aplikacji Liaison; domyślnie folder używany przez aplikację.
cli-database = Zespołowy obszar roboczy używany zamiast pliku lokalnego: postgres://login@server:port/database.
cli-json = Wypisz dane w formacie JSON zamiast tabeli.
cli-file = Plik.

cli-link-about = Wypisz spersonalizowany link partnera z żądaniem relacji odsprzedawcy.
cli-dap = Żądaj także delegowanych uprawnień administratora (DAP).
cli-no-dap = Nie żądaj delegowanych uprawnień administratora (domyślnie, chyba że wymaga ich chmura).
cli-provider = Dostawca pośredni, podany z nazwy, do zaproszenia razem z dostawcą pośrednim.

cli-customers-about = Wyświetlaj, wyszukuj, dodawaj, importuj i eksportuj klientów.
cli-customers-list-about = Wyświetl wszystkich klientów z jednego widoku.
cli-customers-search-about = Wyszukaj klientów według nazwy firmy, domeny lub identyfikatora Microsoft – we wszystkich widokach, chyba że podano jeden z nich.
cli-customers-add-about = Dodaj klienta.
cli-customers-import-about = Zaimportuj plik Customers.csv z Centrum partnerskiego: wszystkie wiersze albo żaden.
cli-customers-export-about = Wyeksportuj klientów z jednego widoku do pliku CSV z kolumnami Centrum partnerskiego.
cli-view = Którzy klienci: reseller (strona Klienci), invited (zaproszeni), prospects (potencjalni klienci) lub removed (usunięci).
cli-search-text = Fragment nazwy firmy, domeny lub identyfikatora Microsoft.
cli-country = Kraj/region jako kod dwuliterowy, na przykład CZ.
cli-customer-language = Język klienta: en-US, cs-CZ, pl-PL, hu-HU lub ru-RU.
cli-tag = Tag; aby podać więcej tagów, należy powtórzyć opcję.
cli-preview = Pokaż, co zrobiłby import, niczego nie zapisując.

cli-invite-about = Przygotuj i wypisz wersję roboczą zaproszenia do relacji odsprzedawcy; wersję roboczą można zapisać jako plik wiadomości e-mail, a po wysłaniu zapisać zaproszenie jako wysłane.
cli-customer = Klient: jego numer, nazwa firmy, domena podstawowa lub identyfikator Microsoft.
cli-lang = Język wersji roboczej: en-US, cs-CZ, pl-PL, hu-HU lub ru-RU (albo en, cs, pl, hu, ru); domyślnie język klienta.
cli-eml = Zapisz wersję roboczą jako plik wiadomości e-mail (.eml) do otwarcia w programie pocztowym.
cli-record = Zapisz zaproszenie jako wysłane.
cli-outside-region = Kontynuuj, mimo że klient znajduje się poza krajem partnera i jego regionem.

cli-invitations-about = Wyświetl zaproszenia.
cli-invitations-list-about = Wyświetl zaproszenia, od najnowszych.
cli-status = Tylko zaproszenia o tym stanie: pending (oczekujące), accepted (zaakceptowane) lub cancelled (anulowane).
cli-older-than = Tylko zaproszenia wysłane co najmniej tyle dni temu, na przykład 7d.

cli-activity-about = Wyeksportuj dziennik aktywności.
cli-activity-export-about = Wyeksportuj dziennik aktywności do pliku CSV.
cli-from = Od tego dnia włącznie (YYYY-MM-DD).
cli-to = Do tego dnia włącznie (YYYY-MM-DD).

cli-col-number = Numer
cli-no-customers = Brak klientów w tym widoku.
cli-no-invitations = Brak pasujących zaproszeń.
cli-customer-added = Klient { $company } został dodany pod numerem { $number }.
cli-import-preview = Podgląd: niczego nie zapisano.
cli-rejected-row = Wiersz { $line } ({ $company }): { $reasons }
cli-exported = Zapisano { $count ->
    [one] { $count } wiersz
    [few] { $count } wiersze
    [many] { $count } wierszy
   *[other] { $count } wiersza
} w pliku { $path }.
cli-eml-saved = Wersję roboczą zapisano w pliku { $path }.
cli-recorded = Zaproszenie dla firmy { $company } zapisano jako wysłane.
cli-not-recorded = Zaproszenia nie zapisano jako wysłanego. Po jego wysłaniu proszę uruchomić to samo polecenie z opcją --record.

cli-error = Błąd: { $message }
cli-see-help = Opcje można wyświetlić za pomocą --help.
cli-unknown-option = To polecenie nie ma opcji { $option }.
cli-unknown-command = Nie ma polecenia „{ $command }”.
cli-missing-value = Należy podać { $option }.
cli-missing-command = Proszę podać polecenie.
cli-conflict = Opcji { $option } nie można używać razem z opcją { $other }.
cli-invalid-choice = { $option }: „{ $value }” nie należy do dozwolonych wartości ({ $choices }).
cli-invalid-days = { $option }: „{ $value }” nie jest liczbą dni od 1 do 3650, na przykład 7d.
cli-invalid-date = { $option }: „{ $value }” nie jest datą w formacie YYYY-MM-DD, na przykład 2026-11-23.
cli-customer-unknown = Żaden klient nie ma numeru, nazwy firmy, domeny podstawowej ani identyfikatora Microsoft „{ $customer }”. Aby wyszukać klienta, proszę użyć polecenia: liaison customers search
cli-customer-ambiguous = „{ $customer }” pasuje do { $count ->
    [one] { $count } klienta
    [few] { $count } klientów
    [many] { $count } klientów
   *[other] { $count } klienta
}: { $names }. Proszę wskazać jednego z nich numerem.
cli-provider-unknown = Nie ma dostawcy pośredniego o nazwie „{ $provider }”. Dostawcy pośredni: { $names }
