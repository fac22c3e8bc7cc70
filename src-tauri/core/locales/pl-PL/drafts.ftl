## Wiadomości, które Liaison przygotowuje dla klientów. Tekst własny; uprzejmy, w formie grzecznościowej.

portal-public = centrum administracyjnym platformy Microsoft 365
portal-us-government = portalu administracyjnym Microsoft Office w chmurze Microsoft Cloud for US Government
portal-germany = portalu administracyjnym Microsoft Office w chmurze Microsoft Cloud Niemcy
portal-china = centrum administracyjnym obsługiwanym przez 21Vianet

draft-greeting = Szanowni Państwo,
draft-greeting-named = Szanowni Państwo,
draft-signature =
    Z wyrazami szacunku
    { $staff }
    { $partner }

draft-invitation-subject = Firma { $partner } zaprasza firmę { $customer } do nawiązania relacji odsprzedawcy
draft-invitation-subject-provider = Firmy { $partner } i { $provider } zapraszają firmę { $customer } do nawiązania relacji odsprzedawcy
draft-invitation-intro = Firma { $partner } chciałaby zostać partnerem firmy { $customer } w programie Microsoft Cloud Solution Provider i zaprasza Państwa do nawiązania relacji odsprzedawcy. Jako Państwa partner możemy kupować usługi w chmurze firmy Microsoft dla Państwa organizacji i wspierać Państwa w korzystaniu z nich.
draft-invitation-intro-provider = Firma { $partner } wraz ze swoim dostawcą pośrednim, firmą { $provider }, chciałaby zostać partnerem firmy { $customer } w programie Microsoft Cloud Solution Provider i zaprasza Państwa do nawiązania relacji odsprzedawcy. Usługi w chmurze firmy Microsoft zamawiamy dla Państwa za pośrednictwem firmy { $provider }, która dlatego również potrzebuje relacji z Państwa organizacją; akceptacja tego jednego zaproszenia ustanawia obie relacje.
draft-invitation-grants = Akceptacja ustanawia wyłącznie relację odsprzedawcy. Nie daje nam żadnego dostępu administracyjnego do Państwa organizacji.
draft-invitation-grants-dap = Akceptacja ustanawia relację odsprzedawcy i przyznaje nam delegowane uprawnienia administracyjne dla usług Azure Active Directory (Microsoft Entra ID) i Office 365, abyśmy mogli zarządzać tymi usługami w Państwa imieniu.
draft-invitation-accept = Zaproszenie musi zaakceptować administrator globalny Państwa organizacji w { $portal }: proszę otworzyć poniższy link, zalogować się, przejrzeć żądanie, a następnie je zaakceptować i autoryzować.
draft-invitation-agreement = Jeśli Państwa organizacja nie zaakceptowała jeszcze Umowy z klientem firmy Microsoft (Microsoft Customer Agreement), zostaną Państwo jednocześnie poproszeni o jej zaakceptowanie.
draft-invitation-questions = W razie pytań wystarczy odpowiedzieć na tę wiadomość.

draft-notice-subject = Wypowiedzenie relacji odsprzedawcy między firmą { $partner } a firmą { $customer }
draft-notice-intro = Niniejszym informujemy, że firma { $partner } kończy relację odsprzedawcy z firmą { $customer } w ramach programu Microsoft Cloud Solution Provider.
draft-notice-effect = Po zakończeniu relacji nie będziemy mogli kupować usług w chmurze firmy Microsoft dla Państwa organizacji i przestaniemy figurować jako Państwa partner. Państwa organizacja zachowuje swoje usługi i dane; mogą je Państwo kupować bezpośrednio od firmy Microsoft lub za pośrednictwem innego partnera.
draft-notice-dap = Delegowane uprawnienia administracyjne przyznane nam przez Państwa organizację pozostają aktywne, dopóki Państwo ich nie usuną. Mogą je Państwo usunąć w dowolnym momencie w { $portal }, w sekcji Konta rozliczeniowe, Relacje z partnerami.
draft-notice-questions = W razie pytań dotyczących tego wypowiedzenia lub przeniesienia usług prosimy o odpowiedź na tę wiadomość.

removal-attestation = W imieniu firmy { $partner } oświadczam, że decyzja o zakończeniu relacji z tym klientem została podjęta w dobrej wierze, w uzasadnionym celu biznesowym i zgodnie z naszą umową z klientem lub partnerem, oraz zgadzam się, że firma { $partner } będzie bronić firmy Microsoft przed wszelkimi roszczeniami osób trzecich twierdzących inaczej i zwolni ją z odpowiedzialności z ich tytułu.

draft-gdap-subject = Firma { $partner } prosi firmę { $customer } o dostęp administracyjny w ramach GDAP
draft-gdap-intro = Firma { $partner } prosi firmę { $customer } o szczegółowe delegowane uprawnienia administratora (GDAP) w Państwa organizacji Microsoft 365, abyśmy mogli zarządzać usługami firmy Microsoft w Państwa imieniu. Prosimy wyłącznie o wymienione poniżej role Microsoft Entra i tylko na { $days ->
    [one] { $days } dzień
   *[other] { $days } dni
}:
draft-gdap-extend = Po upływie tego czasu dostęp zostanie automatycznie przedłużony o sześć miesięcy, i tak za każdym razem, dopóki Państwo lub my tego nie wyłączymy.
draft-gdap-no-extend = Po upływie tego czasu dostęp wygaśnie samoczynnie; jeśli nadal będzie potrzebny, zwrócimy się do Państwa ponownie.
draft-gdap-accept = Żądanie musi zatwierdzić administrator globalny Państwa organizacji w { $portal }. Żądanie jest ważne przez 90 dni. Aby je przejrzeć i zaakceptować, proszę kliknąć poniższy link:
draft-gdap-questions = Ten dostęp mogą Państwo w każdej chwili sprawdzić i zakończyć w { $portal }, w sekcji Ustawienia, Relacje z partnerami. W razie pytań wystarczy odpowiedzieć na tę wiadomość.

draft-date = { $day } { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
} { $year }
draft-reminder-subject = Przypomnienie: firma { $partner } zaprasza firmę { $customer } do nawiązania relacji odsprzedawcy
draft-reminder-intro = Dnia { $date } r. firma { $partner } zaprosiła firmę { $customer } do nawiązania relacji odsprzedawcy, a zaproszenie nie zostało jeszcze zaakceptowane. Dlatego przesyłamy link ponownie na wypadek, gdyby pierwsza wiadomość do Państwa nie dotarła.
draft-reminder-gdap-subject = Przypomnienie: firma { $partner } prosi firmę { $customer } o dostęp administracyjny w ramach GDAP
draft-reminder-gdap-intro = Dnia { $date } r. firma { $partner } poprosiła firmę { $customer } o szczegółowe delegowane uprawnienia administratora (GDAP) w Państwa organizacji Microsoft 365. Żądanie nie zostało jeszcze zatwierdzone, dlatego przesyłamy link ponownie na wypadek, gdyby pierwsza wiadomość do Państwa nie dotarła.
draft-reminder-gdap-accept = Żądanie musi zatwierdzić administrator globalny Państwa organizacji w { $portal }. Jest ono ważne przez 90 dni od dnia wysłania. Aby je przejrzeć i zaakceptować, proszę kliknąć poniższy link:
draft-reminder-answered = Jeśli już Państwo to zrobili, dziękujemy i prosimy nie brać tej wiadomości pod uwagę. W razie pytań wystarczy na nią odpowiedzieć.
