# Settings → Workspace: where Liaison keeps its records.
field-host = Serwer
field-port = Port
field-database = Baza danych
field-tls = Szyfrowanie
rule-server-host = proszę podać nazwę serwera (na przykład db.example.com) lub jego adres IP.
rule-port = proszę podać numer portu od 1 do 65535 lub pozostawić pole puste dla domyślnego portu PostgreSQL (5432).
rule-database-name = proszę użyć wyłącznie liter bez polskich znaków, cyfr, _, - i . – najwyżej 63 znaki.
workspace-unreachable = Serwer zespołowego obszaru roboczego nie odpowiada. Proszę sprawdzić nazwę serwera, port i połączenie sieciowe. Liaison ponawia próby połączenia; wprowadzone dane zostają zachowane.
workspace-wrong-password = Serwer odrzucił ten login. Proszę sprawdzić login i jego hasło: wpisane tutaj lub zapisane w systemowym pęku kluczy, a w przeciwnym razie to z pliku .pgpass lub zmiennej PGPASSWORD.
workspace-tls-refused = Szyfrowane połączenie zostało odrzucone lub certyfikat serwera nie jest zaufany. Proszę sprawdzić ustawienie szyfrowania z administratorem bazy danych.
workspace-no-such-database = Na serwerze nie ma bazy danych o tej nazwie.
tls-verify-full = Szyfrowane, ze sprawdzeniem certyfikatu (zalecane)
tls-require = Szyfrowane, bez sprawdzania certyfikatu
tls-prefer = Szyfrowane, jeśli serwer to umożliwia
tls-disable = Nieszyfrowane
workspace-title = Obszar roboczy
workspace-local = Dane są przechowywane w pliku lokalnym na tym komputerze, który nie wymaga konfiguracji. Aby pracować ze współpracownikami, proszę połączyć się z zespołowym obszarem roboczym: bazą danych PostgreSQL przygotowaną przez administratora.
workspace-team = Praca odbywa się w zespołowym obszarze roboczym { $database } na serwerze { $server }, jako { $user }.
workspace-password-hint = Zapisywane w systemowym pęku kluczy, nigdy w pliku. Jeśli pole pozostanie puste, zostanie użyte już zapisane hasło, plik .pgpass lub zmienna PGPASSWORD.
workspace-test = Sprawdź połączenie
workspace-use = Przełącz na ten obszar roboczy
workspace-use-local = Wróć do pliku lokalnego
workspace-ok = Połączono jako { $user }.
workspace-ok-empty = Połączono jako { $user }. Obszar roboczy jest pusty: skonfiguruje go jego pierwszy administrator globalny.
workspace-switch-note = Aby przełączyć, Liaison uruchomi się ponownie.
workspace-unreachable-banner = Zespołowy obszar roboczy jest niedostępny. Liaison ponawia próby połączenia; wprowadzone dane nie zostaną utracone.
workspace-team-environment = Praca odbywa się w zespołowym obszarze roboczym wskazanym przez zmienną LIAISON_DATABASE_URL.
workspace-move = Przenieś moje dane do tego obszaru roboczego
workspace-moved = Przeniesiono do obszaru roboczego – klienci: { $customers }, zaproszenia: { $invitations }, wpisy dziennika aktywności: { $lines }. Plik lokalny pozostaje bez zmian jako kopia zapasowa.
workspace-move-hint = Kopiuje wszystko z tego pliku lokalnego do pustego obszaru roboczego, z użyciem loginu jego właściciela (login członka zespołu podpisałby historię jego własnym nazwiskiem).
workspace-connecting-title = Oczekiwanie na zespołowy obszar roboczy
workspace-connecting-server = Serwer: { $server }
workspace-connecting-next = { $seconds ->
    [one] Liaison ponowi próbę za { $seconds } sekundę i otworzy się samoczynnie, gdy serwer odpowie.
    [few] Liaison ponowi próbę za { $seconds } sekundy i otworzy się samoczynnie, gdy serwer odpowie.
    [many] Liaison ponowi próbę za { $seconds } sekund i otworzy się samoczynnie, gdy serwer odpowie.
   *[other] Liaison ponowi próbę za { $seconds } sekundy i otworzy się samoczynnie, gdy serwer odpowie.
}
workspace-connecting-trying = Łączenie…
workspace-connecting-refused = Tym razem Liaison nie ponowi próby samoczynnie: po usunięciu problemu (może w tym pomóc administrator bazy danych) proszę wybrać Spróbuj ponownie.
workspace-connecting-to = Łączenie z zespołowym obszarem roboczym na serwerze { $server }…
field-password = Hasło
rule-keychain = systemowy pęk kluczy nie mógł go zapisać. Proszę odblokować pęk kluczy (lub uruchomić jego usługę) i spróbować ponownie albo pozostawić hasło puste i użyć pliku .pgpass lub zmiennej PGPASSWORD.
