## A Liaison által az ügyfeleknek készített e-mailek. Saját szöveg; udvarias, magázó.

portal-public = Microsoft 365 Felügyeleti központ
portal-us-government = Microsoft Office felügyeleti portál (Microsoft Cloud for US Government)
portal-germany = Microsoft Office felügyeleti portál (Microsoft Cloud Németország)
portal-china = a 21Vianet által üzemeltetett felügyeleti központ

draft-greeting = Tisztelt Ügyfelünk!
draft-greeting-named = Tisztelt { $contact }!
draft-signature =
    Üdvözlettel:
    { $staff }
    { $partner }

draft-invitation-subject = A(z) { $partner } cég viszonteladói kapcsolat létesítésére hívja meg a(z) { $customer } céget
draft-invitation-subject-provider = A(z) { $partner } és a(z) { $provider } cég viszonteladói kapcsolat létesítésére hívják meg a(z) { $customer } céget
draft-invitation-intro = A(z) { $partner } cég szeretne a(z) { $customer } cég partnere lenni a Microsoft Cloud Solution Provider programban, és ezért viszonteladói kapcsolat létesítésére hívja meg Önt. Partnerként Microsoft-felhőszolgáltatásokat vásárolhatunk a szervezete számára, és segíthetjük Önt azok használatában.
draft-invitation-intro-provider = A(z) { $partner } cég közvetett szolgáltatójával, a(z) { $provider } céggel együtt szeretne a(z) { $customer } cég partnere lenni a Microsoft Cloud Solution Provider programban, és ezért viszonteladói kapcsolat létesítésére hívja meg Önt. A Microsoft-felhőszolgáltatásokat a(z) { $provider } cégen keresztül rendeljük meg az Ön számára, ezért ennek a cégnek is kapcsolatra van szüksége az Ön szervezetével; ennek az egy meghívásnak az elfogadásával mindkét kapcsolat létrejön.
draft-invitation-grants = Az elfogadással csak viszonteladói kapcsolat jön létre. Ez semmilyen felügyeleti hozzáférést nem ad nekünk a szervezetéhez.
draft-invitation-grants-dap = Az elfogadással viszonteladói kapcsolat jön létre, és delegált rendszergazdai jogosultságokat kapunk az Azure Active Directory (Microsoft Entra ID) és az Office 365 szolgáltatáshoz, hogy ezeket az Ön nevében kezelhessük.
draft-invitation-accept = A meghívást a szervezete egyik globális rendszergazdájának kell elfogadnia a következő helyen: { $portal }. Nyissa meg az alábbi hivatkozást, jelentkezzen be, tekintse át a kérést, majd fogadja el és engedélyezze.
draft-invitation-agreement = Ha a szervezete még nem fogadta el a Microsoft Ügyfélszerződést (Microsoft Customer Agreement), a portál ugyanekkor annak elfogadását is kérni fogja.
draft-invitation-questions = Ha kérdése van, egyszerűen válaszoljon erre az e-mailre.

draft-notice-subject = A(z) { $partner } cég és a(z) { $customer } cég közötti viszonteladói kapcsolat felmondása
draft-notice-intro = Ezúton értesítjük, hogy a(z) { $partner } cég Microsoft Cloud Solution Provider partnerként megszünteti viszonteladói kapcsolatát a(z) { $customer } céggel.
draft-notice-effect = A kapcsolat megszűnése után nem vásárolhatunk Microsoft-felhőszolgáltatásokat a szervezete számára, és többé nem szerepelünk a partnereként. A szervezete megtartja Microsoft-szolgáltatásait és adatait; ezeket közvetlenül a Microsofttól vagy egy másik partneren keresztül vásárolhatja meg.
draft-notice-dap = A szervezete által nekünk megadott delegált rendszergazdai jogosultságok érvényben maradnak, amíg el nem távolítja őket. Ezt bármikor megteheti itt: { $portal }, a Számlázási fiókok, Partnerkapcsolatok részben.
draft-notice-questions = Ha kérdése van a felmondással vagy a szolgáltatások áthelyezésével kapcsolatban, kérjük, válaszoljon erre az e-mailre.

removal-attestation = A(z) { $partner } cég nevében kijelentem, hogy az ezzel az ügyféllel fennálló kapcsolat megszüntetéséről szóló döntés jóhiszeműen, jogos üzleti célból, valamint az ügyfelünkkel vagy partnerünkkel kötött szerződésünkkel összhangban született, és vállalom, hogy a(z) { $partner } cég megvédi a Microsoftot minden ezzel ellentétes, harmadik féltől származó követeléssel szemben, és mentesíti annak következményei alól.

draft-gdap-subject = A(z) { $partner } cég GDAP-alapú felügyeleti hozzáférést kér a(z) { $customer } cégtől
draft-gdap-intro = A(z) { $partner } cég részletes delegált rendszergazdai jogosultságokat (GDAP) kér a(z) { $customer } cégtől az Ön Microsoft 365-szervezetében, hogy az Ön nevében kezelhessük a Microsoft-szolgáltatásait. Csak az alább felsorolt Microsoft Entra-szerepköröket kérjük, és csak { $days } napra:
draft-gdap-extend = Ennek leteltével a hozzáférés automatikusan hat hónappal meghosszabbodik, és ez minden alkalommal megismétlődik, amíg Ön vagy mi ki nem kapcsoljuk.
draft-gdap-no-extend = Ennek leteltével a hozzáférés magától megszűnik; ha továbbra is szükség lesz rá, ismét megkeressük.
draft-gdap-accept = A kérést a szervezete egyik globális rendszergazdájának kell jóváhagynia a következő helyen: { $portal }. A kérés 90 napig érvényes. Az áttekintéshez és az elfogadáshoz kattintson az alábbi hivatkozásra:
draft-gdap-questions = Ezt a hozzáférést bármikor megtekintheti és megszüntetheti itt: { $portal }, a Beállítások, Partnerkapcsolatok részben. Ha kérdése van, egyszerűen válaszoljon erre az e-mailre.

draft-date = { $year }. { $month ->
    [1] január
    [2] február
    [3] március
    [4] április
    [5] május
    [6] június
    [7] július
    [8] augusztus
    [9] szeptember
    [10] október
    [11] november
   *[12] december
} { $day }.
draft-reminder-subject = Emlékeztető: a(z) { $partner } cég viszonteladói kapcsolat létesítésére hívja meg a(z) { $customer } céget
draft-reminder-intro = A(z) { $partner } cég { $date } napján viszonteladói kapcsolat létesítésére hívta meg a(z) { $customer } céget. A meghívást még nem fogadták el, ezért arra az esetre, ha az első e-mailünk nem jutott volna el Önhöz, ismét elküldjük a hivatkozást.
draft-reminder-gdap-subject = Emlékeztető: a(z) { $partner } cég GDAP-alapú felügyeleti hozzáférést kér a(z) { $customer } cégtől
draft-reminder-gdap-intro = A(z) { $partner } cég { $date } napján részletes delegált rendszergazdai jogosultságokat (GDAP) kért a(z) { $customer } cégtől az Ön Microsoft 365-szervezetében. A kérést még nem hagyták jóvá, ezért arra az esetre, ha az első e-mailünk nem jutott volna el Önhöz, ismét elküldjük a hivatkozást.
draft-reminder-gdap-accept = A kérést a szervezete egyik globális rendszergazdájának kell jóváhagynia a következő helyen: { $portal }. A kérés az elküldésétől számított 90 napig érvényes. Az áttekintéshez és az elfogadáshoz kattintson az alábbi hivatkozásra:
draft-reminder-answered = Ha ezt már megtette, köszönjük, és kérjük, tekintse tárgytalannak ezt az e-mailt. Ha kérdése van, egyszerűen válaszoljon rá.
