## Emlékeztetők: az ügyfélre még váró meghívások és GDAP-kérések, a munkatársanként beállított
## számú nap után.

field-reminder-days = Napok száma az emlékeztetőig
rule-reminder-days = adjon meg egy egész számot 1 és 365 között.
error-reminder-not-pending = Emlékeztető csak olyan meghíváshoz vagy GDAP-kéréshez küldhető, amely még az ügyfélre vár.
error-invitation-pending = Az ügyfélnek küldött egyik meghívás még elfogadásra vár; új meghívás helyett küldjön emlékeztetőt.

activity-invitation_reminded = Emlékeztető elküldve a meghívásról: { $subject }
activity-gdap_reminded = Emlékeztető elküldve a rendszergazdai kapcsolat kéréséről: { $subject }
activity-action-invitation_reminded = Emlékeztető a meghívásról
activity-action-gdap_reminded = Emlékeztető a GDAP-kérésről

reminder-due = Emlékeztető esedékes
reminder-send = Emlékeztető küldése
reminder-title = Emlékeztető küldése: { $customer }
reminder-intro = A Liaison rövid emlékeztetőt készít az ügyfél nyelvén, ugyanazzal a hivatkozással, mint az első e-mailben.
reminder-handed-off = Az emlékeztető meg van nyitva a levelezőalkalmazásban. Onnan küldje el, majd a rögzítéséhez válassza a „Kész” gombot.
reminder-sent = A(z) { $customer } ügyfélnek szóló emlékeztető rögzítve.
reminder-leave-title = Bezárja az emlékeztető rögzítése nélkül?
reminder-leave-body = Az emlékeztetőt már továbbította, de nem választotta a „Kész” gombot. Ha most bezárja, az emlékeztető nem lesz rögzítve, és továbbra is esedékes marad.
reminder-last = Utolsó emlékeztető: { $date }
reminders-due-only = Csak az esedékes emlékeztetők ({ $count })
reminders-due-badge = { $count } esedékes emlékeztető
reminders-settings-title = Emlékeztetők
reminders-settings-hint = Az ennyi nap után is függőben lévő meghívások és GDAP-kérések megjelölést kapnak a Meghívások és a GDAP oldalon, a számuk pedig a menüben is megjelenik. Ha vannak esedékes emlékeztetők, a Liaison indításkor jelez, legfeljebb naponta egyszer.
reminders-saved = Az emlékeztetők mostantól { $count } nap után esedékesek.
reminders-notice-title = Liaison: esedékes emlékeztetők
reminders-notice-body = { $count } meghívás vagy GDAP-kérés legalább { $days } napja vár az ügyfélre.
