# Dane, które są odrzucane lub objaśniane: ukryte znaki, wartości graniczne, hosty linków.

rule-hidden-character = zawiera niewidoczny znak lub znak zmieniający kierunek tekstu ({ $char }); prosimy go usunąć.
rule-nil-guid = zerowy identyfikator GUID nie należy do żadnej dzierżawy; prosimy podać rzeczywisty identyfikator.
rule-partner-id-zero = identyfikator partnera nigdy nie jest równy 0 i nie zaczyna się od zera.
rule-onmicrosoft-bare = prosimy podać całą domenę, na przykład contoso.onmicrosoft.com.
rule-own-tenant = to jest identyfikator Państwa własnej dzierżawy; prosimy podać identyfikator dzierżawy dostawcy pośredniego.
rule-provider-tenant = to jest identyfikator dzierżawy jednego z Państwa dostawców pośrednich; prosimy podać identyfikator dzierżawy własnej firmy.
rule-known-host = prosimy wybrać jeden z hostów publikowanych przez firmę Microsoft dla tej chmury ({ $cloud }): { $hosts }.
activity-link-host-detail = { $cloud }: { $old } → { $new }
settings-link-host-choices = Miejsce, w którym klienci akceptują zaproszenia: tylko hosty publikowane przez firmę Microsoft dla tej chmury.
settings-link-host-default = { $host } (domyślny)
