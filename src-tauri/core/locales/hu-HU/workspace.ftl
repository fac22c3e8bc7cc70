# Settings → Workspace: where Liaison keeps its records.
field-host = Kiszolgáló
field-port = Port
field-database = Adatbázis
field-tls = Titkosítás
rule-server-host = adja meg a kiszolgáló nevét (például db.example.com) vagy IP-címét.
rule-port = adjon meg egy portszámot 1 és 65535 között, vagy hagyja üresen a PostgreSQL saját portjához (5432).
rule-database-name = csak ékezet nélküli betűket, számjegyeket, valamint a _, - és . jelet használja, legfeljebb 63 karakterben.
workspace-unreachable = A csapatmunkaterület kiszolgálója nem válaszol. Ellenőrizze a kiszolgáló nevét, a portot és a hálózati kapcsolatot. A Liaison tovább próbálkozik; amit beírt, megmarad.
workspace-wrong-password = A kiszolgáló elutasította ezt a bejelentkezést. Ellenőrizze a bejelentkezési nevet és a jelszavát: az itt beírtat vagy a rendszer kulcstartójában tároltat, különben a .pgpass fájlban vagy a PGPASSWORD változóban lévőt.
workspace-tls-refused = A titkosított kapcsolatot elutasították, vagy a kiszolgáló tanúsítványa nem megbízható. Egyeztesse a titkosítás beállítását az adatbázis rendszergazdájával.
workspace-no-such-database = A kiszolgálón nincs ilyen nevű adatbázis.
tls-verify-full = Titkosított, tanúsítvány-ellenőrzéssel (ajánlott)
tls-require = Titkosított, tanúsítvány-ellenőrzés nélkül
tls-prefer = Titkosított, ha a kiszolgáló felajánlja
tls-disable = Titkosítás nélkül
workspace-title = Munkaterület
workspace-local = Az adatai egy helyi fájlban vannak ezen a számítógépen, amely nem igényel beállítást. A kollégákkal való közös munkához csatlakozzon egy csapatmunkaterülethez: egy PostgreSQL-adatbázishoz, amelyet a rendszergazda állított be.
workspace-team = A(z) { $server } kiszolgálón lévő { $database } csapatmunkaterületen dolgozik, { $user } néven bejelentkezve.
workspace-password-hint = A rendszer kulcstartójában tárolódik, soha nem fájlban. Ha üresen hagyja, a már tárolt jelszó, a .pgpass fájl vagy a PGPASSWORD változó lesz használva.
workspace-test = Kapcsolat tesztelése
workspace-use = Váltás erre a munkaterületre
workspace-use-local = Vissza a helyi fájlhoz
workspace-ok = Csatlakozva { $user } néven.
workspace-ok-empty = Csatlakozva { $user } néven. A munkaterület üres: az első globális rendszergazdája állítja be.
workspace-switch-note = A váltáshoz a Liaison újraindul.
workspace-unreachable-banner = A csapatmunkaterület nem érhető el. A Liaison tovább próbálkozik; semmi sem vész el abból, amit beírt.
workspace-team-environment = A LIAISON_DATABASE_URL változó által megadott csapatmunkaterületen dolgozik.
workspace-move = Adataim áthelyezése erre a munkaterületre
workspace-moved = Áthelyezve a munkaterületre – ügyfelek: { $customers }, meghívások: { $invitations }, tevékenységnapló-bejegyzések: { $lines }. A helyi fájl változatlanul megmarad biztonsági másolatként.
workspace-move-hint = Mindent átmásol ebből a helyi fájlból az üres munkaterületre, annak tulajdonosi bejelentkezésével (egy munkatárs bejelentkezése a saját nevével írná alá az előzményeket).
workspace-connecting-title = Várakozás a csapatmunkaterületre
workspace-connecting-server = Kiszolgáló: { $server }
workspace-connecting-next = { $seconds ->
    [one] A Liaison { $seconds } másodperc múlva újra próbálkozik, és magától megnyílik, amint a kiszolgáló válaszol.
   *[other] A Liaison { $seconds } másodperc múlva újra próbálkozik, és magától megnyílik, amint a kiszolgáló válaszol.
}
workspace-connecting-trying = Csatlakozás…
workspace-connecting-refused = A Liaison ezúttal nem próbálkozik újra magától: ha ezt rendbe tették (az adatbázis rendszergazdája segíthet), válassza az Újrapróbálkozás lehetőséget.
workspace-connecting-to = Csatlakozás a(z) { $server } kiszolgálón lévő csapatmunkaterülethez…
field-password = Jelszó
rule-keychain = a rendszer kulcstartója nem tudta tárolni. Oldja fel a kulcstartót (vagy indítsa el a szolgáltatását), és próbálja újra, vagy hagyja üresen a jelszót, és használjon .pgpass fájlt vagy a PGPASSWORD változót.
