## Az alkalmazás kerete és a minden oldalon használt szavak.

-app = Liaison
app-name = { -app }
nav-label = Főmenü
nav-customers = Ügyfelek
nav-indirect-providers = Közvetett szolgáltatók
nav-invitations = Meghívások
nav-activity = Tevékenységnapló
nav-settings = Beállítások
signed-in-as = { $name } · { $role }

action-save = Mentés
action-cancel = Mégse
action-open = Megnyitás
action-close = Bezárás
action-edit = Szerkesztés
action-retry = Újrapróbálkozás

pager-summary = { $total ->
    [0] Nincs megjeleníthető elem
   *[other] { $first }–{ $last } / { $total }
}
# While the total is still being counted: the rows shown.
pager-range = { $shown ->
    [0] Nincs megjeleníthető elem
   *[other] { $first }–{ $last }
}
pager-previous = Előző oldal
pager-next = Következő oldal

loading = Betöltés…
saved = Mentve.
unexpected-error = Hiba történt: { $detail }

## Választható értékek

partner-type-direct-bill = Közvetlen számlázású partner
partner-type-indirect-provider = Közvetett szolgáltató
partner-type-indirect-reseller = Közvetett viszonteladó

cloud-public = Nyilvános felhő
cloud-us-government = Microsoft Cloud for US Government
cloud-germany = Microsoft Cloud Németország
cloud-china = A 21Vianet által üzemeltetett Microsoft Azure (Kína)

role-global-admin = Globális rendszergazda
role-admin-agent = Rendszergazdai ügynök
role-sales-agent = Értékesítési ügynök
role-helpdesk-agent = Ügyfélszolgálati ügynök

relationship-prospect = Még nincs meghívva
relationship-invited = Meghívva
relationship-reseller = Viszonteladó
relationship-removed = Eltávolítva

language-en-US = English
language-cs-CZ = Čeština
language-pl-PL = Polski
language-hu-HU = Magyar
language-ru-RU = Русский

choose = Válasszon…
action-back = Vissza
action-next = Tovább
action-done = Kész
filter-all = Összes
yes = Igen
no = Nem
age-days = { $days ->
    [0] ma
   *[other] { $days } nap
}
export-saved = Mentve ide: { $path }.

## Egy újabb Liaison első indítása.
updated-from = A Liaison frissült a(z) { $from } verzióról a(z) { $to } verzióra.
updated-to = A Liaison frissült a(z) { $to } verzióra.
updated-backup = Mielőtt az adatait átvitte az új verzióba, biztonsági mentést készített róluk: { $backup } (Beállítások › Biztonsági mentések).
