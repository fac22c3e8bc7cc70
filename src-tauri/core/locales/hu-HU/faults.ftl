# Adatbázis, amelyet a Liaison nem tud megnyitni (párbeszédpanel a főablak előtt), és a biztonsági mentések.

fault-title = A Liaison nem tudja megnyitni az adatbázisát
fault-file = Adatbázisfájl: { $path }
fault-not-a-database = Ez a fájl nem a Liaison adatbázisa, vagy megsérült.
fault-not-a-database-advice = A Liaison nem módosította a fájlt. Állítson vissza egy biztonsági mentést, vagy helyezze át a fájlt a mappájából, és a Liaison új, üres adatbázissal indul el.
fault-newer-version = Ezt az adatbázist a Liaison egy újabb verziója mentette, amelyet ez a verzió nem tud olvasni.
fault-newer-version-advice = A Liaison nem módosította a fájlt. Telepítse a Liaison újabb verzióját, vagy állítson vissza egy ezzel a verzióval készült biztonsági mentést.
fault-no-access = A Liaison nem írhat ebbe a fájlba vagy a mappájába.
fault-no-access-advice = A Liaison nem módosította a fájlt. Ellenőrizze, hogy a fájl és a mappája nem írásvédett-e, és hogy az Ön fiókja módosíthatja-e őket, majd indítsa el újra a Liaisont.
fault-locked = Egy másik program használja és zárolta ezt az adatbázist.
fault-locked-advice = A Liaison nem módosította a fájlt. Zárja be a másik programot (például egy adatbázis-kezelő eszközt vagy egy biztonsági mentést végző programot), majd indítsa el újra a Liaisont.
fault-other = Az adatbázist nem sikerült megnyitni: { $detail }
fault-other-advice = A Liaison nem módosította a fájlt. Állítson vissza egy biztonsági mentést, vagy forduljon ezzel az üzenettel az informatikai támogatáshoz.
fault-restore-offer = A „Biztonsági mentés visszaállítása” gomb a legújabb mentést állítja vissza ({ $file }, { $reason }). A jelenlegi fájl új néven ugyanabban a mappában marad.
fault-open-folder = Mappa megnyitása
fault-restore = Biztonsági mentés visszaállítása
fault-quit = Kilépés

backup-reason-upgrade = frissítés előtt készült
backup-reason-manual = kérésre készült
backup-reason-before-restore = visszaállítás előtt készült

backups-section = Biztonsági mentések
backups-hint = A Liaison minden frissítés előtt biztonsági mentést készít az adatbázisról, és a három legújabb mentést az adatbázis melletti „backups” mappában őrzi.
backups-back-up-now = Mentés most
backups-none = Még nincs biztonsági mentés.
backups-col-date = Készült
backups-col-size = Méret
backups-col-reason = Indok
backups-restore = Visszaállítás
backups-created = Az adatbázis biztonsági mentése elkészült: { $file }.
backups-restore-title = Visszaállítja ezt a biztonsági mentést?
backups-restore-body = Az adatbázis helyére a következő időpontban készült biztonsági mentés kerül: { $date }. A Liaison előbb a jelenlegi állapotában menti az adatbázist, hogy Ön visszatérhessen hozzá.
backups-restored = A biztonsági mentés visszaállítása megtörtént (készült: { $date }).
backups-table = Az adatbázis biztonsági mentései

error-backup-not-found = Ez a biztonsági mentés már nem létezik.
error-restore-running = Egy biztonsági mentés visszaállítása folyamatban van. Próbálja újra, ha befejeződött.
error-server-backups = Ez a csapatmunkaterület egy adatbázis-kiszolgálón van. A biztonsági mentéseit a kiszolgáló üzemeltetője készíti a kiszolgálón, nem a Liaison.
error-edited-meanwhile = Ezt az ügyfelet az űrlap megnyitása után módosították (ki: { $by }, mikor: { $at } UTC), ezért az Ön módosításai nem lettek mentve. Az űrlapon megmaradtak: vesse össze őket azzal a módosítással, majd mentse újra, hogy lecserélje, vagy szakítsa meg, hogy megtartsa.

activity-backup_created = Adatbázis mentve: { $subject }
activity-backup_restored = Biztonsági mentés visszaállítva: { $subject }
activity-action-backup_created = Adatbázis mentve
activity-action-backup_restored = Biztonsági mentés visszaállítva
