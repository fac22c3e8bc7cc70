## Pierwsze uruchomienie i profil partnera w Ustawieniach.

setup-title = Witamy w aplikacji Liaison
setup-intro = Prosimy podać informacje o Państwa firmie i o sobie. Na ich podstawie powstają linki i wiadomości z zaproszeniami; administrator globalny może je później zmienić w Ustawieniach.
setup-company-section = Państwa firma
setup-staff-section = Państwa dane
setup-submit = Zapisz i zacznij
setup-tenant-hint = Identyfikator dzierżawy Microsoft Entra Państwa firmy, widoczny w Centrum partnerskim w ustawieniach konta.
setup-partner-id-hint = Tylko cyfry; dawniej MPN ID.

field-company-name = Nazwa firmy
field-partner-type = Typ partnera
field-tenant-id = Identyfikator dzierżawy partnera
field-partner-id = Identyfikator partnera
field-cloud = Chmura
field-country = Kraj/region
field-staff-name = Imię i nazwisko
field-staff-role = Rola w Centrum partnerskim
field-language = Język
field-primary-domain = Domena podstawowa
field-microsoft-id = Identyfikator Microsoft
field-contact-name = Osoba kontaktowa
field-contact-email = Adres e-mail kontaktu
field-tags = Tagi
field-notes = Notatki
field-provider = Dostawca pośredni
field-provider-tenant-id = Identyfikator dzierżawy dostawcy
field-link-host = Host linku
field-subject = Temat
field-body = Treść wiadomości
field-attestation = Oświadczenie
field-offer = Oferta
field-quantity = Ilość
field-display-name = Nazwa wyświetlana
field-user-principal-name = Nazwa użytkownika
field-licences = Licencje

settings-title = Ustawienia
settings-language-section = Język
settings-language-hint = Język interfejsu aplikacji Liaison. Zmienia się od razu.
settings-profile-section = Profil partnera
settings-profile-saved = Profil partnera został zapisany.
settings-links-section = Linki w zaproszeniach
settings-link-host = Host linku – { $cloud }
