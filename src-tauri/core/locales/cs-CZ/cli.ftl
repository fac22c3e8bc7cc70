## Nástroj příkazového řádku liaison-cli (spouští se také jako `liaison COMMAND`).

cli-about = Liaison v příkazovém řádku: personalizovaný odkaz, zákazníci, pozvánky a protokol aktivit, a to ve stejném místním souboru nebo týmovém pracovním prostoru jako aplikace.
cli-exit-codes = Návratové kódy: 0 hotovo · 1 selhání (databáze, soubor) · 2 chybný příkazový řádek · 3 hodnota porušuje pravidlo · 4 vaše role to neumožňuje · 5 nenalezeno, nebo odpovídá více záznamů · 6 nyní nelze provést, nebo není nastaven profil partnera · 7 databázi nelze otevřít nebo týmový pracovní prostor neodpovídá.
cli-data-dir = Složka s místním souborem aplikace Liaison; není-li zadána, použije se složka, kterou používá aplikace.
cli-database = Týmový pracovní prostor, který se použije místo místního souboru: postgres://login@server:port/database.
cli-json = Vypsat JSON místo tabulky.
cli-file = Soubor.

cli-link-about = Vypsat personalizovaný odkaz partnera, kterým se žádá o vztah prodejce.
cli-dap = Požádat také o delegovaná oprávnění správce (DAP).
cli-no-dap = Nežádat o delegovaná oprávnění správce (výchozí nastavení, pokud je daný cloud nevyžaduje).
cli-provider = Nepřímý zprostředkovatel (podle názvu) pro pozvánku společně s nepřímým zprostředkovatelem.

cli-customers-about = Vypsat, vyhledat, přidat, importovat a exportovat zákazníky.
cli-customers-list-about = Vypsat všechny zákazníky jednoho zobrazení.
cli-customers-search-about = Hledat zákazníky podle názvu společnosti, domény nebo Microsoft ID, a to ve všech zobrazeních, pokud není uvedeno jedno z nich.
cli-customers-add-about = Přidat zákazníka.
cli-customers-import-about = Importovat soubor Customers.csv z Partnerského centra: buď všechny řádky, nebo žádný.
cli-customers-export-about = Exportovat zákazníky jednoho zobrazení do souboru CSV se sloupci Partnerského centra.
cli-view = Kteří zákazníci: reseller (stránka Zákazníci), invited (pozvaní), prospects (potenciální zákazníci) nebo removed (odebraní).
cli-search-text = Část názvu společnosti, domény nebo Microsoft ID.
cli-country = Země/oblast jako dvoupísmenný kód, například CZ.
cli-customer-language = Jazyk zákazníka: en-US, cs-CZ, pl-PL, hu-HU nebo ru-RU.
cli-tag = Značka; pro více značek volbu zopakujte.
cli-preview = Ukázat, co by import provedl, a nic nezapsat.

cli-invite-about = Připravit a vypsat koncept pozvánky k navázání vztahu prodejce; koncept lze uložit jako soubor e-mailu a pozvánku po odeslání zaznamenat jako odeslanou.
cli-customer = Zákazník: jeho číslo, název společnosti, primární doména nebo Microsoft ID.
cli-lang = Jazyk konceptu: en-US, cs-CZ, pl-PL, hu-HU nebo ru-RU (nebo en, cs, pl, hu, ru); není-li zadán, použije se jazyk zákazníka.
cli-eml = Uložit koncept jako soubor e-mailu (.eml), který otevřete v poštovní aplikaci.
cli-record = Zaznamenat pozvánku jako odeslanou.
cli-outside-region = Pokračovat, přestože zákazník sídlí mimo zemi partnera i její oblast.

cli-invitations-about = Vypsat pozvánky.
cli-invitations-list-about = Vypsat pozvánky od nejnovějších.
cli-status = Jen pozvánky v tomto stavu: pending (čekající), accepted (přijaté) nebo cancelled (zrušené).
cli-older-than = Jen pozvánky odeslané nejméně před tolika dny, například 7d.

cli-activity-about = Exportovat protokol aktivit.
cli-activity-export-about = Exportovat protokol aktivit do souboru CSV.
cli-from = Od tohoto dne včetně (YYYY-MM-DD).
cli-to = Do tohoto dne včetně (YYYY-MM-DD).

cli-col-number = Číslo
cli-no-customers = V tomto zobrazení nejsou žádní zákazníci.
cli-no-invitations = Zadání neodpovídá žádná pozvánka.
cli-customer-added = Zákazník { $company } byl přidán pod číslem { $number }.
cli-import-preview = Náhled: nic nebylo zapsáno.
cli-rejected-row = Řádek { $line } ({ $company }): { $reasons }
cli-exported = { $count ->
    [one] { $count } řádek byl uložen do souboru { $path }.
    [few] { $count } řádky byly uloženy do souboru { $path }.
    [many] { $count } řádku bylo uloženo do souboru { $path }.
   *[other] { $count } řádků bylo uloženo do souboru { $path }.
}
cli-eml-saved = Koncept byl uložen do souboru { $path }.
cli-recorded = Pozvánka pro zákazníka { $company } byla zaznamenána jako odeslaná.
cli-not-recorded = Pozvánka nebyla zaznamenána jako odeslaná. Jakmile ji odešlete, spusťte stejný příkaz s volbou --record.

cli-error = Chyba: { $message }
cli-see-help = Přehled voleb zobrazíte pomocí --help.
cli-unknown-option = Tento příkaz nemá volbu { $option }.
cli-unknown-command = Příkaz „{ $command }“ neexistuje.
cli-missing-value = Je nutné zadat { $option }.
cli-missing-command = Zadejte příkaz.
cli-conflict = Volbu { $option } nelze použít společně s volbou { $other }.
cli-invalid-choice = { $option }: „{ $value }“ není žádná z povolených hodnot ({ $choices }).
cli-invalid-days = { $option }: „{ $value }“ není počet dní od 1 do 3650, například 7d.
cli-invalid-date = { $option }: „{ $value }“ není datum ve tvaru YYYY-MM-DD, například 2026-11-23.
cli-customer-unknown = Žádný zákazník nemá číslo, název společnosti, primární doménu ani Microsoft ID „{ $customer }“. Vyhledávejte příkazem: liaison customers search
cli-customer-ambiguous = „{ $customer }“ odpovídá { $count ->
    [one] { $count } zákazníkovi
    [few] { $count } zákazníkům
    [many] { $count } zákazníka
   *[other] { $count } zákazníkům
}: { $names }. Uveďte jednoho z nich podle čísla.
cli-provider-unknown = Žádný nepřímý zprostředkovatel se nejmenuje „{ $provider }“. Nepřímí zprostředkovatelé: { $names }
