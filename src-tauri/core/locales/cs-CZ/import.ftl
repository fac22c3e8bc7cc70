## Import seznamu zákazníků z Partnerského centra: soubor tak, jak ho uživatelé skutečně mají.

csv-unreadable = Soubor se nepodařilo přečíst: { $detail }
csv-too-large = Soubor je větší než { $max } MiB, tedy mnohem větší než jakýkoli seznam zákazníků exportovaný z Partnerského centra. Vyberte prosím soubor Customers.csv exportovaný z Partnerského centra.
csv-too-many-rows = Soubor má více než { $max ->
    [one] { $max } řádek
    [few] { $max } řádky
   *[other] { $max } řádků
  }, což je víc, než aplikace Liaison najednou importuje.
csv-too-many-columns = Řádek { $line } má více než { $max ->
    [one] { $max } sloupec
    [few] { $max } sloupce
   *[other] { $max } sloupců
  }. Nevypadá to jako seznam zákazníků z Partnerského centra.
csv-field-too-long = Řádek { $line } obsahuje hodnotu delší než { $max ->
    [one] { $max } znak
    [few] { $max } znaky
   *[other] { $max } znaků
  }.
csv-unclosed-quote = Na řádku { $line } začínají uvozovky, které se nikde neuzavírají, takže by se celý zbytek souboru stal jedinou hodnotou. Opravte prosím soubor a vyberte ho znovu.
error-cancelled = Import byl zrušen. Nic se nezměnilo.

import-choose = Vybrat soubor…
import-no-file = Není vybrán žádný soubor
import-dialog-title = Vyberte soubor Customers.csv z Partnerského centra
import-file-filter = Soubory CSV
import-format = Načteno v kódování { $encoding ->
    [utf8] UTF-8
    [utf8-bom] UTF-8 se značkou pořadí bajtů (BOM)
    [utf16-le] UTF-16 LE
    [utf16-be] UTF-16 BE
    [windows1250] Windows-1250
    [windows1251] Windows-1251
   *[windows1252] Windows-1252
  }, hodnoty oddělené { $delimiter ->
    [comma] čárkami
    [semicolon] středníky
   *[tab] tabulátory
  }.
import-progress = { $done } z { $total }
import-restored = Zákazníci odebraní v aplikaci Liaison, které tento soubor uvádí jako zákazníky prodejce: { $count }. Import jim znovu nastaví vztah Prodejce.
import-restored-row = Řádek { $line }: { $company }
import-relationship-unknown = { $field }: „{ $value }“ není vztah, který aplikace Liaison zná.
import-repeated = { $field }: stejná hodnota jako na řádku { $line } tohoto souboru.
import-same-customer = Řádek { $line } tohoto souboru se už týká stejného zákazníka.
import-summary-counts = Noví: { $added } · Aktualizovaní: { $updated } · Beze změny: { $unchanged } · Obnovené vztahy: { $restored } · Přijaté pozvánky: { $matched } · Odmítnuté řádky: { $rejected }

field-relationship = Vztah
activity-change = { $field }: { $from } → { $to }
activity-relationship_restored = Zákazník { $subject } je znovu veden jako zákazník prodejce: seznam zákazníků z Partnerského centra uvádí vztah, který byl v aplikaci Liaison odebrán
activity-action-relationship_restored = Vztah obnoven podle Partnerského centra
