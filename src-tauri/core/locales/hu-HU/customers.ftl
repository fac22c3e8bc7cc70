## Az Ügyfelek lap és az ügyfélűrlap.

customers-title = Ügyfelek
customers-add = Ügyfél hozzáadása
customers-search = Keresés cégnév, tartomány vagy Microsoft-azonosító alapján
customers-no-match = Egyetlen ügyfél sem felel meg a keresésnek: „{ $search }”.
customers-count = { $count } ügyfél
customers-col-company = Cégnév
customers-col-domain = Elsődleges tartomány
customers-col-microsoft-id = Microsoft-azonosító
customers-col-relationship = Kapcsolat
customers-col-tags = Címkék
customers-unknown-id = Még nem ismert
customers-edit-row = { $company } szerkesztése

customer-add-title = Ügyfél hozzáadása
customer-edit-title = Ügyfél szerkesztése
customer-domain-hint = Az ügyfél *.onmicrosoft.com tartománya vagy egyéni tartománya, például contoso.hu.
customer-microsoft-id-hint = Az ügyfél bérlőazonosítója, ha ismert. Az ügyfél elfogadásakor kitöltődik.
customer-tags-hint = A címkéket vesszővel válassza el.
customer-added = { $company } hozzáadva.
customer-updated = { $company } mentve.

## A Partnerközpont ügyféllistája (Customers.csv) és importálása.

csv-col-microsoft-id = Microsoft-azonosító
csv-col-company = Cégnév
csv-col-domain = Elsődleges tartomány neve
csv-col-relationship = Kapcsolat
csv-col-tags = Címkék

customers-request = Viszonteladói kapcsolat kérése
customers-import = Customers.csv importálása
customers-export = Ügyfelek exportálása
customers-expand-row = { $company } adatlapjának megjelenítése

## Az ügyfél adatlapja.

record-account = Fiók
record-subscriptions = Előfizetések
record-users = Felhasználók és licencek
record-activity = Tevékenység
record-dap = Delegált rendszergazdai jogosultságok
record-accepts-in = A meghívást itt fogadja el
subscriptions-empty = Nincs előfizetés.
subscriptions-col-status = Állapot
subscription-add = Előfizetés hozzáadása
subscription-suspend = Felfüggesztés
subscription-reactivate = Újraaktiválás
subscription-status-active = Aktív
subscription-status-suspended = Felfüggesztve
users-empty = Nincsenek rögzített felhasználók.
user-add = Felhasználó hozzáadása

## Viszonteladói kapcsolat kérése.

request-title = Viszonteladói kapcsolat kérése
request-title-provider = Ügyfél meghívása a közvetett szolgáltatóval együtt
request-dap = Delegált rendszergazdai jogosultságok belefoglalása az Azure Active Directory és az Office 365 szolgáltatáshoz
request-dap-hint = Törölje a jelölést, ha csak viszonteladóként szeretne működni, például csak az Ön által kiépített Azure-előfizetéseket kezelné.
request-dap-forced = A(z) { $cloud } felhőben a viszonteladói kapcsolat mindig tartalmazza a delegált rendszergazdai jogosultságokat.
request-no-providers = Előbb vegye fel a közvetett szolgáltatóját a Közvetett szolgáltatók lapon.
request-draft-language = Az e-mail nyelve
request-language-customer = Az ügyfél nyelve
request-accept-where = Az ügyfél szervezetének globális rendszergazdája a következő helyen fogadja el a meghívást: { $portal }.
request-link = Személyre szabott hivatkozás
request-link-hint = A hivatkozást pontosan így hagyja az e-mailben: ez köti az ügyfelet az Ön fiókjához.
request-open-email = Megnyitás e-mailben
request-copy = Másolás a vágólapra
request-copied = A tárgy és a szöveg a vágólapon van.
request-restore-link = Hivatkozás visszatétele
request-sent = A(z) { $company } cégnek szóló meghívás elküldöttként rögzítve.
draft-recipient = Címzett

## Kapcsolat eltávolítása.

removal-open = Ügyfélkapcsolat eltávolítása
removal-title = Kapcsolat eltávolítása: { $company }
removal-effect = A { -app } eltávolítja az ügyfelet az Ügyfelek lapról. Az adatlapja és az előzményei a tevékenységnaplóban maradnak.
removal-dap-unchanged = Az ügyfél által már megadott delegált rendszergazdai jogosultságok változatlanok maradnak; az ügyfél a saját felügyeleti központjában távolíthatja el őket.
removal-legal-notice = Ha az ügyféllel vagy a partnerrel kötött szerződése előírja, jogi felmondási értesítést kell küldenie neki. A Partnerközpont ezt nem küldi el; itt elkészítheti az ügyfél vagy a partner számára.
removal-notice-draft = Felmondás előkészítése
removal-confirm = Kapcsolat eltávolítása
removal-done = A(z) { $company } ügyféllel fennálló kapcsolat eltávolítva.

## Importálás.

import-title = A Partnerközpont ügyféllistájának importálása
import-intro = A Partnerközpontban nyissa meg az Ügyfelek lapot, és válassza az Ügyfelek exportálása lehetőséget. Itt válassza ki a kapott Customers.csv fájlt: az új ügyfelek bekerülnek, az ismertek frissülnek, a listában szereplő ügyfelek függő meghívásai pedig elfogadottként lesznek megjelölve.
import-file = Customers.csv
import-preview = Importálásra kész. Új: { $added } · Frissítve: { $updated } · Változatlan: { $unchanged } · Elfogadottként megjelölendő meghívások: { $matched } · Elutasított sorok: { $rejected }
import-done = Importálva. Új: { $added } · Frissítve: { $updated } · Változatlan: { $unchanged } · Elfogadottként megjelölt meghívások: { $matched } · Elutasított sorok: { $rejected }
import-apply = Importálás
import-rejected-row = { $line }. sor ({ $company }): { $reasons }
record-show-activity = Megjelenítés a tevékenységnaplóban
