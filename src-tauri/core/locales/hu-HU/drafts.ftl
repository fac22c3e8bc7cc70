## A Liaison által az ügyfeleknek készített e-mailek. Saját szöveg; udvarias, magázó.

portal-public = Microsoft 365 Felügyeleti központ
portal-us-government = Microsoft Cloud for US Government Microsoft Office felügyeleti portálja
portal-germany = Microsoft Cloud Németország Microsoft Office felügyeleti portálja
portal-china = 21Vianet által üzemeltetett felügyeleti központ

draft-greeting = Tisztelt Ügyfelünk!
draft-greeting-named = Tisztelt { $contact }!
draft-signature =
    Üdvözlettel:
    { $staff }
    { $partner }

draft-invitation-subject = A(z) { $partner } viszonteladói kapcsolatra hívja meg a(z) { $customer } vállalatot
draft-invitation-subject-provider = A(z) { $partner } és a(z) { $provider } viszonteladói kapcsolatra hívja meg a(z) { $customer } vállalatot
draft-invitation-intro = A(z) { $partner } szeretne a(z) { $customer } Microsoft Cloud Solution Provider partnere lenni. Partnerként Microsoft-felhőszolgáltatásokat vásárolhatunk szervezete számára, és segíthetjük Önöket a használatukban.
draft-invitation-intro-provider = A(z) { $partner } szeretne a(z) { $customer } Microsoft Cloud Solution Provider partnere lenni, közvetett szolgáltatónkkal, a(z) { $provider } vállalattal együtt. Microsoft-felhőszolgáltatásait a(z) { $provider } révén rendeljük meg, ezért neki is kapcsolatra van szüksége Önökkel; ennek az egy meghívásnak az elfogadásával mindkét kapcsolat létrejön.
draft-invitation-grants = Az elfogadással csak viszonteladói kapcsolat jön létre. Ez semmilyen felügyeleti hozzáférést nem ad nekünk a szervezetéhez.
draft-invitation-grants-dap = Az elfogadással viszonteladói kapcsolat jön létre, és delegált rendszergazdai jogosultságokat kapunk az Azure Active Directory (Microsoft Entra ID) és az Office 365 szolgáltatáshoz, hogy ezeket az Önök nevében kezelhessük.
draft-invitation-accept = A meghívást a szervezete egyik globális rendszergazdájának kell elfogadnia a következő helyen: { $portal }. Nyissa meg az alábbi hivatkozást, jelentkezzen be, tekintse át a kérést, majd fogadja el és engedélyezze.
draft-invitation-agreement = Ha szervezete még nem fogadta el a Microsoft Ügyfélszerződést (Microsoft Customer Agreement), ugyanekkor annak elfogadására is felkérjük.
draft-invitation-questions = Ha kérdése van, egyszerűen válaszoljon erre az e-mailre.

draft-notice-subject = Felmondás: a(z) { $partner } és a(z) { $customer } közötti viszonteladói kapcsolat
draft-notice-intro = Ezúton értesítjük, hogy a(z) { $partner } Microsoft Cloud Solution Provider partnerként megszünteti a viszonteladói kapcsolatát a(z) { $customer } vállalattal.
draft-notice-effect = A kapcsolat megszűnése után nem vásárolhatunk Microsoft-felhőszolgáltatásokat a szervezete számára, és többé nem szerepelünk partnereként. Szervezete megtartja Microsoft-szolgáltatásait és adatait; ezeket közvetlenül a Microsofttól vagy egy másik partneren keresztül vásárolhatja.
draft-notice-dap = A szervezete által nekünk megadott delegált rendszergazdai jogosultságok érvényben maradnak, amíg el nem távolítja őket. Ezt bármikor megteheti itt: { $portal }, a Számlázási fiókok, Partnerkapcsolatok részben.
draft-notice-questions = Ha kérdése van a felmondással vagy a szolgáltatások áthelyezésével kapcsolatban, kérjük, válaszoljon erre az e-mailre.

removal-attestation = A(z) { $partner } nevében kijelentem, hogy az ügyféllel fennálló kapcsolat megszüntetéséről szóló döntés jóhiszeműen, jogos üzleti célból, valamint az ügyfelünkkel vagy partnerünkkel kötött szerződésünkkel összhangban született, és vállalom, hogy a(z) { $partner } megvédi a Microsoftot minden ezzel ellentétes, harmadik féltől származó követeléssel szemben, és mentesíti annak következményei alól.
