## Roles: a staff member's role is chosen once, at first-run setup.

rule-fixed = tę wartość ustawia się raz, podczas pierwszego uruchomienia, i nie można jej później zmienić: nikt nie może zmienić własnej roli.
settings-role-fixed = Wybrana podczas pierwszego uruchomienia. W aplikacji Liaison nikt nie może zmienić własnej roli, aby nikt nie mógł nadać sobie dodatkowych uprawnień ani przez pomyłkę zablokować sobie dostępu do Ustawień.
