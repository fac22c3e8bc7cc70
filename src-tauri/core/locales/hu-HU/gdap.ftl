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
