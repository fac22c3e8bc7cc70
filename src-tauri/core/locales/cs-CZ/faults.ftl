# Databáze, kterou aplikace Liaison nemůže otevřít (dialog před otevřením okna), a zálohy.

fault-title = Aplikace Liaison nemůže otevřít svou databázi
fault-file = Soubor databáze: { $path }
fault-not-a-database = Tento soubor není databází aplikace Liaison, nebo je poškozený.
fault-not-a-database-advice = Aplikace Liaison soubor nezměnila. Obnovte zálohu, nebo soubor přesuňte z jeho složky a aplikace Liaison se spustí s novou, prázdnou databází.
fault-newer-version = Tuto databázi uložila novější verze aplikace Liaison, kterou tato verze neumí číst.
fault-newer-version-advice = Aplikace Liaison soubor nezměnila. Nainstalujte novější verzi aplikace Liaison, nebo obnovte zálohu vytvořenou touto verzí.
fault-no-access = Aplikace Liaison nemá oprávnění zapisovat do tohoto souboru nebo do jeho složky.
fault-no-access-advice = Aplikace Liaison soubor nezměnila. Ověřte, že soubor ani jeho složka nejsou jen pro čtení a že je váš účet smí měnit, a potom aplikaci Liaison spusťte znovu.
fault-locked = Tuto databázi používá jiný program a uzamkl ji.
fault-locked-advice = Aplikace Liaison soubor nezměnila. Zavřete druhý program (například databázový nástroj nebo zálohovací program) a potom aplikaci Liaison spusťte znovu.
fault-other = Databázi se nepodařilo otevřít: { $detail }
fault-other-advice = Aplikace Liaison soubor nezměnila. Obnovte zálohu, nebo se s touto zprávou obraťte na svou podporu IT.
fault-restore-offer = Tlačítko „Obnovit zálohu“ obnoví nejnovější zálohu ({ $file }, { $reason }). Současný soubor zůstane pod novým názvem ve stejné složce.
fault-open-folder = Otevřít složku
fault-restore = Obnovit zálohu
fault-quit = Ukončit

backup-reason-upgrade = vytvořena před aktualizací
backup-reason-manual = vytvořena na požádání
backup-reason-before-restore = vytvořena před obnovením

backups-section = Zálohy
backups-hint = Aplikace Liaison zálohuje databázi před každou aktualizací a uchovává tři nejnovější zálohy ve složce „backups“ vedle databáze.
backups-back-up-now = Zálohovat nyní
backups-none = Zatím neexistují žádné zálohy.
backups-col-date = Vytvořena
backups-col-size = Velikost
backups-col-reason = Důvod
backups-restore = Obnovit
backups-created = Databáze byla zálohována do souboru { $file }.
backups-restore-title = Obnovit tuto zálohu?
backups-restore-body = Databáze bude nahrazena zálohou vytvořenou { $date }. Aplikace Liaison nejprve zálohuje databázi v současném stavu, abyste se k ní mohli vrátit.
backups-restored = Záloha vytvořená { $date } byla obnovena.
backups-table = Zálohy databáze

error-backup-not-found = Tato záloha již neexistuje.
error-restore-running = Právě probíhá obnovení zálohy. Zkuste to znovu, až bude dokončeno.
error-server-backups = Tento týmový pracovní prostor je na databázovém serveru. Jeho zálohy se vytvářejí na serveru – stará se o ně jeho správce, nikoli Liaison.
error-edited-meanwhile = Tento zákazník byl po otevření formuláře změněn (kdo: { $by }, kdy: { $at } UTC), proto vaše změny nebyly uloženy. Zůstávají ve formuláři: porovnejte je s touto změnou a pak je uložte znovu, čímž ji nahradíte, nebo formulář zrušte a změnu ponechte.

activity-backup_created = Databáze zálohována do souboru { $subject }
activity-backup_restored = Obnovena záloha { $subject }
activity-action-backup_created = Databáze zálohována
activity-action-backup_restored = Záloha obnovena
