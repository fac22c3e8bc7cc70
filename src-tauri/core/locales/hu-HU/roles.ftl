## Roles: a staff member's role is chosen once, at first-run setup.

rule-fixed = ezt az első indításkor kell beállítani, és később nem módosítható: senki sem változtathatja meg a saját szerepkörét.
settings-role-fixed = Az első indításkor választotta ki. A Liaisonban senki sem módosíthatja a saját szerepkörét, így senki sem adhat magának több jogosultságot, és véletlenül sem zárhatja ki magát a Beállításokból.
