## Hromadné žádosti: pro každého z mnoha zákazníků jeden personalizovaný koncept, předaný jako
## soubory e-mailů nebo jeden po druhém a zaznamenaný až po potvrzení uživatelem.

field-customers = Zákazníci
customers-select-row = Vybrat zákazníka { $company }
customers-select-page = Vybrat všechny zákazníky na této stránce
customers-selected = { $count ->
    [one] { $count } vybraný zákazník
    [few] { $count } vybraní zákazníci
   *[other] { $count } vybraných zákazníků
}
customers-select-matching = Vybrat všechny odpovídající ({ $count })
customers-clear-selection = Zrušit výběr
customers-request-selected = Pozvat vybrané
bulk-title = Požádat { $count ->
    [one] { $count } zákazníka
    [few] { $count } zákazníky
   *[other] { $count } zákazníků
} o vztah prodejce
bulk-intro = Liaison připraví pro každého zákazníka samostatný e-mail v jeho jazyce s vaším personalizovaným odkazem. Zákazníci, pro které e-mail připravit nelze, se vypíší i s důvodem a přeskočí se.
bulk-drafts = { $count ->
    [one] { $count } koncept
    [few] { $count } koncepty
   *[other] { $count } konceptů
}
bulk-skipped = { $count ->
    [one] { $count } zákazník přeskočen
    [few] { $count } zákazníci přeskočeni
   *[other] { $count } zákazníků přeskočeno
}
bulk-none = Pro žádného z vybraných zákazníků nelze e-mail připravit.
bulk-view = Zobrazit
bulk-view-list = Jako seznam
bulk-view-one = Jednotlivě
bulk-position = Koncept { $index } z { $count }
bulk-previous = Předchozí koncept
bulk-next = Další koncept
bulk-col-customer = Zákazník
bulk-col-recipient = Komu
bulk-col-language = Jazyk
bulk-col-reason = Důvod
bulk-col-state = Odesláno
bulk-save = Uložit vše jako soubory e-mailů
bulk-save-title = Uložit koncepty do nové složky
bulk-folder = Pozvánky { $date }
bulk-saved = { $count ->
    [one] { $count } soubor e-mailu byl uložen
    [few] { $count } soubory e-mailů byly uloženy
   *[other] { $count } souborů e-mailů bylo uloženo
} do složky { $path }. Každý z nich otevřete ve svém poštovním programu a odešlete, potom zde zaznamenejte ty, které jste odeslali.
bulk-open = Otevřít v e-mailu
bulk-record = Zaznamenat odeslání
bulk-record-all = Zaznamenat odeslání všech
bulk-recorded = Zaznamenáno
bulk-recorded-count = { $count ->
    [one] Odeslání bylo zaznamenáno u { $count } pozvánky.
    [few] Odeslání bylo zaznamenáno u { $count } pozvánek.
   *[other] Odeslání bylo zaznamenáno u { $count } pozvánek.
}
bulk-confirm-title = Zaznamenat všechny koncepty jako odeslané?
bulk-confirm-body = Zaznamenejte jen pozvánky, které jste skutečně odeslali: Liaison pak každou z nich zobrazuje jako čekající na zákazníka, dokud ji nepřijme.
bulk-leave-title = Zavřít bez zaznamenání konceptů?
bulk-leave-body = Některé koncepty jste už předali mimo Liaison, ale nejsou zaznamenány jako odeslané. Pokud teď dialog zavřete, Liaison je nebude sledovat.
request-save-eml = Uložit jako soubor e-mailu
request-save-eml-title = Uložit koncept jako soubor e-mailu
request-eml-saved = Uloženo do souboru { $path }. Otevřete ho ve svém poštovním programu, odešlete e-mail a potom zvolte „Hotovo“.
eml-file-filter = E-mailové zprávy (.eml)
bulk-what = Předmět žádosti
bulk-what-reseller = Vztah prodejce
bulk-what-gdap = Vztahy správce GDAP
bulk-title-gdap = Požádat { $count ->
    [one] { $count } zákazníka
    [few] { $count } zákazníky
   *[other] { $count } zákazníků
} o vztahy správce GDAP
bulk-gdap-intro = V Partnerském centru vytvořte pro každého zákazníka žádost s rolemi, dobou trvání a automatickým prodloužením zvolenými zde a s názvem uvedeným u zákazníka. Potom ke každému zákazníkovi vložte odkaz ke schválení, který vám pro jeho žádost dá Partnerské centrum: Liaison připraví každý e-mail s jeho vlastním odkazem.
bulk-gdap-relationships = Vztahy správce jednotlivých zákazníků
bulk-recorded-gdap = { $count ->
    [one] Odeslání bylo zaznamenáno u { $count } žádosti GDAP.
    [few] Odeslání bylo zaznamenáno u { $count } žádostí GDAP.
   *[other] Odeslání bylo zaznamenáno u { $count } žádostí GDAP.
}
