## Import listy klientów z Centrum partnerskiego: plik taki, jaki użytkownicy naprawdę mają.

csv-unreadable = Nie udało się odczytać pliku: { $detail }
csv-too-large = Plik jest większy niż { $max } MiB, czyli znacznie większy niż jakakolwiek lista klientów eksportowana z Centrum partnerskiego. Proszę wybrać plik Customers.csv wyeksportowany z Centrum partnerskiego.
csv-too-many-rows = Plik ma więcej niż { $max ->
    [one] { $max } wiersz
    [few] { $max } wiersze
   *[many] { $max } wierszy
  }, czyli więcej, niż aplikacja Liaison importuje naraz.
csv-too-many-columns = Wiersz { $line } ma więcej niż { $max ->
    [one] { $max } kolumnę
    [few] { $max } kolumny
   *[many] { $max } kolumn
  }. Ten plik nie wygląda na listę klientów z Centrum partnerskiego.
csv-field-too-long = Wiersz { $line } zawiera wartość dłuższą niż { $max ->
    [one] { $max } znak
    [few] { $max } znaki
   *[many] { $max } znaków
  }.
csv-unclosed-quote = W wierszu { $line } otwarto cudzysłów, który nigdzie nie jest zamknięty, więc cała reszta pliku stałaby się jedną wartością. Proszę poprawić plik i wybrać go ponownie.
error-cancelled = Import został anulowany. Niczego nie zmieniono.

import-choose = Wybierz plik…
import-no-file = Nie wybrano pliku
import-dialog-title = Wybór pliku Customers.csv z Centrum partnerskiego
import-file-filter = Pliki CSV
import-format = Odczytano w kodowaniu { $encoding ->
    [utf8] UTF-8
    [utf8-bom] UTF-8 ze znacznikiem kolejności bajtów (BOM)
    [utf16-le] UTF-16 LE
    [utf16-be] UTF-16 BE
    [windows1250] Windows-1250
    [windows1251] Windows-1251
   *[windows1252] Windows-1252
  }, wartości rozdzielone { $delimiter ->
    [comma] przecinkami
    [semicolon] średnikami
   *[tab] tabulatorami
  }.
import-progress = { $done } z { $total }
import-restored = Klienci usunięci w aplikacji Liaison, których ten plik wymienia jako klientów odsprzedawcy: { $count }. Import ponownie nada im relację Odsprzedawca.
import-restored-row = Wiersz { $line }: { $company }
import-relationship-unknown = { $field }: „{ $value }” nie jest relacją znaną aplikacji Liaison.
import-repeated = { $field }: ta sama wartość co w wierszu { $line } tego pliku.
import-same-customer = Wiersz { $line } tego pliku dotyczy już tego samego klienta.
import-summary-counts = Nowi: { $added } · Zaktualizowani: { $updated } · Bez zmian: { $unchanged } · Przywrócone relacje: { $restored } · Zaakceptowane zaproszenia: { $matched } · Odrzucone wiersze: { $rejected }

field-relationship = Relacja
activity-change = { $field }: { $from } → { $to }
activity-relationship_restored = Klient { $subject } ponownie oznaczony jako klient odsprzedawcy: lista klientów z Centrum partnerskiego zawiera relację usuniętą w aplikacji Liaison
activity-action-relationship_restored = Relacja przywrócona na podstawie Centrum partnerskiego
