## Úvodní nastavení a profil partnera v Nastavení.

setup-title = Vítejte v aplikaci Liaison
setup-intro = Zadejte údaje o své společnosti a o sobě. Z těchto údajů vznikají odkazy a e-maily s pozvánkami; globální správce je může později změnit v Nastavení.
setup-company-section = Vaše společnost
setup-staff-section = Vy
setup-submit = Uložit a začít
setup-tenant-hint = ID tenanta Microsoft Entra vaší společnosti, jak je uvedeno v Partnerském centru v nastavení účtu.
setup-partner-id-hint = Pouze číslice; dříve se nazývalo MPN ID.

field-company-name = Název společnosti
field-partner-type = Typ partnera
field-tenant-id = ID tenanta partnera
field-partner-id = ID partnera
field-cloud = Cloud
field-country = Země/oblast
field-staff-name = Vaše jméno
field-staff-role = Vaše role v Partnerském centru
field-language = Jazyk
field-primary-domain = Primární doména
field-microsoft-id = Microsoft ID
field-contact-name = Kontaktní osoba
field-contact-email = Kontaktní e-mail
field-tags = Značky
field-notes = Poznámky
field-provider = Nepřímý zprostředkovatel
field-provider-tenant-id = ID tenanta zprostředkovatele
field-link-host = Hostitel odkazu
field-subject = Předmět
field-body = Text e-mailu
field-attestation = Prohlášení
field-offer = Nabídka
field-quantity = Množství
field-display-name = Zobrazované jméno
field-user-principal-name = Uživatelské jméno
field-licences = Licence

settings-title = Nastavení
settings-language-section = Jazyk
settings-language-hint = Jazyk uživatelského rozhraní aplikace Liaison. Změní se okamžitě.
settings-profile-section = Profil partnera
settings-profile-saved = Profil partnera byl uložen.
settings-links-section = Odkazy v pozvánkách
settings-link-host = Hostitel odkazu – { $cloud }
