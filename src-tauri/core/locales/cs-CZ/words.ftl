## Názvy polí a pravidla, která potřebují vlastní znění.

# Příjemce konceptu, pojmenovaný přesně jako ve formuláři konceptu.
field-recipient = { draft-recipient }
rule-taken-provider = toto ID tenanta už má jiný nepřímý zprostředkovatel.
rule-taken-user = tento zákazník už má uživatele s tímto uživatelským jménem.
