## Błędy i reguły pól. Komunikat pola ma postać „Pole: reguła”.

error-invalid-field = { $field }: { $rule }
error-invalid-many = { $count ->
    [1] Jedno pole wymaga uwagi.
    [few] { $count } pola wymagają uwagi.
   *[other] { $count } pól wymaga uwagi.
}
error-customer-not-found = Ten klient już nie istnieje. Proszę odświeżyć listę i spróbować ponownie.
error-profile-missing = Najpierw należy dokończyć konfigurację profilu partnera.
error-provider-not-found = Ten dostawca pośredni już nie istnieje.
error-invitation-not-found = To zaproszenie już nie istnieje.
error-subscription-not-found = Ta subskrypcja już nie istnieje.
error-link-removed = Link zaproszenia musi pozostać w wiadomości dokładnie taki, jak został wygenerowany: jest spersonalizowany, aby połączyć klienta z Państwa kontem. Aby kontynuować, należy go przywrócić.
error-mailto-too-long = Ta wiadomość jest za długa, aby przekazać ją w całości do programu pocztowego ({ $length } znaków; wiele programów obcina ją do { $limit }). Proszę skopiować ją do schowka i wkleić do nowej wiadomości.
error-active-subscriptions = { $count ->
    [1] Ten klient ma nadal aktywną subskrypcję: { $subscriptions }. Najpierw należy ją zawiesić.
    [few] Ten klient ma nadal { $count } aktywne subskrypcje: { $subscriptions }. Najpierw należy je zawiesić.
   *[other] Ten klient ma nadal { $count } aktywnych subskrypcji: { $subscriptions }. Najpierw należy je zawiesić.
}
error-invitation-closed = To zaproszenie nie oczekuje już na odpowiedź: zostało zaakceptowane lub anulowane.
error-no-relationship = Ten klient nie ma relacji odsprzedawcy, którą można by usunąć.
error-customer-removed = Relacja z tym klientem została usunięta. Aby nawiązać ją ponownie, należy wysłać nowe zaproszenie.
error-open-failed = Aplikacja Liaison nie mogła otworzyć programu pocztowego ani przeglądarki: { $detail }
error-clipboard = Aplikacja Liaison nie mogła użyć schowka: { $detail }
error-csv-columns = Ten plik nie jest listą klientów z Centrum partnerskiego: brakuje w nim kolumn { $detail }.
error-storage = Aplikacja Liaison nie mogła odczytać ani zapisać swojej bazy danych: { $detail }
error-file-system = Aplikacja Liaison nie mogła użyć swojego folderu danych: { $detail }
permission-denied = Państwa rola ({ $role }) na to nie pozwala. Wymagana rola: { $allowed }.

rule-required = to pole jest wymagane.
rule-too-long = maksymalna długość to { $max ->
    [one] { $max } znak
    [few] { $max } znaki
   *[other] { $max } znaków
}.
rule-too-many = maksymalna liczba to { $max }.
rule-guid = należy wpisać identyfikator GUID, na przykład 8c2f1e4a-0b6d-4e3f-9a1b-2c3d4e5f6a7b (nawiasy klamrowe i wielkie litery są dozwolone).
rule-partner-id = dozwolone są tylko cyfry, najwyżej 10.
rule-company-name = należy wpisać prawdziwą nazwę firmy: co najmniej dwa znaki, nie same znaki interpunkcyjne.
rule-domain-name = należy wpisać nazwę domeny, na przykład contoso.pl: litery, cyfry i łączniki, z kropką.
rule-onmicrosoft-prefix = część przed .onmicrosoft.com może zawierać tylko litery i cyfry, najwyżej 27.
rule-email = należy wpisać jeden adres e-mail, na przykład anna@contoso.pl.
rule-email-microsoft = adres w domenie microsoft.com nie może być kontaktem klienta.
rule-choice = należy wybrać jedną z dostępnych opcji.
rule-tag = tag może mieć najwyżej 50 znaków i nie może zawierać przecinków ani średników.
rule-taken = inny klient ma już tę wartość.
rule-quantity = należy wpisać liczbę całkowitą od 1 do 100 000.
rule-attest = aby kontynuować, należy potwierdzić oświadczenie.
