## Zobrazení seznamu zákazníků: stránka Zákazníci v Partnerském centru uvádí jen zákazníky se vztahem prodejce.

customers-views = Zobrazit zákazníky
customers-view-reseller = Zákazníci ({ $count })
customers-view-invited = Pozvaní ({ $count })
customers-view-prospect = Potenciální zákazníci ({ $count })
customers-view-removed = Odebraní ({ $count })
customers-empty-reseller = Zatím nemáte žádné zákazníky se vztahem prodejce. Zvolte „Požádat o vztah prodejce“; zákazník se zde zobrazí, jakmile vaši pozvánku přijme.
customers-empty-invited = Na přijetí nečeká žádná pozvánka.
customers-empty-prospect = Nemáte žádné potenciální zákazníky. Zobrazují se zde zákazníci, které přidáte dříve, než je pozvete.
customers-empty-removed = Žádný vztah nebyl odebrán.

## Žádost o vztah: pravidlo země a předání konceptu.

request-outside-region = Partnerské centrum umožňuje požádat o vztah prodejce se zákazníkem ve vaší zemi nebo ve stejné oblasti. Země nebo oblast tohoto zákazníka leží mimo vaši zemi i její oblast.
request-outside-region-countries = Zákazník: { $customer } · Vaše společnost: { $partner }
request-outside-region-go-on = Přesto pokračovat
request-handed-off = Koncept je otevřený ve vaší poštovní aplikaci. Odešlete ho odtud a potom zvolte „Hotovo“, aby se pozvánka zaznamenala.
request-leave-title = Zavřít bez zaznamenání pozvánky?
request-leave-body = Koncept jste již předali, ale nezvolili jste „Hotovo“. Pokud dialog nyní zavřete, pozvánka se nezaznamená a nový kontakt se nepřidá mezi zákazníky.
request-leave-keep = Zpět ke konceptu
request-leave-discard = Zavřít bez zaznamenání
error-provider-invitation-not-offered = Zákazníka společně s nepřímým zprostředkovatelem zve pouze nepřímý prodejce. Použijte „Požádat o vztah prodejce“ na stránce Zákazníci.
activity-outside-region-confirmed = Odesláno po upozornění: země nebo oblast zákazníka ({ $customer }) leží mimo vaši zemi ({ $partner }) i její oblast.

## Delegovaná oprávnění správce, která zákazník odebral.

record-dap-removed = Odebral je zákazník · zaznamenáno { $date } ({ $name })
record-dap-support = Zákazník odebral delegovaná oprávnění správce, která udělil. Dokud smlouvu se zákazníkem znovu nevyjednáte, zůstáváte odpovědní za poskytování zákaznické podpory podle této smlouvy i za dodržování podmínek vaší partnerské smlouvy s Microsoftem. Pokud zákazník potřebuje pomoc, můžete zavolat podporu Microsoftu a otevřít žádost o službu jeho jménem.
record-dap-removed-action = Zákazník odebral oprávnění správce
error-no-dap-to-remove = U tohoto zákazníka nejsou zaznamenána žádná udělená delegovaná oprávnění správce, takže není co označit jako odebrané.
activity-dap_removed = Zaznamenáno, že zákazník { $subject } odebral delegovaná oprávnění správce
activity-action-dap_removed = Oprávnění správce odebraná zákazníkem

## Oznámení o ukončení pro zákazníka nebo pro partnera.

removal-notice-to = Oznámení pro
removal-notice-to-customer = Zákazníka ({ $company })
removal-notice-to-partner = Partnera
removal-notice-to-partner-named = Partnera ({ $provider })
draft-notice-partner-subject = Oznámení o ukončení vztahu prodejce mezi společnostmi { $partner } a { $customer }
draft-notice-partner-greeting = Dobrý den,
draft-notice-partner-intro = V souladu s naší smlouvou Vám oznamujeme, že společnost { $partner } ukončuje vztah prodejce se společností { $customer } v programu Microsoft Cloud Solution Provider.
draft-notice-partner-intro-named = V souladu s naší smlouvou tímto oznamujeme společnosti { $provider }, že společnost { $partner } ukončuje vztah prodejce se společností { $customer } v programu Microsoft Cloud Solution Provider.
draft-notice-partner-effect = Po ukončení vztahu již společnost { $partner } nebude pro společnost { $customer } nakupovat cloudové služby Microsoftu ani spravovat její předplatná. Oprávnění delegované správy, která zákazník udělil, zůstávají platná, dokud je zákazník neodebere.
draft-notice-partner-questions = Máte-li k tomuto oznámení jakékoli dotazy, odpovězte prosím na tento e-mail.
