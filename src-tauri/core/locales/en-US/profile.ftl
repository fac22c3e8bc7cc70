## First-run setup and the partner profile in Settings.

setup-title = Welcome to Liaison
setup-intro = Tell Liaison about your company and about yourself. Invitation links and emails are built from these details; a Global admin can change them later in Settings.
setup-company-section = Your company
setup-staff-section = You
setup-submit = Save and start
setup-tenant-hint = Your company's Microsoft Entra tenant ID, as shown in Partner Center under Account settings.
setup-partner-id-hint = Digits only, formerly called MPN ID.

field-company-name = Company name
field-partner-type = Partner type
field-tenant-id = Partner tenant ID
field-partner-id = Partner ID
field-cloud = Cloud
field-country = Country/region
field-staff-name = Your name
field-staff-role = Your Partner Center role
field-language = Language
field-primary-domain = Primary domain
field-microsoft-id = Microsoft ID
field-contact-name = Contact name
field-contact-email = Contact email
field-tags = Tags
field-notes = Notes
field-provider = Indirect provider
field-provider-tenant-id = Provider tenant ID
field-link-host = Link host
field-subject = Subject
field-body = Email text
field-attestation = Attestation
field-offer = Offer
field-quantity = Quantity
field-display-name = Display name
field-user-principal-name = User name
field-licences = Licences

settings-title = Settings
settings-language-section = Language
settings-language-hint = The language of Liaison's screens. It changes at once.
settings-profile-section = Partner profile
settings-profile-saved = The partner profile was saved.
settings-links-section = Invitation links
settings-link-host = Link host for { $cloud }
