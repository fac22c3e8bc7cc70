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
