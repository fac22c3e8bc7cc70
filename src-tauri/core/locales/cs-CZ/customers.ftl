## Stránka Zákazníci a formulář zákazníka.

customers-title = Zákazníci
customers-add = Přidat zákazníka
customers-search = Hledat podle názvu společnosti, domény nebo Microsoft ID
customers-no-match = Hledání „{ $search }“ neodpovídá žádný zákazník.
customers-count = { $count ->
    [one] { $count } zákazník
    [few] { $count } zákazníci
   *[other] { $count } zákazníků
}
customers-col-company = Název společnosti
customers-col-domain = Primární doména
customers-col-microsoft-id = Microsoft ID
customers-col-relationship = Vztah
customers-col-tags = Značky
customers-unknown-id = Zatím neznámé
customers-edit-row = Upravit zákazníka { $company }

customer-add-title = Přidat zákazníka
customer-edit-title = Upravit zákazníka
customer-domain-hint = Doména zákazníka *.onmicrosoft.com nebo vlastní doména, například contoso.cz.
customer-microsoft-id-hint = ID tenanta zákazníka, pokud ho znáte. Doplní se, když zákazník pozvánku přijme.
customer-tags-hint = Značky oddělte čárkami.
customer-added = Zákazník { $company } byl přidán.
customer-updated = Zákazník { $company } byl uložen.

## Seznam zákazníků z Partnerského centra (Customers.csv) a jeho import.

csv-col-microsoft-id = Microsoft ID
csv-col-company = Název společnosti
csv-col-domain = Název primární domény
csv-col-relationship = Vztah
csv-col-tags = Značky

customers-request = Požádat o vztah prodejce
customers-import = Importovat Customers.csv
customers-export = Exportovat zákazníky
customers-expand-row = Zobrazit záznam zákazníka { $company }

## Záznam zákazníka.

record-account = Účet
record-subscriptions = Předplatná
record-users = Uživatelé a licence
record-activity = Aktivita
record-dap = Delegovaná oprávnění správce
record-accepts-in = Pozvánky přijímá
subscriptions-empty = Žádná předplatná.
subscriptions-col-status = Stav
subscription-add = Přidat předplatné
subscription-suspend = Pozastavit
subscription-reactivate = Znovu aktivovat
subscription-status-active = Aktivní
subscription-status-suspended = Pozastavené
users-empty = Nejsou zaznamenáni žádní uživatelé.
user-add = Přidat uživatele

## Žádost o vztah prodejce.

request-title = Požádat o vztah prodejce
request-title-provider = Pozvat zákazníka společně s nepřímým zprostředkovatelem
request-dap = Zahrnout oprávnění delegované správy pro Azure Active Directory a Office 365
request-dap-hint = Zrušte zaškrtnutí, pokud chcete služby pouze přeprodávat, například spravovat jen předplatná Azure, která sami zřídíte.
request-dap-forced = V prostředí { $cloud } vztah prodejce vždy zahrnuje oprávnění delegované správy.
request-no-providers = Nejprve přidejte svého nepřímého zprostředkovatele na stránce Nepřímí zprostředkovatelé.
request-draft-language = Jazyk e-mailu
request-language-customer = Jazyk zákazníka
request-accept-where = Globální správce organizace zákazníka pozvánku přijme { $portal }.
request-link = Personalizovaný odkaz
request-link-hint = Ponechte tento odkaz v e-mailu přesně tak, jak je: propojuje zákazníka s vaším účtem.
request-open-email = Otevřít v e-mailu
request-copy = Kopírovat do schránky
request-copied = Předmět a text jsou ve schránce.
request-restore-link = Vrátit odkaz
request-sent = Pozvánka pro zákazníka { $company } byla zaznamenána jako odeslaná.
draft-recipient = Komu

## Odebrání vztahu.

removal-open = Odebrat vztah se zákazníkem
removal-title = Odebrat vztah se zákazníkem { $company }
removal-effect = { -app } odebere zákazníka ze stránky Zákazníci. Jeho záznam a historie zůstanou v protokolu aktivit.
removal-dap-unchanged = Delegovaná oprávnění správce, která vám zákazník již udělil, zůstanou zachována; zákazník je může odebrat ve svém centru pro správu.
removal-legal-notice = Pokud to vyžaduje vaše smlouva se zákazníkem nebo partnerem, musíte mu zaslat právní oznámení o ukončení. Partnerské centrum je neposílá; zde si je můžete připravit pro zákazníka nebo pro partnera.
removal-notice-draft = Připravit výpověď
removal-confirm = Odebrat vztah
removal-done = Vztah se zákazníkem { $company } byl odebrán.

## Import.

import-title = Import seznamu zákazníků z Partnerského centra
import-intro = V Partnerském centru otevřete Zákazníci a zvolte Exportovat zákazníky. Tento soubor Customers.csv vyberte zde: noví zákazníci se přidají, známí se aktualizují a čekající pozvánky uvedených zákazníků se označí jako přijaté.
import-file = Customers.csv
import-preview = Připraveno k importu. Noví: { $added } · Aktualizovaní: { $updated } · Beze změny: { $unchanged } · Pozvánky k označení jako přijaté: { $matched } · Odmítnuté řádky: { $rejected }
import-done = Importováno. Noví: { $added } · Aktualizovaní: { $updated } · Beze změny: { $unchanged } · Pozvánky označené jako přijaté: { $matched } · Odmítnuté řádky: { $rejected }
import-apply = Importovat
import-rejected-row = Řádek { $line } ({ $company }): { $reasons }
record-show-activity = Zobrazit v protokolu aktivit
