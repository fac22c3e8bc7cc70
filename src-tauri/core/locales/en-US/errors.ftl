## Errors and the rules of the input fields. A field's message is "Field: rule".

error-invalid-field = { $field }: { $rule }
error-invalid-many = { $count ->
    [one] One field needs your attention.
   *[other] { $count } fields need your attention.
}
error-customer-not-found = This customer no longer exists. Refresh the list and try again.
error-profile-missing = Finish setting up the partner profile first.
error-storage = Liaison could not read or write its database: { $detail }
error-file-system = Liaison could not use its data folder: { $detail }
permission-denied = Your role, { $role }, does not allow this. It needs: { $allowed }.

rule-required = this is required.
rule-too-long = use at most { $max } characters.
rule-too-many = use at most { $max }.
rule-guid = enter a GUID such as 8c2f1e4a-0b6d-4e3f-9a1b-2c3d4e5f6a7b (braces and upper case are fine).
rule-partner-id = enter digits only, at most 10 of them.
rule-company-name = enter a real company name: at least two characters, not only punctuation.
rule-domain-name = enter a domain name such as contoso.cz: letters, digits and hyphens, with a dot.
rule-onmicrosoft-prefix = the part before .onmicrosoft.com may hold only letters and digits, at most 27 of them.
rule-email = enter one email address, such as jana@contoso.cz.
rule-email-microsoft = an address at microsoft.com cannot be a customer's contact.
rule-choice = choose one of the options offered.
rule-tag = a tag may have at most 40 characters and no commas or semicolons.
rule-taken = another customer already has this value.
