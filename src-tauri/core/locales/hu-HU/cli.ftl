## A parancssori eszköz, a liaison-cli (`liaison COMMAND` formában is futtatható).

cli-about = A Liaison parancssorból: a személyre szabott hivatkozás, az ügyfelek, a meghívások és a tevékenységnapló, ugyanabban a helyi fájlban vagy csapatmunkaterületen, amelyet az alkalmazás is használ.
cli-exit-codes = Kilépési kódok: 0 kész · 1 sikertelen (adatbázis, fájl) · 2 hibás parancssor · 3 egy érték megsért egy szabályt · 4 az Ön szerepköre ezt nem engedi · 5 nem található, vagy több is egyezik · 6 most nem lehetséges, vagy a partnerprofil nincs beállítva · 7 az adatbázis nem nyitható meg, vagy a csapatmunkaterület nem válaszol.
cli-data-dir = A Liaison helyi fájljának mappája; ha nincs megadva, az alkalmazás saját mappája.
cli-database = A helyi fájl helyett használandó csapatmunkaterület: postgres://login@server:port/database.
cli-json = JSON kiírása táblázat helyett.
cli-file = A fájl.

cli-link-about = A partner személyre szabott hivatkozásának kiírása, amellyel viszonteladói kapcsolatot kér.
cli-dap = Delegált rendszergazdai jogosultságok (DAP) kérése is.
cli-no-dap = Delegált rendszergazdai jogosultságok kérése nélkül (ez az alapértelmezés, hacsak a felhő meg nem követeli őket).
cli-provider = A közvetett szolgáltató (név szerint) a közvetett szolgáltatóval közös meghíváshoz.

cli-customers-about = Ügyfelek listázása, keresése, hozzáadása, importálása és exportálása.
cli-customers-list-about = Egy nézet összes ügyfelének listázása.
cli-customers-search-about = Ügyfelek keresése cégnév, tartomány vagy Microsoft-azonosító alapján, az összes nézetben, hacsak nincs megadva egy nézet.
cli-customers-add-about = Ügyfél hozzáadása.
cli-customers-import-about = A Partnerközpont Customers.csv fájljának importálása: vagy az összes sor, vagy egy sem.
cli-customers-export-about = Egy nézet ügyfeleinek exportálása CSV-fájlba, a Partnerközpont oszlopaival.
cli-view = Mely ügyfelek: reseller (az Ügyfelek lap), invited (meghívottak), prospects (leendő ügyfelek) vagy removed (eltávolítottak).
cli-search-text = Cégnév, tartomány vagy Microsoft-azonosító egy része.
cli-country = Ország/régió kétbetűs kóddal, például CZ.
cli-customer-language = Az ügyfél nyelve: en-US, cs-CZ, pl-PL, hu-HU vagy ru-RU.
cli-tag = Egy címke; több címkéhez ismételje meg a kapcsolót.
cli-preview = Csak megmutatja, mit tenne az importálás, és semmit sem ír.

cli-invite-about = Viszonteladói kapcsolatra szóló meghívás piszkozatának elkészítése és kiírása; a piszkozat menthető e-mail-fájlként, a meghívás pedig az elküldése után elküldöttként rögzíthető.
cli-customer = Az ügyfél: a száma, cégneve, elsődleges tartománya vagy Microsoft-azonosítója.
cli-lang = A piszkozat nyelve: en-US, cs-CZ, pl-PL, hu-HU vagy ru-RU (vagy en, cs, pl, hu, ru); ha nincs megadva, az ügyfél nyelve.
cli-eml = A piszkozat mentése e-mail-fájlként (.eml), amely levelezőprogramban nyitható meg.
cli-record = A meghívás rögzítése elküldöttként.
cli-outside-region = Folytatás akkor is, ha az ügyfél a partner országán és annak régióján kívül van.

cli-invitations-about = Meghívások listázása.
cli-invitations-list-about = Meghívások listázása, a legújabbal kezdve.
cli-status = Csak az ilyen állapotú meghívások: pending (függőben), accepted (elfogadva) vagy cancelled (visszavonva).
cli-older-than = Csak a legalább ennyi nappal korábban elküldött meghívások, például 7d.

cli-activity-about = A tevékenységnapló exportálása.
cli-activity-export-about = A tevékenységnapló exportálása CSV-fájlba.
cli-from = Ettől a naptól, azt is beleértve (YYYY-MM-DD).
cli-to = Eddig a napig, azt is beleértve (YYYY-MM-DD).

cli-col-number = Szám
cli-no-customers = Ebben a nézetben nincsenek ügyfelek.
cli-no-invitations = Nincs egyező meghívás.
cli-customer-added = { $company } hozzáadva, ügyfélszáma: { $number }.
cli-import-preview = Előnézet: semmi sem lett mentve.
cli-rejected-row = { $line }. sor ({ $company }): { $reasons }
cli-exported = { $count ->
    [one] { $count } sor mentve ide: { $path }.
   *[other] { $count } sor mentve ide: { $path }.
}
cli-eml-saved = A piszkozat mentve ide: { $path }.
cli-recorded = A(z) { $company } cégnek szóló meghívás elküldöttként rögzítve.
cli-not-recorded = A meghívás nincs elküldöttként rögzítve. Miután elküldte, futtassa ugyanezt a parancsot a --record kapcsolóval.

cli-error = Hiba: { $message }
cli-see-help = A kapcsolókat a --help kapcsolóval tekintheti meg.
cli-unknown-option = Ennek a parancsnak nincs { $option } kapcsolója.
cli-unknown-command = Nincs „{ $command }” nevű parancs.
cli-missing-value = A(z) { $option } megadása kötelező.
cli-missing-command = Adjon meg egy parancsot.
cli-conflict = A(z) { $option } és a(z) { $other } kapcsoló nem használható együtt.
cli-invalid-choice = { $option }: a(z) „{ $value }” nem a következők egyike: { $choices }.
cli-invalid-days = { $option }: a(z) „{ $value }” nem 1 és 3650 közötti napszám, például 7d.
cli-invalid-date = { $option }: a(z) „{ $value }” nem YYYY-MM-DD alakú dátum, például 2026-11-23.
cli-customer-unknown = Egyetlen ügyfélnek sem ez a száma, cégneve, elsődleges tartománya vagy Microsoft-azonosítója: „{ $customer }”. Keresés ezzel a paranccsal: liaison customers search
cli-customer-ambiguous = A(z) „{ $customer }” { $count } ügyfélnek felel meg: { $names }. Adja meg az egyiket a számával.
cli-provider-unknown = Nincs „{ $provider }” nevű közvetett szolgáltató. A közvetett szolgáltatók: { $names }
