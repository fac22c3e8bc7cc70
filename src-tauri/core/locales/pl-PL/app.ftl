## Rama aplikacji i słowa wspólne dla wszystkich stron.

-app = Liaison
app-name = { -app }
nav-label = Menu główne
nav-customers = Klienci
nav-indirect-providers = Dostawcy pośredni
nav-invitations = Zaproszenia
nav-activity = Dziennik aktywności
nav-settings = Ustawienia
signed-in-as = { $name } · { $role }

action-save = Zapisz
action-cancel = Anuluj
action-open = Otwórz
action-close = Zamknij
action-edit = Edytuj
action-retry = Spróbuj ponownie

pager-summary = { $total ->
    [0] Brak danych do wyświetlenia
   *[other] { $first }–{ $last } z { $total }
}
# While the total is still being counted: the rows shown.
pager-range = { $shown ->
    [0] Brak danych do wyświetlenia
   *[other] { $first }–{ $last }
}
pager-previous = Poprzednia strona
pager-next = Następna strona

loading = Ładowanie…
saved = Zapisano.
unexpected-error = Coś poszło nie tak: { $detail }

## Opcje

partner-type-direct-bill = Partner z rozliczeniem bezpośrednim
partner-type-indirect-provider = Dostawca pośredni
partner-type-indirect-reseller = Odsprzedawca pośredni

cloud-public = Chmura publiczna
cloud-us-government = Microsoft Cloud for US Government
cloud-germany = Microsoft Cloud Niemcy
cloud-china = Microsoft Azure obsługiwany przez 21Vianet (Chiny)

role-global-admin = Administrator globalny
role-admin-agent = Agent administracyjny
role-sales-agent = Agent sprzedaży
role-helpdesk-agent = Agent pomocy technicznej

relationship-prospect = Jeszcze niezaproszony
relationship-invited = Zaproszony
relationship-reseller = Odsprzedawca
relationship-removed = Usunięty

language-en-US = English
language-cs-CZ = Čeština
language-pl-PL = Polski
language-hu-HU = Magyar
language-ru-RU = Русский

choose = Wybierz…
action-back = Wstecz
action-next = Dalej
action-done = Gotowe
filter-all = Wszystkie
yes = Tak
no = Nie
age-days = { $days ->
    [0] dziś
    [one] { $days } dzień
   *[other] { $days } dni
}
export-saved = Zapisano w pliku { $path }.

## Pierwsze uruchomienie nowszej wersji Liaison.
updated-from = Liaison zaktualizowano z wersji { $from } do wersji { $to }.
updated-to = Liaison zaktualizowano do wersji { $to }.
updated-backup = Przed przeniesieniem Twoich danych do nowej wersji zapisano ich kopię zapasową: { $backup } (Ustawienia › Kopie zapasowe).
