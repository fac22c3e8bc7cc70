## Przypomnienia: zaproszenia i żądania GDAP, które wciąż czekają na klienta po liczbie dni
## ustawionej przez każdego pracownika.

field-reminder-days = Liczba dni do przypomnienia
rule-reminder-days = należy podać całkowitą liczbę dni od 1 do 365.
error-reminder-not-pending = Przypomnienie można wysłać tylko w sprawie zaproszenia lub żądania GDAP, które wciąż czeka na klienta.
error-invitation-pending = Zaproszenie dla tego klienta wciąż czeka na akceptację; zamiast nowego zaproszenia należy wysłać przypomnienie.

activity-invitation_reminded = Wysłano przypomnienie o zaproszeniu: { $subject }
activity-gdap_reminded = Wysłano przypomnienie o żądaniu relacji administratora { $subject }
activity-action-invitation_reminded = Przypomnienie o zaproszeniu
activity-action-gdap_reminded = Przypomnienie o żądaniu GDAP

reminder-due = Do przypomnienia
reminder-send = Wyślij przypomnienie
reminder-title = Wyślij przypomnienie do klienta { $customer }
reminder-intro = Liaison przygotuje krótkie przypomnienie w języku klienta, z tym samym linkiem co w pierwszej wiadomości.
reminder-handed-off = Przypomnienie jest otwarte w programie pocztowym. Proszę je stamtąd wysłać, a następnie wybrać „Gotowe”, aby je zapisać.
reminder-sent = Przypomnienie dla klienta { $customer } zostało zapisane.
reminder-leave-title = Zamknąć bez zapisania przypomnienia?
reminder-leave-body = Przypomnienie zostało już przekazane, ale nie wybrano „Gotowe”. Jeśli okno zostanie teraz zamknięte, przypomnienie nie zostanie zapisane i nadal będzie czekać na wysłanie.
reminder-last = Ostatnie przypomnienie: { $date }
reminders-due-only = Tylko do przypomnienia ({ $count })
reminders-due-badge = { $count ->
    [one] { $count } przypomnienie do wysłania
    [few] { $count } przypomnienia do wysłania
   *[many] { $count } przypomnień do wysłania
}
reminders-settings-title = Przypomnienia
reminders-settings-hint = Zaproszenia i żądania GDAP, które po tej liczbie dni nadal czekają, są oznaczane na stronach Zaproszenia i GDAP oraz liczone w menu. Gdy są przypomnienia do wysłania, Liaison informuje o tym przy uruchomieniu, nie częściej niż raz dziennie.
reminders-saved = Przypomnienia będą teraz pojawiać się po { $count ->
    [one] { $count } dniu
    [few] { $count } dniach
   *[many] { $count } dniach
}.
reminders-notice-title = Liaison: przypomnienia do wysłania
reminders-notice-body = { $count ->
    [one] { $count } zaproszenie lub żądanie GDAP czeka
    [few] { $count } zaproszenia i żądania GDAP czekają
   *[many] { $count } zaproszeń i żądań GDAP czeka
} na klienta od co najmniej { $days ->
    [one] { $days } dnia
    [few] { $days } dni
   *[many] { $days } dni
}.
