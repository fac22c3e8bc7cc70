## Roles: a staff member's role is chosen once, at first-run setup.

rule-fixed = tato hodnota se nastavuje jednou, při prvním spuštění, a později ji nelze změnit: vlastní roli nemůže změnit nikdo.
settings-role-fixed = Zvolena při prvním spuštění. Vlastní roli v aplikaci Liaison nemůže změnit nikdo, aby si nikdo nemohl přidělit další oprávnění ani si omylem zablokovat přístup k Nastavení.
