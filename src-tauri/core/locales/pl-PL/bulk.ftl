## Żądania zbiorcze: osobna, spersonalizowana wersja robocza dla każdego z wielu klientów,
## przekazywana jako pliki wiadomości lub po kolei i zapisywana dopiero po potwierdzeniu.

field-customers = Klienci
customers-select-row = Zaznacz klienta { $company }
customers-select-page = Zaznacz wszystkich klientów na tej stronie
customers-selected = { $count ->
    [one] { $count } zaznaczony klient
    [few] { $count } zaznaczonych klientów
   *[many] { $count } zaznaczonych klientów
}
customers-select-matching = Zaznacz wszystkich pasujących ({ $count })
customers-clear-selection = Wyczyść wybór
customers-request-selected = Zaproś zaznaczonych
bulk-title = Żądaj relacji odsprzedawcy od { $count ->
    [one] { $count } klienta
    [few] { $count } klientów
   *[many] { $count } klientów
}
bulk-intro = Liaison przygotuje osobną wiadomość dla każdego klienta, w jego języku, ze spersonalizowanym linkiem Państwa firmy. Klienci, dla których nie można przygotować wiadomości, zostaną wymienieni wraz z powodem i pominięci.
bulk-drafts = { $count ->
    [one] { $count } wersja robocza
    [few] { $count } wersje robocze
   *[many] { $count } wersji roboczych
}
bulk-skipped = { $count ->
    [one] Pominięto { $count } klienta
    [few] Pominięto { $count } klientów
   *[many] Pominięto { $count } klientów
}
bulk-none = Dla żadnego z zaznaczonych klientów nie można przygotować wiadomości.
bulk-view = Widok
bulk-view-list = Jako lista
bulk-view-one = Pojedynczo
bulk-position = Wersja robocza { $index } z { $count }
bulk-previous = Poprzednia wersja robocza
bulk-next = Następna wersja robocza
bulk-col-customer = Klient
bulk-col-recipient = Do
bulk-col-language = Język
bulk-col-reason = Powód
bulk-col-state = Wysłano
bulk-save = Zapisz wszystkie jako pliki wiadomości e-mail
bulk-save-title = Zapisz wersje robocze w nowym folderze
bulk-folder = Zaproszenia { $date }
bulk-saved = Zapisano { $count ->
    [one] { $count } plik wiadomości e-mail
    [few] { $count } pliki wiadomości e-mail
   *[many] { $count } plików wiadomości e-mail
} w folderze { $path }. Proszę otworzyć każdy z nich w programie pocztowym i wysłać, a następnie zapisać tutaj te, które zostały wysłane.
bulk-open = Otwórz w programie pocztowym
bulk-record = Zapisz jako wysłane
bulk-record-all = Zapisz wszystkie jako wysłane
bulk-recorded = Zapisano
bulk-recorded-count = { $count ->
    [one] Jako wysłane zapisano { $count } zaproszenie.
    [few] Jako wysłane zapisano { $count } zaproszenia.
   *[many] Jako wysłane zapisano { $count } zaproszeń.
}
bulk-confirm-title = Zapisać wszystkie wersje robocze jako wysłane?
bulk-confirm-body = Należy zapisać tylko te zaproszenia, które zostały wysłane: Liaison pokazuje następnie każde z nich jako oczekujące na klienta, dopóki nie zostanie zaakceptowane.
bulk-leave-title = Zamknąć bez zapisania wersji roboczych?
bulk-leave-body = Niektóre wersje robocze zostały już przekazane poza Liaison, ale nie zapisano ich jako wysłanych. Jeśli okno zostanie teraz zamknięte, nie będą one śledzone.
request-save-eml = Zapisz jako plik wiadomości e-mail
request-save-eml-title = Zapisz wersję roboczą jako plik wiadomości e-mail
request-eml-saved = Zapisano w pliku { $path }. Proszę otworzyć go w programie pocztowym, wysłać wiadomość, a następnie wybrać „Gotowe”.
eml-file-filter = Wiadomości e-mail (.eml)
bulk-what = Przedmiot żądania
bulk-what-reseller = Relacja odsprzedawcy
bulk-what-gdap = Relacje administratora GDAP
bulk-title-gdap = Żądaj relacji administratora GDAP od { $count ->
    [one] { $count } klienta
    [few] { $count } klientów
   *[many] { $count } klientów
}
bulk-gdap-intro = W Centrum partnerskim należy utworzyć dla każdego klienta żądanie z rolami, czasem trwania i automatycznym przedłużaniem wybranymi tutaj oraz z nazwą podaną obok klienta. Następnie przy każdym kliencie należy wkleić link do zatwierdzenia, który Centrum partnerskie podało dla jego żądania: Liaison przygotuje każdą wiadomość z jej własnym linkiem.
bulk-gdap-relationships = Relacje administratora poszczególnych klientów
bulk-recorded-gdap = { $count ->
    [one] Jako wysłane zapisano { $count } żądanie GDAP.
    [few] Jako wysłane zapisano { $count } żądania GDAP.
   *[many] Jako wysłane zapisano { $count } żądań GDAP.
}
