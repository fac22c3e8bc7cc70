## A Partnerközpont ügyféllistájának importálása: a fájl úgy, ahogyan a felhasználóknál valóban van.

csv-unreadable = A Liaison nem tudta beolvasni a fájlt: { $detail }
csv-too-large = A fájl nagyobb, mint { $max } MiB, jóval nagyobb bármely, a Partnerközpontból exportált ügyféllistánál. Kérjük, válassza a Partnerközpontból exportált Customers.csv fájlt.
csv-too-many-rows = A fájl több mint { $max } sort tartalmaz, többet, mint amennyit a Liaison egyszerre importálni tud.
csv-too-many-columns = A(z) { $line }. sorban több mint { $max } oszlop van. Ez nem a Partnerközpont ügyféllistájának tűnik.
csv-field-too-long = A(z) { $line }. sorban van egy { $max } karakternél hosszabb érték.
csv-unclosed-quote = A(z) { $line }. sorban kezdődő idézőjel sehol sincs lezárva, így a fájl teljes hátralévő része egyetlen érték lenne. Kérjük, javítsa ki a fájlt, és válassza ki újra.
error-cancelled = Az importálás megszakítva. Semmi sem változott.

import-choose = Fájl kiválasztása…
import-no-file = Nincs kiválasztott fájl
import-dialog-title = A Partnerközpontból exportált Customers.csv kiválasztása
import-file-filter = CSV-fájlok
import-format = Beolvasva { $encoding ->
    [utf8] UTF-8
    [utf8-bom] UTF-8 (bájtsorrendjellel)
    [utf16-le] UTF-16 LE
    [utf16-be] UTF-16 BE
    [windows1250] Windows-1250
    [windows1251] Windows-1251
   *[windows1252] Windows-1252
  } kódolással, az értékeket { $delimiter ->
    [comma] vessző
    [semicolon] pontosvessző
   *[tab] tabulátor
  } választja el.
import-progress = { $done } / { $total }
import-restored = A Liaisonban eltávolított, de ebben a fájlban viszonteladói ügyfélként szereplő ügyfelek: { $count }. Az importálás ismét Viszonteladó kapcsolatra állítja őket.
import-restored-row = { $line }. sor: { $company }
import-relationship-unknown = { $field }: a(z) „{ $value }” nem a Liaison által ismert kapcsolat.
import-repeated = { $field }: ugyanaz, mint a fájl { $line }. sorában.
import-same-customer = A fájl { $line }. sora már ugyanerre az ügyfélre vonatkozik.
import-summary-counts = Új: { $added } · Frissítve: { $updated } · Változatlan: { $unchanged } · Visszaállított kapcsolatok: { $restored } · Elfogadott meghívások: { $matched } · Elutasított sorok: { $rejected }

field-relationship = Kapcsolat
activity-change = { $field }: { $from } → { $to }
activity-relationship_restored = A(z) { $subject } cég ismét viszonteladói ügyfélként szerepel: a Partnerközpont ügyféllistája tartalmazza a Liaisonban eltávolított kapcsolatot
activity-action-relationship_restored = Kapcsolat visszaállítva a Partnerközpont alapján
