## Errors and the rules of the input fields. A field's message is "Field: rule".

error-invalid-field = { $field }: { $rule }
error-invalid-many = { $count ->
    [1] One field needs your attention.
   *[other] { $count } fields need your attention.
}
error-customer-not-found = This customer no longer exists. Refresh the list and try again.
error-profile-missing = Finish setting up the partner profile first.
error-provider-not-found = This indirect provider no longer exists.
error-invitation-not-found = This invitation no longer exists.
error-subscription-not-found = This subscription no longer exists.
error-link-removed = The invitation link must stay in the email exactly as it was generated: it is personalized to connect the customer to your account. Put it back to continue.
error-mailto-too-long = This email is too long to hand to a mail application in one piece ({ $length } characters; many mail applications cut it at { $limit }). Copy it to the clipboard and paste it into a new email instead.
error-active-subscriptions = { $count ->
    [1] This customer still has an active subscription: { $subscriptions }. Suspend it first.
   *[other] This customer still has { $count } active subscriptions: { $subscriptions }. Suspend them first.
}
error-invitation-closed = This invitation is no longer pending: it was already accepted or cancelled.
error-no-relationship = This customer has no reseller relationship to remove.
error-customer-removed = The relationship with this customer was removed. Send a new invitation to connect again.
error-open-failed = Liaison could not open your mail application or browser: { $detail }
error-clipboard = Liaison could not use the clipboard: { $detail }
error-csv-columns = This file is not a Partner Center customer list: it lacks the columns { $detail }.
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
rule-tag = a tag may have at most 50 characters and no commas or semicolons.
rule-taken = another customer already has this value.
rule-quantity = enter a whole number from 1 to 100,000.
rule-attest = confirm the statement to continue.
