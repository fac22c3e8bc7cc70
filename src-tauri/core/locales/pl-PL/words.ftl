## Nazwy pól i reguły, które wymagają własnego brzmienia.

# Adresat wersji roboczej, nazwany dokładnie tak jak w formularzu.
field-recipient = { draft-recipient }
rule-taken-provider = inny dostawca pośredni ma już ten identyfikator dzierżawy.
rule-taken-user = ten klient ma już użytkownika o tej nazwie użytkownika.
