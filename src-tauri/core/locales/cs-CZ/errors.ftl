## Chyby a pravidla vstupních polí. Zpráva pole má tvar „Pole: pravidlo“.

error-invalid-field = { $field }: { $rule }
error-invalid-many = { $count ->
    [1] Jedno pole vyžaduje vaši pozornost.
    [few] { $count } pole vyžadují vaši pozornost.
   *[other] { $count } polí vyžaduje vaši pozornost.
}
error-customer-not-found = Tento zákazník již neexistuje. Obnovte seznam a zkuste to znovu.
error-profile-missing = Nejprve dokončete nastavení profilu partnera.
error-provider-not-found = Tento nepřímý zprostředkovatel již neexistuje.
error-invitation-not-found = Tato pozvánka již neexistuje.
error-subscription-not-found = Toto předplatné již neexistuje.
error-link-removed = Odkaz na pozvánku musí v e-mailu zůstat přesně tak, jak byl vytvořen: je přizpůsobený tak, aby zákazníka propojil s vaším účtem. Chcete-li pokračovat, vraťte ho zpět.
error-mailto-too-long = Tento e-mail je příliš dlouhý na to, aby ho bylo možné předat poštovní aplikaci vcelku ({ $length } znaků; mnoho poštovních aplikací ho zkrátí na { $limit }). Zkopírujte ho do schránky a vložte do nového e-mailu.
error-active-subscriptions = { $count ->
    [1] Tento zákazník má stále aktivní předplatné: { $subscriptions }. Nejprve ho pozastavte.
    [few] Tento zákazník má stále { $count } aktivní předplatná: { $subscriptions }. Nejprve je pozastavte.
   *[other] Tento zákazník má stále { $count } aktivních předplatných: { $subscriptions }. Nejprve je pozastavte.
}
error-invitation-closed = Tato pozvánka již nečeká na vyřízení: byla přijata nebo zrušena.
error-no-relationship = S tímto zákazníkem nemáte vztah prodejce, který by bylo možné odebrat.
error-customer-removed = Vztah s tímto zákazníkem byl odebrán. Pro opětovné spojení pošlete novou pozvánku.
error-open-failed = Aplikace Liaison nemohla otevřít poštovní aplikaci ani prohlížeč: { $detail }
error-clipboard = Aplikace Liaison nemohla použít schránku: { $detail }
error-csv-columns = Tento soubor není seznam zákazníků z Partnerského centra: chybí v něm sloupce { $detail }.
error-storage = Aplikace Liaison nemohla číst ani zapisovat svou databázi: { $detail }
error-file-system = Aplikace Liaison nemohla použít svou datovou složku: { $detail }
permission-denied = Vaše role ({ $role }) to neumožňuje. Potřebná role: { $allowed }.

rule-required = tento údaj je povinný.
rule-too-long = použijte nejvýše { $max ->
    [one] { $max } znak
    [few] { $max } znaky
   *[other] { $max } znaků
}.
rule-too-many = použijte nejvýše { $max }.
rule-guid = zadejte GUID, například 8c2f1e4a-0b6d-4e3f-9a1b-2c3d4e5f6a7b (složené závorky i velká písmena jsou v pořádku).
rule-partner-id = zadejte pouze číslice, nejvýše 10.
rule-company-name = zadejte skutečný název společnosti: alespoň dva znaky, ne jen interpunkci.
rule-domain-name = zadejte název domény, například contoso.cz: písmena, číslice a spojovníky, s tečkou.
rule-onmicrosoft-prefix = část před .onmicrosoft.com smí obsahovat jen písmena a číslice, nejvýše 27.
rule-email = zadejte jednu e-mailovou adresu, například jana@contoso.cz.
rule-email-microsoft = adresa v doméně microsoft.com nemůže být kontaktem zákazníka.
rule-choice = vyberte jednu z nabízených možností.
rule-tag = značka smí mít nejvýše 50 znaků a nesmí obsahovat čárky ani středníky.
rule-taken = tuto hodnotu už má jiný zákazník.
rule-quantity = zadejte celé číslo od 1 do 100 000.
rule-attest = pro pokračování potvrďte prohlášení.
