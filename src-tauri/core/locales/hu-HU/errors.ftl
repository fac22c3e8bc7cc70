## Hibák és a beviteli mezők szabályai. A mező üzenete „Mező: szabály” alakú.

error-invalid-field = { $field }: { $rule }
error-invalid-many = { $count ->
    [1] Egy mezőt ellenőriznie kell.
   *[other] { $count } mezőt ellenőriznie kell.
}
error-customer-not-found = Ez az ügyfél már nem létezik. Frissítse a listát, és próbálja újra.
error-profile-missing = Előbb fejezze be a partnerprofil beállítását.
error-provider-not-found = Ez a közvetett szolgáltató már nem létezik.
error-invitation-not-found = Ez a meghívás már nem létezik.
error-subscription-not-found = Ez az előfizetés már nem létezik.
error-link-removed = A meghívó hivatkozásnak pontosan úgy kell maradnia az e-mailben, ahogy létrejött: ez köti az ügyfelet az Ön fiókjához. A folytatáshoz tegye vissza.
error-mailto-too-long = Ez az e-mail túl hosszú ahhoz, hogy egyben átadható legyen a levelezőprogramnak ({ $length } karakter; sok levelezőprogram { $limit } karakternél levágja). Másolja a vágólapra, és illessze be egy új e-mailbe.
error-active-subscriptions = { $count ->
    [1] Az ügyfélnek még van aktív előfizetése: { $subscriptions }. Előbb függessze fel.
   *[other] Az ügyfélnek még { $count } aktív előfizetése van: { $subscriptions }. Előbb függessze fel őket.
}
error-invitation-closed = Ez a meghívás már nincs függőben: elfogadták vagy visszavonták.
error-no-relationship = Ezzel az ügyféllel nincs eltávolítható viszonteladói kapcsolat.
error-customer-removed = Az ügyféllel fennálló kapcsolatot eltávolították. Az újbóli kapcsolódáshoz küldjön új meghívást.
error-open-failed = A Liaison nem tudta megnyitni a levelezőprogramot vagy a böngészőt: { $detail }
error-clipboard = A Liaison nem tudta használni a vágólapot: { $detail }
error-csv-columns = Ez a fájl nem a Partnerközpont ügyféllistája: hiányoznak belőle a következő oszlopok: { $detail }.
error-storage = A Liaison nem tudta olvasni vagy írni az adatbázisát: { $detail }
error-file-system = A Liaison nem tudta használni az adatmappáját: { $detail }
permission-denied = Az Ön szerepköre ({ $role }) ezt nem engedi. Szükséges szerepkör: { $allowed }.

rule-required = kötelező kitölteni.
rule-too-long = legfeljebb { $max } karaktert használjon.
rule-too-many = legfeljebb { $max } elemet adjon meg.
rule-guid = adjon meg egy GUID-t, például 8c2f1e4a-0b6d-4e3f-9a1b-2c3d4e5f6a7b (kapcsos zárójel és nagybetű is megengedett).
rule-partner-id = csak számjegyeket adjon meg, legfeljebb 10-et.
rule-company-name = valódi cégnevet adjon meg: legalább két karakter, ne csak írásjel.
rule-domain-name = adjon meg egy tartománynevet, például contoso.hu: betűk, számjegyek és kötőjelek, ponttal.
rule-onmicrosoft-prefix = a .onmicrosoft.com előtti rész csak betűket és számjegyeket tartalmazhat, legfeljebb 27-et.
rule-email = adjon meg egy e-mail-címet, például anna@contoso.hu.
rule-email-microsoft = microsoft.com tartománybeli cím nem lehet az ügyfél kapcsolattartója.
rule-choice = válasszon a felkínált lehetőségek közül.
rule-tag = egy címke legfeljebb 50 karakteres lehet, vessző és pontosvessző nélkül.
rule-taken = ez az érték már egy másik ügyfélhez tartozik.
rule-quantity = adjon meg egy egész számot 1 és 100 000 között.
rule-attest = a folytatáshoz erősítse meg a nyilatkozatot.
