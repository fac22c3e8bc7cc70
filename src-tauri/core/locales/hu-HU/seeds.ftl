## Az ügyféllista nézetei: a Partnerközpont Ügyfelek oldala csak a viszonteladói kapcsolattal rendelkező ügyfeleket mutatja.

customers-views = Megjelenített ügyfelek
customers-view-reseller = Ügyfelek ({ $count })
customers-view-invited = Meghívottak ({ $count })
customers-view-prospect = Leendő ügyfelek ({ $count })
customers-view-removed = Eltávolítottak ({ $count })
customers-empty-reseller = Még nincs viszonteladói kapcsolattal rendelkező ügyfele. Válassza a „Viszonteladói kapcsolat kérése” lehetőséget; az ügyfél akkor jelenik meg itt, amikor elfogadja a meghívást.
customers-empty-invited = Nincs elfogadásra váró meghívás.
customers-empty-prospect = Nincsenek leendő ügyfelek. Itt jelennek meg azok az ügyfelek, akiket a meghívásuk előtt vesz fel.
customers-empty-removed = Még egyetlen kapcsolatot sem távolított el.

## Kapcsolat kérése: az országra vonatkozó szabály és a piszkozat átadása.

request-outside-region = A Partnerközpontban olyan ügyféltől kérhet viszonteladói kapcsolatot, amely az Ön országában vagy ugyanabban a régióban van. Ennek az ügyfélnek az országa vagy régiója kívül esik az Ön országán és annak régióján.
request-outside-region-countries = Ügyfél: { $customer } · Az Ön cége: { $partner }
request-outside-region-go-on = Folytatás mindenképp
request-handed-off = A piszkozat meg van nyitva a levelezőalkalmazásban. Onnan küldje el, majd a meghívás rögzítéséhez válassza a „Kész” gombot.
request-leave-title = Bezárja a meghívás rögzítése nélkül?
request-leave-body = A piszkozatot már átadta a levelezőalkalmazásnak, de nem választotta a „Kész” gombot. Ha most bezárja, a meghívás nem lesz rögzítve, és az új kapcsolattartó sem kerül az ügyfelek közé.
request-leave-keep = Vissza a piszkozathoz
request-leave-discard = Bezárás rögzítés nélkül
error-provider-invitation-not-offered = Ügyfelet a közvetett szolgáltatóval együtt csak közvetett viszonteladó hívhat meg. Használja az Ügyfelek oldalon a „Viszonteladói kapcsolat kérése” lehetőséget.
activity-outside-region-confirmed = Figyelmeztetés után elküldve: az ügyfél országa vagy régiója ({ $customer }) kívül esik az Ön országán ({ $partner }) és annak régióján.

## Az ügyfél által visszavont delegált rendszergazdai jogosultságok.

record-dap-removed = Az ügyfél eltávolította · rögzítve: { $date } ({ $name })
record-dap-support = Az ügyfél eltávolította az általa megadott delegált rendszergazdai jogosultságokat. Amíg az ügyféllel kötött szerződést újra nem tárgyalja, továbbra is Ön felel az ügyfél támogatásáért e szerződés szerint, valamint a Microsofttal kötött partnerszerződése feltételeinek betartásáért. Ha az ügyfélnek segítségre van szüksége, felhívhatja a Microsoft ügyfélszolgálatát, és szolgáltatáskérést nyithat az ügyfél nevében.
record-dap-removed-action = Az ügyfél eltávolította a jogosultságokat
error-no-dap-to-remove = Ennél az ügyfélnél nincs megadott delegált rendszergazdai jogosultság rögzítve, így nincs mit eltávolítottként megjelölni.
activity-dap_removed = Rögzítve, hogy a(z) { $subject } ügyfél eltávolította a delegált rendszergazdai jogosultságokat
activity-action-dap_removed = Az ügyfél által eltávolított rendszergazdai jogosultságok

## Felmondási értesítés az ügyfélnek vagy a partnernek.

removal-notice-to = Az értesítés címzettje
removal-notice-to-customer = Az ügyfél ({ $company })
removal-notice-to-partner = A partner
removal-notice-to-partner-named = A partner ({ $provider })
draft-notice-partner-subject = Értesítés a(z) { $partner } cég és a(z) { $customer } cég közötti viszonteladói kapcsolat megszüntetéséről
draft-notice-partner-greeting = Tisztelt Partnerünk!
draft-notice-partner-intro = Szerződésünknek megfelelően értesítjük Önt, hogy a(z) { $partner } cég megszünteti viszonteladói kapcsolatát a(z) { $customer } céggel a Microsoft Cloud Solution Provider programban.
draft-notice-partner-intro-named = Szerződésünknek megfelelően ezúton értesítjük a(z) { $provider } céget, hogy a(z) { $partner } cég megszünteti viszonteladói kapcsolatát a(z) { $customer } céggel a Microsoft Cloud Solution Provider programban.
draft-notice-partner-effect = A kapcsolat megszűnése után a(z) { $partner } cég már nem vásárol Microsoft-felhőszolgáltatásokat a(z) { $customer } cég számára, és nem kezeli annak előfizetéseit. Az ügyfél által megadott delegált rendszergazdai jogosultságok érvényben maradnak, amíg az ügyfél el nem távolítja őket.
draft-notice-partner-questions = Ha kérdése van ezzel az értesítéssel kapcsolatban, kérjük, válaszoljon erre az e-mailre.
