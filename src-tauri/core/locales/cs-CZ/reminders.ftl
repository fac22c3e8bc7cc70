## Připomínky: pozvánky a žádosti GDAP, které po počtu dní nastaveném každým pracovníkem stále
## čekají na zákazníka.

field-reminder-days = Počet dní do připomínky
rule-reminder-days = zadejte celý počet dní od 1 do 365.
error-reminder-not-pending = Připomenout lze jen pozvánku nebo žádost GDAP, která stále čeká na zákazníka.
error-invitation-pending = Pozvánka pro tohoto zákazníka stále čeká na přijetí; místo nové pozvánky pošlete připomínku.

activity-invitation_reminded = Odeslána připomínka pozvánky zákazníkovi { $subject }
activity-gdap_reminded = Odeslána připomínka žádosti o vztah správce { $subject }
activity-action-invitation_reminded = Připomenutí pozvánky
activity-action-gdap_reminded = Připomenutí žádosti GDAP

reminder-due = K připomenutí
reminder-send = Odeslat připomínku
reminder-title = Odeslat připomínku zákazníkovi { $customer }
reminder-intro = Liaison připraví krátkou připomínku v jazyce zákazníka se stejným odkazem jako v prvním e-mailu.
reminder-handed-off = Připomínka je otevřená ve vaší poštovní aplikaci. Odešlete ji odtud a potom zvolte „Hotovo“, aby se zaznamenala.
reminder-sent = Připomínka pro zákazníka { $customer } byla zaznamenána.
reminder-leave-title = Zavřít bez zaznamenání připomínky?
reminder-leave-body = Připomínku jste už předali, ale nezvolili jste „Hotovo“. Pokud teď dialog zavřete, připomínka se nezaznamená a zůstane k odeslání.
reminder-last = Naposledy připomenuto { $date }
reminders-due-only = Jen k připomenutí ({ $count })
reminders-due-badge = { $count ->
    [one] { $count } připomínka k odeslání
    [few] { $count } připomínky k odeslání
   *[other] { $count } připomínek k odeslání
}
reminders-settings-title = Připomínky
reminders-settings-hint = Pozvánky a žádosti GDAP, které po tomto počtu dní stále čekají, se označí na stránkách Pozvánky a GDAP a započítají se v nabídce. Když jsou připomínky k odeslání, Liaison vás na to upozorní při spuštění, nejvýše jednou denně.
reminders-saved = Připomínky se nyní ohlásí po { $count ->
    [one] { $count } dni
    [few] { $count } dnech
   *[other] { $count } dnech
}.
reminders-notice-title = Liaison: připomínky k odeslání
reminders-notice-body = { $count ->
    [one] { $count } pozvánka nebo žádost GDAP čeká
    [few] { $count } pozvánky a žádosti GDAP čekají
   *[other] { $count } pozvánek a žádostí GDAP čeká
} na zákazníka { $days ->
    [one] { $days } den
    [few] { $days } dny
   *[other] { $days } dní
} nebo déle.
