## Widoki listy klientów: strona Klienci w Centrum partnerskim pokazuje tylko klientów z relacją odsprzedawcy.

customers-views = Pokaż klientów
customers-view-reseller = Klienci ({ $count })
customers-view-invited = Zaproszeni ({ $count })
customers-view-prospect = Potencjalni klienci ({ $count })
customers-view-removed = Usunięci ({ $count })
customers-empty-reseller = Nie ma jeszcze klientów z relacją odsprzedawcy. Proszę wybrać „Żądaj relacji odsprzedawcy”; klient pojawi się tutaj po przyjęciu zaproszenia.
customers-empty-invited = Żadne zaproszenie nie czeka na przyjęcie.
customers-empty-prospect = Brak potencjalnych klientów. Są tu wyświetlani klienci dodani przed wysłaniem zaproszenia.
customers-empty-removed = Nie usunięto żadnej relacji.

## Żądanie relacji: zasada kraju i przekazanie wersji roboczej.

request-outside-region = Centrum partnerskie pozwala żądać relacji odsprzedawcy z klientem z Państwa kraju lub z tego samego regionu. Kraj lub region tego klienta leży poza Państwa krajem i jego regionem.
request-outside-region-countries = Klient: { $customer } · Państwa firma: { $partner }
request-outside-region-go-on = Mimo to kontynuuj
request-handed-off = Wersja robocza jest otwarta w programie pocztowym. Proszę ją stamtąd wysłać, a następnie wybrać „Gotowe”, aby zapisać zaproszenie.
request-leave-title = Zamknąć bez zapisania zaproszenia?
request-leave-body = Wersja robocza została już przekazana, ale nie wybrano „Gotowe”. Jeśli zamkną Państwo okno teraz, zaproszenie nie zostanie zapisane, a nowy kontakt nie zostanie dodany do klientów.
request-leave-keep = Wróć do wersji roboczej
request-leave-discard = Zamknij bez zapisywania
error-provider-invitation-not-offered = Klienta razem z dostawcą pośrednim zaprasza tylko odsprzedawca pośredni. Proszę użyć opcji „Żądaj relacji odsprzedawcy” na stronie Klienci.
activity-outside-region-confirmed = Wysłano po ostrzeżeniu: kraj lub region klienta ({ $customer }) leży poza Państwa krajem ({ $partner }) i jego regionem.

## Delegowane uprawnienia administratora odebrane przez klienta.

record-dap-removed = Usunięte przez klienta · odnotowano { $date } ({ $name })
record-dap-support = Klient usunął przyznane delegowane uprawnienia administratora. Dopóki nie renegocjują Państwo umowy z klientem, pozostają Państwo odpowiedzialni za świadczenie mu pomocy technicznej zgodnie z tą umową oraz za przestrzeganie warunków umowy partnerskiej z firmą Microsoft. Jeśli klient potrzebuje pomocy, mogą Państwo zadzwonić do pomocy technicznej firmy Microsoft i otworzyć zgłoszenie serwisowe w jego imieniu.
record-dap-removed-action = Klient usunął uprawnienia administratora
error-no-dap-to-remove = Dla tego klienta nie zapisano przyznanych delegowanych uprawnień administratora, więc nie ma czego oznaczyć jako usunięte.
activity-dap_removed = Odnotowano, że klient { $subject } usunął delegowane uprawnienia administratora
activity-action-dap_removed = Uprawnienia administratora usunięte przez klienta

## Wypowiedzenie dla klienta lub partnera.

removal-notice-to = Wypowiedzenie dla
removal-notice-to-customer = Klienta ({ $company })
removal-notice-to-partner = Partnera
removal-notice-to-partner-named = Partnera ({ $provider })
draft-notice-partner-subject = Zawiadomienie o zakończeniu relacji odsprzedawcy między firmą { $partner } a firmą { $customer }
draft-notice-partner-greeting = Szanowni Państwo,
draft-notice-partner-intro = Zgodnie z naszą umową informujemy Państwa, że firma { $partner } kończy relację odsprzedawcy z firmą { $customer } w programie Microsoft Cloud Solution Provider.
draft-notice-partner-intro-named = Zgodnie z naszą umową niniejszym informujemy firmę { $provider }, że firma { $partner } kończy relację odsprzedawcy z firmą { $customer } w programie Microsoft Cloud Solution Provider.
draft-notice-partner-effect = Po zakończeniu relacji firma { $partner } nie będzie już kupować usług w chmurze firmy Microsoft dla firmy { $customer } ani zarządzać jej subskrypcjami. Delegowane uprawnienia administracyjne przyznane przez klienta pozostają aktywne, dopóki klient ich nie usunie.
draft-notice-partner-questions = W razie pytań dotyczących tego zawiadomienia prosimy o odpowiedź na tę wiadomość.
