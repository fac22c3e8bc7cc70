## Field names and rules that need words of their own.

# The recipient of a draft, named exactly as the draft's form labels it.
field-recipient = { draft-recipient }
rule-taken-provider = another indirect provider already has this tenant ID.
rule-taken-user = this customer already has a user with this user name.
