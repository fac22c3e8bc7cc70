## Rámec aplikace a slova společná všem stránkám.

-app = Liaison
app-name = { -app }
nav-label = Hlavní nabídka
nav-customers = Zákazníci
nav-indirect-providers = Nepřímí zprostředkovatelé
nav-invitations = Pozvánky
nav-activity = Protokol aktivit
nav-settings = Nastavení
signed-in-as = { $name } · { $role }

action-save = Uložit
action-cancel = Zrušit
action-open = Otevřít
action-close = Zavřít
action-edit = Upravit
action-retry = Zkusit znovu

pager-summary = { $total ->
    [0] Nic k zobrazení
   *[other] { $first }–{ $last } z { $total }
}
# While the total is still being counted: the rows shown.
pager-range = { $shown ->
    [0] Nic k zobrazení
   *[other] { $first }–{ $last }
}
pager-previous = Předchozí stránka
pager-next = Další stránka

loading = Načítání…
saved = Uloženo.
unexpected-error = Něco se pokazilo: { $detail }

## Volby

partner-type-direct-bill = Partner s přímou fakturací
partner-type-indirect-provider = Nepřímý zprostředkovatel
partner-type-indirect-reseller = Nepřímý prodejce

cloud-public = Veřejný cloud
cloud-us-government = Microsoft Cloud for US Government
cloud-germany = Microsoft Cloud Německo
cloud-china = Microsoft Azure provozovaný společností 21Vianet (Čína)

role-global-admin = Globální správce
role-admin-agent = Agent pro správu
role-sales-agent = Obchodní agent
role-helpdesk-agent = Agent podpory

relationship-prospect = Zatím nepozván
relationship-invited = Pozván
relationship-reseller = Prodejce
relationship-removed = Odebrán

language-en-US = English
language-cs-CZ = Čeština
language-pl-PL = Polski
language-hu-HU = Magyar
language-ru-RU = Русский

choose = Vyberte…
action-back = Zpět
action-next = Další
action-done = Hotovo
filter-all = Vše
yes = Ano
no = Ne
age-days = { $days ->
    [0] dnes
    [one] { $days } den
    [few] { $days } dny
   *[other] { $days } dní
}
export-saved = Uloženo do souboru { $path }.

## První spuštění novější verze Liaison.
updated-from = Liaison byl aktualizován z verze { $from } na verzi { $to }.
updated-to = Liaison byl aktualizován na verzi { $to }.
updated-backup = Před převodem vašich záznamů do nové verze uložil jejich zálohu: { $backup } (Nastavení › Zálohy).
