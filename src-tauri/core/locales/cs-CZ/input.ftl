# Vstupy, které se odmítají nebo vysvětlují: skryté znaky, hraniční hodnoty, hostitelé odkazů.

rule-hidden-character = obsahuje neviditelný znak nebo znak měnící směr textu ({ $char }); odstraňte ho, prosím.
rule-nil-guid = nulový GUID nepatří žádnému tenantovi; zadejte skutečné ID.
rule-partner-id-zero = ID partnera nikdy není 0 a nezačíná nulou.
rule-onmicrosoft-bare = zadejte celou doménu, například contoso.onmicrosoft.com.
rule-own-tenant = toto je ID vašeho vlastního tenanta; zadejte ID tenanta nepřímého zprostředkovatele.
rule-provider-tenant = toto je ID tenanta jednoho z vašich nepřímých zprostředkovatelů; zadejte ID tenanta vlastní společnosti.
rule-known-host = vyberte jednoho z hostitelů, které Microsoft uvádí pro tento cloud ({ $cloud }): { $hosts }.
activity-link-host-detail = { $cloud }: { $old } → { $new }
settings-link-host-choices = Kde zákazníci pozvánky přijímají: pouze hostitelé, které Microsoft pro tento cloud uvádí.
settings-link-host-default = { $host } (výchozí)
