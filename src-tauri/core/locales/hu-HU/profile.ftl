## Első indítás és a partnerprofil a Beállításokban.

setup-title = Üdvözli a Liaison
setup-intro = Adja meg a vállalata és a saját adatait. Ezekből készülnek a meghívó hivatkozások és e-mailek; a globális rendszergazda később módosíthatja őket a Beállításokban.
setup-company-section = Az Ön vállalata
setup-staff-section = Ön
setup-submit = Mentés és kezdés
setup-tenant-hint = A vállalat Microsoft Entra-bérlőazonosítója, ahogy a Partnerközpont fiókbeállításaiban látható.
setup-partner-id-hint = Csak számjegyek; korábbi neve MPN ID.

field-company-name = Cégnév
field-partner-type = Partnertípus
field-tenant-id = Partner bérlőazonosítója
field-partner-id = Partnerazonosító
field-cloud = Felhő
field-country = Ország/régió
field-staff-name = Az Ön neve
field-staff-role = Az Ön szerepköre a Partnerközpontban
field-language = Nyelv
field-primary-domain = Elsődleges tartomány
field-microsoft-id = Microsoft-azonosító
field-contact-name = Kapcsolattartó
field-contact-email = Kapcsolattartó e-mail-címe
field-tags = Címkék
field-notes = Megjegyzések
field-provider = Közvetett szolgáltató
field-provider-tenant-id = Szolgáltató bérlőazonosítója
field-link-host = Hivatkozás gazdagépe
field-subject = Tárgy
field-body = Az e-mail szövege
field-attestation = Nyilatkozat
field-offer = Ajánlat
field-quantity = Mennyiség
field-display-name = Megjelenítendő név
field-user-principal-name = Felhasználónév
field-licences = Licencek

settings-title = Beállítások
settings-language-section = Nyelv
settings-language-hint = A Liaison felületének nyelve. Azonnal érvénybe lép.
settings-profile-section = Partnerprofil
settings-profile-saved = A partnerprofil mentve.
settings-links-section = Meghívó hivatkozások
settings-link-host = Hivatkozás gazdagépe ({ $cloud })
