## Vztahy správce GDAP: podrobná delegovaná oprávnění správce, o která partner žádá u každého
## zákazníka na omezenou dobu a s předdefinovanými rolemi Microsoft Entra.

field-relationship-name = Název vztahu správce
field-duration-days = Doba trvání ve dnech
field-roles = Role Microsoft Entra
field-auto-extend = Automatické prodloužení
field-approval-link = Odkaz ke schválení
field-approved-on = Datum schválení
field-termination-reason = Důvod
field-template-name = Název šablony

rule-relationship-name = použijte jen písmena bez diakritiky, číslice, spojovníky (-) a podtržítka (_); nic jiného Microsoft nepovoluje.
rule-relationship-taken = tento název už má jiný vztah správce; Microsoft vyžaduje název, který nepoužívá žádný jiný váš vztah.
rule-duration-days = zadejte celý počet dní od 1 do 730 (dva roky).
rule-auto-extend-global-admin = vztah s rolí Global Administrator nelze prodlužovat automaticky. Vypněte automatické prodloužení, nebo tuto roli odeberte.
rule-approval-link = vložte odkaz ke schválení, který pro tuto žádost vytvořilo Partnerské centrum v cloudu { $cloud }: začíná https:// a jedním z hostitelů { $hosts } a končí ID vztahu za /granularAdminRelationships/.
rule-approval-link-taken = tento odkaz už je zaznamenán u jiného vztahu správce; každá žádost má vlastní odkaz.
rule-approval-date = zadejte den mezi odesláním žádosti a dneškem, dříve než žádost 90 dní po odeslání vypršela.
rule-date = zadejte datum ve tvaru RRRR-MM-DD, například 2026-03-31.
rule-template-taken = tento název už má jiná šablona rolí.

error-admin-relationship-not-found = Tento vztah správce již neexistuje.
error-role-template-not-found = Tato šablona rolí již neexistuje.
error-gdap-not-pending = Jako schválenou lze označit jen žádost, která stále čeká na schválení zákazníkem.
error-gdap-ended = Tento vztah správce již skončil.

gdap-status-pending-approval = Čeká na schválení
gdap-status-active = Aktivní
gdap-status-expired = Platnost vypršela
gdap-status-terminated = Ukončený

role-template-default = Výchozí role GDAP

activity-gdap_requested = Vyžádán vztah správce { $subject }
activity-gdap_approved = Zaznamenáno schválení vztahu správce { $subject }
activity-gdap_terminated = Ukončen vztah správce { $subject }
activity-role_template_saved = Uložena šablona rolí { $subject }
activity-role_template_deleted = Odstraněna šablona rolí { $subject }
activity-action-gdap_requested = Žádost o vztah správce
activity-action-gdap_approved = Schválení vztahu správce
activity-action-gdap_terminated = Ukončení vztahu správce
activity-action-role_template_saved = Uložení šablony rolí
activity-action-role_template_deleted = Odstranění šablony rolí

## Stránka GDAP, vztahy správce v záznamu zákazníka a dialog žádosti.
nav-gdap = GDAP
gdap-title = Vztahy správce GDAP
record-gdap = Vztahy správce
gdap-request = Požádat o nový vztah
gdap-request-title = Žádost o podrobná delegovaná oprávnění správce (GDAP)
gdap-request-intro = Liaison nemůže žádost vytvořit v cloudu Microsoftu. V Partnerském centru otevřete zákazníka, zvolte Vztahy správce a potom žádost o nový vztah se stejným názvem, dobou trvání, rolemi a automatickým prodloužením jako zde. Pak sem vložte odkaz ke schválení, který vám Partnerské centrum dá: Liaison s ním připraví e-mail pro zákazníka.
gdap-template = Šablona rolí
gdap-template-custom = Role vybrané jednotlivě
gdap-name-hint = Zákazník název uvidí v Centru pro správu Microsoft 365. Nejvýše 50 písmen bez diakritiky, číslic, spojovníků a podtržítek; žádný jiný váš vztah ho nesmí mít.
gdap-auto-extend-hint = Na konci doby se vztah pokaždé prodlouží o šest měsíců. S rolí Global Administrator to není povoleno.
gdap-link-hint = Odkaz ke schválení z e-mailu žádosti, kterou Partnerské centrum dokončilo, například https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/…
gdap-roles-hint = Jen předdefinované role Microsoft Entra; u každé je uvedeno ID šablony.
gdap-roles-chosen = { $count ->
    [one] { $count } role
    [few] { $count } role
   *[other] { $count } rolí
}
gdap-roles-clear = Zrušit výběr
gdap-approve-where = Žádost schvaluje globální správce zákazníka { $portal }. Odkaz v e-mailu ponechte přesně tak, jak je.
gdap-handed-off = Koncept je otevřený ve vaší poštovní aplikaci. Odešlete ho odtud a potom zvolte „Hotovo“, aby se žádost zaznamenala.
gdap-leave-title = Zavřít bez zaznamenání žádosti?
gdap-leave-body = Koncept jste už předali, ale nezvolili jste „Hotovo“. Pokud teď dialog zavřete, žádost se nezaznamená a Liaison nebude sledovat její schválení ani vypršení.
gdap-col-status = Stav
gdap-requested-by = Vyžádáno { $date } ({ $name })
gdap-col-end = Konec
gdap-col-age = Stáří
gdap-age-days = { $count ->
    [one] { $count } den
    [few] { $count } dny
   *[other] { $count } dní
}
gdap-expires-on = Žádost vyprší { $date }
gdap-ends-on = Končí { $date }
gdap-extends-on = Automaticky se prodlouží { $date }
gdap-terminated-on = Ukončen { $date }
gdap-empty = Pro tohoto zákazníka zatím nebyl vyžádán žádný vztah správce.
gdap-approve = Označit jako schválený
gdap-approve-title = Označit vztah { $name } jako schválený
gdap-approve-body = Zadejte den, kdy zákazník žádost schválil v Centru pro správu Microsoft 365. Vztah je od tohoto dne aktivní po celou dobu trvání.
gdap-end = Ukončit vztah
gdap-end-title = Ukončit vztah { $name }
gdap-end-body = Zaznamenejte, že tento vztah byl ukončen v Partnerském centru nebo zákazníkem, a proč. Nejprve ho ukončete v Partnerském centru: Liaison to jen zaznamená.
gdap-pending = Čekají na schválení
gdap-ending-soon = Končí během příštích 60 dní
gdap-expired = Platnost vypršela
gdap-without-active-title = Zákazníci se vztahem prodejce bez aktivního vztahu správce
gdap-without-active = { $count ->
    [one] { $count } zákazník se vztahem prodejce nemá aktivní vztah správce
    [few] { $count } zákazníci se vztahem prodejce nemají aktivní vztah správce
   *[other] { $count } zákazníků se vztahem prodejce nemá aktivní vztah správce
}
gdap-overview-none = Žádné.
gdap-templates = Šablony rolí
gdap-template-built-in = Výchozí sada Microsoftu
gdap-template-new = Nová šablona rolí
gdap-template-editing = Úprava šablony { $name }
gdap-template-saved = Šablona rolí byla uložena.
gdap-template-delete = Odstranit

## Microsoft's pages, opened in the web browser.
error-partner-center-elsewhere = Liaison otevírá Partnerské centrum jen ve veřejném cloudu Microsoftu, kde je jeho adresa jistá. Partnerské centrum svého cloudu otevřete jako obvykle.
ms-open-partner-center = Otevřít Partnerské centrum
ms-open-customer = Otevřít v Partnerském centru
ms-open-gdap = Podrobná správa v Partnerském centru
ms-gdap-help = Nápověda Microsoftu ke GDAP
ms-gdap-approval-help = Jak zákazník žádost schválí
ms-opened = Stránka je otevřená ve vašem webovém prohlížeči.
