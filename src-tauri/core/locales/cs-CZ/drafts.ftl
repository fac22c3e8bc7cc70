## E-maily, které Liaison připravuje pro zákazníky. Vlastní text; zdvořilý a vykající.

portal-public = Centru pro správu Microsoftu 365
portal-us-government = portálu pro správu Microsoft Office v Microsoft Cloud for US Government
portal-germany = portálu pro správu Microsoft Office v Microsoft Cloud Německo
portal-china = centru pro správu provozovaném společností 21Vianet

draft-greeting = Dobrý den,
draft-greeting-named = Dobrý den, { $contact },
draft-signature =
    S pozdravem
    { $staff }
    { $partner }

draft-invitation-subject = { $partner } zve { $customer } do vztahu prodejce
draft-invitation-subject-provider = { $partner } a { $provider } zvou { $customer } do vztahu prodejce
draft-invitation-intro = Společnost { $partner } by se ráda stala partnerem programu Microsoft Cloud Solution Provider pro { $customer }. Jako váš partner můžeme pro vaši organizaci nakupovat cloudové služby Microsoftu a pomáhat vám s jejich používáním.
draft-invitation-intro-provider = Společnost { $partner } by se ráda stala partnerem programu Microsoft Cloud Solution Provider pro { $customer }, a to společně s naším nepřímým zprostředkovatelem { $provider }. Cloudové služby Microsoftu pro vás objednáváme přes společnost { $provider }, která proto také potřebuje vztah s vámi; přijetím této jediné pozvánky vzniknou oba.
draft-invitation-grants = Přijetím vznikne pouze vztah prodejce. Nezískáme tím žádný přístup ke správě vaší organizace.
draft-invitation-grants-dap = Přijetím vznikne vztah prodejce a získáme oprávnění delegované správy pro Azure Active Directory (Microsoft Entra ID) a Office 365, abychom mohli tyto služby spravovat vaším jménem.
draft-invitation-accept = Pozvánku musí přijmout globální správce vaší organizace v { $portal }: otevřete odkaz níže, přihlaste se, zkontrolujte žádost a přijměte a autorizujte ji.
draft-invitation-agreement = Pokud vaše organizace dosud nepřijala Smlouvu se zákazníkem Microsoftu (Microsoft Customer Agreement), budete ji požádáni přijmout současně.
draft-invitation-questions = Máte-li jakékoli dotazy, stačí odpovědět na tento e-mail.

draft-notice-subject = Výpověď vztahu prodejce mezi { $partner } a { $customer }
draft-notice-intro = Tímto vám oznamujeme, že společnost { $partner } ukončuje vztah prodejce se zákazníkem { $customer } jako partner programu Microsoft Cloud Solution Provider.
draft-notice-effect = Po ukončení vztahu již nebudeme moci pro vaši organizaci nakupovat cloudové služby Microsoftu a nebudeme uvedeni jako váš partner. Vaše organizace si své služby a data Microsoftu ponechá; můžete je nakupovat přímo od Microsoftu nebo přes jiného partnera.
draft-notice-dap = Oprávnění delegované správy, která nám vaše organizace udělila, zůstávají platná, dokud je neodeberete. Odebrat je můžete kdykoli v { $portal }, v části Fakturační účty, Partnerské vztahy.
draft-notice-questions = Máte-li dotazy k této výpovědi nebo k převodu svých služeb, odpovězte prosím na tento e-mail.

removal-attestation = Jménem společnosti { $partner } prohlašuji, že rozhodnutí ukončit vztah s tímto zákazníkem bylo učiněno v dobré víře, z oprávněného obchodního důvodu a v souladu s naší smlouvou se zákazníkem nebo partnerem, a souhlasím s tím, že společnost { $partner } bude společnost Microsoft hájit proti jakýmkoli nárokům třetích stran tvrdícím opak a odškodní ji za ně.
