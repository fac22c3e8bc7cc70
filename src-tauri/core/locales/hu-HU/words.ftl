## Mezőnevek és szabályok, amelyeknek saját megfogalmazás kell.

# A piszkozat címzettje, pontosan úgy, ahogy az űrlap nevezi.
field-recipient = { draft-recipient }
rule-taken-provider = ez a bérlőazonosító már egy másik közvetett szolgáltatóhoz tartozik.
rule-taken-user = az ügyfélnek már van ilyen felhasználónevű felhasználója.
