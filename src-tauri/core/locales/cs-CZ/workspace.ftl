# Settings → Workspace: where Liaison keeps its records.
field-host = Server
field-port = Port
field-database = Databáze
field-tls = Šifrování
rule-server-host = zadejte název serveru (například db.example.com) nebo jeho IP adresu.
rule-port = zadejte číslo portu od 1 do 65535, nebo pole nechte prázdné pro výchozí port PostgreSQL (5432).
rule-database-name = použijte jen písmena bez diakritiky, číslice, _, - a . – nejvýše 63 znaků.
workspace-unreachable = Server týmového pracovního prostoru neodpovídá. Zkontrolujte název serveru, port a připojení k síti. Liaison se pokouší připojit znovu; to, co jste zadali, zůstává zachováno.
workspace-wrong-password = Server toto přihlášení odmítl. Zkontrolujte přihlašovací jméno a jeho heslo: to zadané zde nebo uložené v systémové klíčence, jinak to ze souboru .pgpass nebo z proměnné PGPASSWORD.
workspace-tls-refused = Šifrované spojení bylo odmítnuto nebo certifikát serveru není důvěryhodný. Nastavení šifrování ověřte u správce databáze.
workspace-no-such-database = Server nemá databázi tohoto názvu.
tls-verify-full = Šifrováno, s kontrolou certifikátu (doporučeno)
tls-require = Šifrováno, bez kontroly certifikátu
tls-prefer = Šifrováno, pokud to server nabízí
tls-disable = Nešifrováno
workspace-title = Pracovní prostor
workspace-local = Vaše záznamy jsou v místním souboru v tomto počítači, který nevyžaduje žádné nastavení. Ke spolupráci s kolegy se připojte k týmovému pracovnímu prostoru: databázi PostgreSQL, kterou připravil váš správce.
workspace-team = Pracujete v týmovém pracovním prostoru { $database } na serveru { $server }, přihlášeni jako { $user }.
workspace-password-hint = Uloží se do systémové klíčenky, nikdy do souboru. Když pole necháte prázdné, použije se již uložené heslo, váš soubor .pgpass nebo proměnná PGPASSWORD.
workspace-test = Vyzkoušet připojení
workspace-use = Přepnout na tento pracovní prostor
workspace-use-local = Přepnout zpět na místní soubor
workspace-ok = Připojeno jako { $user }.
workspace-ok-empty = Připojeno jako { $user }. Pracovní prostor je prázdný: nastaví jej jeho první globální správce.
workspace-switch-note = Liaison se kvůli přepnutí restartuje.
workspace-unreachable-banner = Týmový pracovní prostor není dostupný. Liaison se pokouší připojit znovu; nic z toho, co jste zadali, se neztratí.
workspace-team-environment = Pracujete v týmovém pracovním prostoru, který určuje proměnná LIAISON_DATABASE_URL.
workspace-move = Přesunout moje data do tohoto pracovního prostoru
workspace-moved = Přesunuto do pracovního prostoru – zákazníci: { $customers }, pozvánky: { $invitations }, záznamy aktivity: { $lines }. Místní soubor zůstává beze změny jako záloha.
workspace-move-hint = Zkopíruje vše z tohoto místního souboru do prázdného pracovního prostoru, a to pod přihlašovacím jménem jeho vlastníka (přihlašovací jméno člena týmu by historii podepsalo jeho vlastním jménem).
workspace-connecting-title = Čeká se na týmový pracovní prostor
workspace-connecting-server = Server: { $server }
workspace-connecting-next = { $seconds ->
    [one] Liaison to zkusí znovu za { $seconds } sekundu a otevře se sám, jakmile server odpoví.
    [few] Liaison to zkusí znovu za { $seconds } sekundy a otevře se sám, jakmile server odpoví.
    [many] Liaison to zkusí znovu za { $seconds } sekundy a otevře se sám, jakmile server odpoví.
   *[other] Liaison to zkusí znovu za { $seconds } sekund a otevře se sám, jakmile server odpoví.
}
workspace-connecting-trying = Připojování…
workspace-connecting-refused = Tentokrát to Liaison sám znovu nezkusí: jakmile se to napraví (pomoci může správce databáze), zvolte Zkusit znovu.
workspace-connecting-to = Připojování k týmovému pracovnímu prostoru na serveru { $server }…
field-password = Heslo
rule-keychain = systémová klíčenka je nemohla uložit. Odemkněte klíčenku (nebo spusťte její službu) a zkuste to znovu, nebo heslo nevyplňujte a použijte soubor .pgpass či proměnnou PGPASSWORD.
