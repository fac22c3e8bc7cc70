## E-maily, které Liaison připravuje pro zákazníky. Vlastní text; zdvořilý, vykající, „Vy“ a „Váš“ s velkým písmenem jako v dopise jednomu adresátovi.

# Místo přijetí i s předložkou („v“, nebo „na“ u portálu), jak ji potřebují věty, které je používají.
portal-public = v Centru pro správu Microsoft 365
portal-us-government = na portálu pro správu Microsoft Office v prostředí Microsoft Cloud for US Government
portal-germany = na portálu pro správu Microsoft Office v prostředí Microsoft Cloud Německo
portal-china = v centru pro správu provozovaném společností 21Vianet

draft-greeting = Dobrý den,
draft-greeting-named = Dobrý den,
draft-signature =
    S pozdravem
    { $staff }
    { $partner }

draft-invitation-subject = Společnost { $partner } zve společnost { $customer } k navázání vztahu prodejce
draft-invitation-subject-provider = Společnosti { $partner } a { $provider } zvou společnost { $customer } k navázání vztahu prodejce
draft-invitation-intro = Společnost { $partner } by se ráda stala partnerem společnosti { $customer } v programu Microsoft Cloud Solution Provider a zve Vás k navázání vztahu prodejce. Jako Váš partner můžeme pro Vaši organizaci nakupovat cloudové služby Microsoftu a pomáhat Vám s jejich používáním.
draft-invitation-intro-provider = Společnost { $partner } by se spolu se svým nepřímým zprostředkovatelem, společností { $provider }, ráda stala partnerem společnosti { $customer } v programu Microsoft Cloud Solution Provider a zve Vás k navázání vztahu prodejce. Cloudové služby Microsoftu pro Vás objednáváme přes společnost { $provider }, která proto také potřebuje vztah s Vaší organizací; přijetím této jediné pozvánky vzniknou oba vztahy.
draft-invitation-grants = Přijetím vznikne pouze vztah prodejce. Nezískáme tím žádný přístup ke správě Vaší organizace.
draft-invitation-grants-dap = Přijetím vznikne vztah prodejce a zároveň nám udělíte oprávnění delegované správy pro Azure Active Directory (Microsoft Entra ID) a Office 365, abychom mohli tyto služby spravovat Vaším jménem.
draft-invitation-accept = Pozvánku musí přijmout globální správce Vaší organizace { $portal }: otevřete odkaz níže, přihlaste se, zkontrolujte žádost a přijměte ji a autorizujte.
draft-invitation-agreement = Pokud Vaše organizace dosud nepřijala Smlouvu se zákazníkem Microsoftu (Microsoft Customer Agreement), zobrazí se zároveň výzva k jejímu přijetí.
draft-invitation-questions = Máte-li jakékoli dotazy, stačí odpovědět na tento e-mail.

draft-notice-subject = Výpověď vztahu prodejce mezi společnostmi { $partner } a { $customer }
draft-notice-intro = Tímto Vám oznamujeme, že společnost { $partner } ukončuje svůj vztah prodejce se společností { $customer } v rámci programu Microsoft Cloud Solution Provider.
draft-notice-effect = Po ukončení vztahu již nebudeme moci pro Vaši organizaci nakupovat cloudové služby Microsoftu a přestaneme být uvedeni jako Váš partner. Vaše organizace si své služby a data Microsoftu ponechá; můžete je nakupovat přímo od Microsoftu nebo prostřednictvím jiného partnera.
draft-notice-dap = Oprávnění delegované správy, která nám Vaše organizace udělila, zůstávají platná, dokud je neodeberete. Odebrat je můžete kdykoli { $portal }, v části Fakturační účty, Partnerské vztahy.
draft-notice-questions = Máte-li dotazy k této výpovědi nebo k převodu svých služeb, odpovězte prosím na tento e-mail.

removal-attestation = Jménem společnosti { $partner } prohlašuji, že rozhodnutí ukončit vztah s tímto zákazníkem bylo učiněno v dobré víře, za oprávněným obchodním účelem a v souladu s naší smlouvou se zákazníkem nebo partnerem, a souhlasím s tím, že společnost { $partner } bude společnost Microsoft hájit proti jakýmkoli nárokům třetích stran tvrdícím opak a odškodní ji za ně.

draft-gdap-subject = Společnost { $partner } žádá společnost { $customer } o přístup ke správě prostřednictvím GDAP
draft-gdap-intro = Společnost { $partner } žádá společnost { $customer } o podrobná delegovaná oprávnění správce (GDAP) ve Vaší organizaci Microsoft 365, abychom mohli spravovat Vaše služby Microsoftu Vaším jménem. Žádáme pouze o níže uvedené role Microsoft Entra, a to na { $days ->
    [one] { $days } den
    [few] { $days } dny
   *[other] { $days } dní
}:
draft-gdap-extend = Po uplynutí této doby se přístup automaticky prodlouží o šest měsíců, a to pokaždé znovu, dokud to Vy nebo my nevypneme.
draft-gdap-no-extend = Po uplynutí této doby přístup sám skončí; bude-li stále potřeba, požádáme Vás znovu.
draft-gdap-accept = Žádost musí schválit globální správce Vaší organizace { $portal }. Žádost platí 90 dní. Zkontrolovat a přijmout ji můžete zde:
draft-gdap-questions = Tento přístup můžete kdykoli zobrazit a ukončit { $portal }, v části Nastavení, Partnerské vztahy. Máte-li jakékoli dotazy, stačí odpovědět na tento e-mail.

draft-date = { $day }. { $month ->
    [1] ledna
    [2] února
    [3] března
    [4] dubna
    [5] května
    [6] června
    [7] července
    [8] srpna
    [9] září
    [10] října
    [11] listopadu
   *[12] prosince
} { $year }
draft-reminder-subject = Připomínka: společnost { $partner } zve společnost { $customer } k navázání vztahu prodejce
draft-reminder-intro = Dne { $date } společnost { $partner } pozvala společnost { $customer } k navázání vztahu prodejce a pozvánka dosud nebyla přijata. Odkaz Vám proto zasíláme znovu pro případ, že Vám první e-mail nebyl doručen.
draft-reminder-gdap-subject = Připomínka: společnost { $partner } žádá společnost { $customer } o přístup ke správě prostřednictvím GDAP
draft-reminder-gdap-intro = Dne { $date } požádala společnost { $partner } společnost { $customer } o podrobná delegovaná oprávnění správce (GDAP) ve Vaší organizaci Microsoft 365. Žádost dosud nebyla schválena, a proto Vám odkaz zasíláme znovu pro případ, že Vám první e-mail nebyl doručen.
draft-reminder-gdap-accept = Žádost musí schválit globální správce Vaší organizace { $portal }. Platí 90 dní ode dne, kdy jsme ji odeslali. Zkontrolovat a přijmout ji můžete zde:
draft-reminder-answered = Pokud je již vše vyřízeno, děkujeme a tento e-mail prosím považujte za bezpředmětný. Máte-li jakékoli dotazy, stačí na něj odpovědět.
