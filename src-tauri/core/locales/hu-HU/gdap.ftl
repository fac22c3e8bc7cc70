## GDAP rendszergazdai kapcsolatok: részletes delegált rendszergazdai jogosultságok, amelyeket a
## partner ügyfelenként, korlátozott időre, beépített Microsoft Entra-szerepkörökkel kér.

field-relationship-name = Rendszergazdai kapcsolat neve
field-duration-days = Időtartam (nap)
field-roles = Microsoft Entra-szerepkörök
field-auto-extend = Automatikus meghosszabbítás
field-approval-link = Jóváhagyási hivatkozás
field-approved-on = Jóváhagyás napja
field-termination-reason = Indok
field-template-name = Sablon neve

rule-relationship-name = csak ékezet nélküli betűket, számjegyeket, kötőjelet (-) és aláhúzásjelet (_) használjon; a Microsoft mást nem enged.
rule-relationship-taken = ez a név már egy másik rendszergazdai kapcsolathoz tartozik; a Microsoft olyan nevet kér, amelyet az Ön egyetlen más kapcsolata sem használ.
rule-duration-days = adjon meg egy egész számot 1 és 730 között (legfeljebb két év).
rule-auto-extend-global-admin = a Global Administrator szerepkört tartalmazó kapcsolat nem hosszabbítható meg automatikusan. Kapcsolja ki az automatikus meghosszabbítást, vagy vegye ki ezt a szerepkört.
rule-approval-link = illessze be a jóváhagyási hivatkozást, amelyet a Partnerközpont ehhez a kéréshez hozott létre ebben a felhőben: { $cloud }. A hivatkozás a https:// előtaggal és a következő gazdagépek egyikével kezdődik: { $hosts }; a végén, a /granularAdminRelationships/ után a kapcsolat azonosítója áll.
rule-approval-link-taken = ez a hivatkozás már egy másik rendszergazdai kapcsolatnál szerepel; minden kérésnek saját hivatkozása van.
rule-approval-date = olyan napot adjon meg, amely a kérés elküldése és a mai nap közé esik, és megelőzi a kérés lejáratát (90 nappal az elküldése után).
rule-date = a dátumot ÉÉÉÉ-HH-NN formában adja meg, például 2026-03-31.
rule-template-taken = ez a név már egy másik szerepkörsablonhoz tartozik.

error-admin-relationship-not-found = Ez a rendszergazdai kapcsolat már nem létezik.
error-role-template-not-found = Ez a szerepkörsablon már nem létezik.
error-gdap-not-pending = Csak az ügyfél jóváhagyására még váró kérés jelölhető jóváhagyottnak.
error-gdap-ended = Ez a rendszergazdai kapcsolat már véget ért.

gdap-status-pending-approval = Jóváhagyásra vár
gdap-status-active = Aktív
gdap-status-expired = Lejárt
gdap-status-terminated = Megszüntetve

role-template-default = Alapértelmezett GDAP-szerepkörök

activity-gdap_requested = Rendszergazdai kapcsolat kérése elküldve: { $subject }
activity-gdap_approved = Rendszergazdai kapcsolat jóváhagyása rögzítve: { $subject }
activity-gdap_terminated = Rendszergazdai kapcsolat megszüntetve: { $subject }
activity-role_template_saved = Szerepkörsablon mentve: { $subject }
activity-role_template_deleted = Szerepkörsablon törölve: { $subject }
activity-action-gdap_requested = Rendszergazdai kapcsolat kérése
activity-action-gdap_approved = Rendszergazdai kapcsolat jóváhagyása
activity-action-gdap_terminated = Rendszergazdai kapcsolat megszüntetése
activity-action-role_template_saved = Szerepkörsablon mentése
activity-action-role_template_deleted = Szerepkörsablon törlése

## A GDAP oldal, az ügyfélrekord rendszergazdai kapcsolatai és a kérés párbeszédpanelje.
nav-gdap = GDAP
gdap-title = GDAP rendszergazdai kapcsolatok
record-gdap = Rendszergazdai kapcsolatok
gdap-request = Új kapcsolat kérése
gdap-request-title = Részletes delegált rendszergazdai jogosultságok (GDAP) kérése
gdap-request-intro = A Liaison nem tudja létrehozni a kérést a Microsoft felhőjében. A Partnerközpontban nyissa meg az ügyfelet, válassza a Rendszergazdai kapcsolatok lehetőséget, majd kérjen új kapcsolatot ugyanazzal a névvel, időtartammal, szerepkörökkel és automatikus meghosszabbítással, mint itt. Ezután illessze be ide a Partnerközponttól kapott jóváhagyási hivatkozást: a Liaison ezzel készíti el az ügyfélnek szóló e-mailt.
gdap-template = Szerepkörsablon
gdap-template-custom = Egyenként kiválasztott szerepkörök
gdap-name-hint = Az ügyfél a Microsoft 365 Felügyeleti központban látja. Legfeljebb 50 ékezet nélküli betű, számjegy, kötőjel és aláhúzásjel; az Ön egyetlen más kapcsolata sem viselheti.
gdap-auto-extend-hint = Lejáratkor a kapcsolat minden alkalommal hat hónappal meghosszabbodik. A Global Administrator szerepkörrel nem engedélyezett.
gdap-link-hint = A Partnerközpont által véglegesített kérés e-mailjében szereplő jóváhagyási hivatkozás, például https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/…
gdap-roles-hint = Csak beépített Microsoft Entra-szerepkörök; mindegyik mellett a sablonazonosítója áll.
gdap-roles-chosen = { $count } szerepkör
gdap-roles-clear = Kijelölés törlése
gdap-approve-where = A kérést az ügyfél egyik globális rendszergazdája hagyja jóvá a következő helyen: { $portal }. A hivatkozást az e-mailben hagyja pontosan változatlanul.
gdap-handed-off = A piszkozat meg van nyitva a levelezőalkalmazásban. Onnan küldje el, majd a kérés rögzítéséhez válassza a „Kész” gombot.
gdap-leave-title = Bezárja a kérés rögzítése nélkül?
gdap-leave-body = A piszkozatot már továbbította, de nem választotta a „Kész” gombot. Ha most bezárja, a kérés nem lesz rögzítve, és a Liaison nem követi a jóváhagyását és a lejáratát.
gdap-col-status = Állapot
gdap-requested-by = Kérés: { $date } ({ $name })
gdap-col-end = Vége
gdap-col-age = Kor
gdap-age-days = { $count } nap
gdap-expires-on = A kérés lejár: { $date }
gdap-ends-on = Vége: { $date }
gdap-extends-on = Automatikus meghosszabbítás: { $date }
gdap-terminated-on = Megszüntetve: { $date }
gdap-empty = Ehhez az ügyfélhez még nem kértek rendszergazdai kapcsolatot.
gdap-approve = Jóváhagyottnak jelölés
gdap-approve-title = { $name } jelölése jóváhagyottként
gdap-approve-body = Adja meg, melyik napon hagyta jóvá az ügyfél a kérést a Microsoft 365 Felügyeleti központban. A kapcsolat ettől a naptól a teljes időtartamra aktív.
gdap-end = Kapcsolat megszüntetése
gdap-end-title = { $name } megszüntetése
gdap-end-body = Rögzítse, hogy ezt a kapcsolatot megszüntették a Partnerközpontban vagy az ügyfél részéről, és miért. Előbb szüntesse meg a Partnerközpontban: a Liaison csak rögzíti.
gdap-pending = Jóváhagyásra várnak
gdap-ending-soon = A következő 60 napban lejárnak
gdap-expired = Lejártak
gdap-without-active-title = Viszonteladói ügyfelek aktív rendszergazdai kapcsolat nélkül
gdap-without-active = { $count } viszonteladói ügyfélnek nincs aktív rendszergazdai kapcsolata
gdap-overview-none = Nincs ilyen.
gdap-templates = Szerepkörsablonok
gdap-template-built-in = A Microsoft alapértelmezett készlete
gdap-template-new = Új szerepkörsablon
gdap-template-editing = Szerkesztés: { $name }
gdap-template-saved = A szerepkörsablon mentve.
gdap-template-delete = Törlés

## Microsoft's pages, opened in the web browser.
error-partner-center-elsewhere = A Liaison csak a Microsoft nyilvános felhőjében nyitja meg a Partnerközpontot, ahol a címe biztos. A saját felhője Partnerközpontját nyissa meg a szokásos módon.
ms-open-partner-center = Partnerközpont megnyitása
ms-open-customer = Megnyitás a Partnerközpontban
ms-open-gdap = Részletes felügyelet a Partnerközpontban
ms-gdap-help = A Microsoft súgója a GDAP-ról
ms-gdap-approval-help = Hogyan hagyja jóvá az ügyfél
ms-opened = Az oldal meg van nyitva a webböngészőben.
