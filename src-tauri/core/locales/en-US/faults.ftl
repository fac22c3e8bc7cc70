# A database Liaison cannot open, shown in a dialog before any window; and backups.

fault-title = Liaison cannot open its database
fault-file = Database file: { $path }
fault-not-a-database = This file is not a Liaison database, or it is damaged.
fault-not-a-database-advice = Liaison has not changed the file. Restore a backup, or move the file out of its folder to start Liaison with a new, empty database.
fault-newer-version = This database was saved by a newer version of Liaison, which this version cannot read.
fault-newer-version-advice = Liaison has not changed the file. Install the newer version of Liaison, or restore a backup made by this version.
fault-no-access = Liaison is not allowed to write to this file or its folder.
fault-no-access-advice = Liaison has not changed the file. Make sure that the file and its folder are not read-only and that your account may change them, then start Liaison again.
fault-locked = Another program is using this database and has locked it.
fault-locked-advice = Liaison has not changed the file. Close the other program (for example a database tool or a backup program), then start Liaison again.
fault-other = The database could not be opened: { $detail }
fault-other-advice = Liaison has not changed the file. Restore a backup, or contact your IT support with this message.
fault-restore-offer = Restore backup puts back the newest backup ({ $file }, { $reason }). The current file is kept in the same folder under a new name.
fault-open-folder = Open folder
fault-restore = Restore backup
fault-quit = Quit

backup-reason-upgrade = made before an upgrade
backup-reason-manual = made on request
backup-reason-before-restore = made before a restore

backups-section = Backups
backups-hint = Liaison backs up the database before every upgrade and keeps the three newest backups in the “backups” folder beside the database.
backups-back-up-now = Back up now
backups-none = There are no backups yet.
backups-col-date = Made
backups-col-size = Size
backups-col-reason = Why
backups-restore = Restore
backups-created = The database was backed up to { $file }.
backups-restore-title = Restore this backup?
backups-restore-body = The database will be replaced by the backup made on { $date }. Liaison first backs up the database as it is now, so that you can return to it.
backups-restored = The backup made on { $date } was restored.
backups-table = Backups of the database

error-backup-not-found = This backup no longer exists.
error-restore-running = A backup is being restored. Try again when it has finished.
error-server-backups = This team workspace is on a database server. Its backups are made on the server, by whoever looks after it, not by Liaison.
error-edited-meanwhile = This customer was changed after you opened it (by { $by }, at { $at } UTC), so your changes were not saved. They are still in the form: check them against that change, then save again to replace it, or cancel to keep it.

activity-backup_created = Backed up the database to { $subject }
activity-backup_restored = Restored the backup { $subject }
activity-action-backup_created = Database backed up
activity-action-backup_restored = Backup restored
