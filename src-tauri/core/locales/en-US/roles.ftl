## Roles: a staff member's role is chosen once, at first-run setup.

rule-fixed = this is set once, at first-run setup, and cannot be changed afterwards: nobody can change their own role.
settings-role-fixed = Chosen at first-run setup. Nobody can change their own role in Liaison, so that no one can give themselves more rights or lock themselves out of Settings by mistake.
