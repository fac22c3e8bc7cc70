# Baza danych, której aplikacja Liaison nie może otworzyć (okno dialogowe przed oknem głównym), oraz kopie zapasowe.

fault-title = Aplikacja Liaison nie może otworzyć swojej bazy danych
fault-file = Plik bazy danych: { $path }
fault-not-a-database = Ten plik nie jest bazą danych aplikacji Liaison albo jest uszkodzony.
fault-not-a-database-advice = Aplikacja Liaison nie zmieniła pliku. Proszę przywrócić kopię zapasową albo przenieść plik z jego folderu, aby uruchomić aplikację Liaison z nową, pustą bazą danych.
fault-newer-version = Tę bazę danych zapisała nowsza wersja aplikacji Liaison, której ta wersja nie potrafi odczytać.
fault-newer-version-advice = Aplikacja Liaison nie zmieniła pliku. Proszę zainstalować nowszą wersję aplikacji Liaison albo przywrócić kopię zapasową utworzoną przez tę wersję.
fault-no-access = Aplikacja Liaison nie ma uprawnień do zapisu w tym pliku lub w jego folderze.
fault-no-access-advice = Aplikacja Liaison nie zmieniła pliku. Proszę sprawdzić, czy plik i jego folder nie są tylko do odczytu i czy Państwa konto może je zmieniać, a następnie ponownie uruchomić aplikację Liaison.
fault-locked = Z tej bazy danych korzysta inny program, który ją zablokował.
fault-locked-advice = Aplikacja Liaison nie zmieniła pliku. Proszę zamknąć ten program (na przykład narzędzie do baz danych lub program do tworzenia kopii zapasowych), a następnie ponownie uruchomić aplikację Liaison.
fault-other = Nie udało się otworzyć bazy danych: { $detail }
fault-other-advice = Aplikacja Liaison nie zmieniła pliku. Proszę przywrócić kopię zapasową albo skontaktować się z działem wsparcia IT, przekazując ten komunikat.
fault-restore-offer = Przycisk „Przywróć kopię zapasową” przywraca najnowszą kopię ({ $file }, { $reason }). Obecny plik zostanie zachowany w tym samym folderze pod nową nazwą.
fault-open-folder = Otwórz folder
fault-restore = Przywróć kopię zapasową
fault-quit = Zakończ

backup-reason-upgrade = utworzona przed aktualizacją
backup-reason-manual = utworzona na żądanie
backup-reason-before-restore = utworzona przed przywróceniem

backups-section = Kopie zapasowe
backups-hint = Aplikacja Liaison tworzy kopię zapasową bazy danych przed każdą aktualizacją i przechowuje trzy najnowsze kopie w folderze „backups” obok bazy danych.
backups-back-up-now = Utwórz kopię
backups-none = Nie ma jeszcze żadnych kopii zapasowych.
backups-col-date = Data utworzenia
backups-col-size = Rozmiar
backups-col-reason = Powód
backups-restore = Przywróć
backups-created = Kopię zapasową bazy danych zapisano w pliku { $file }.
backups-restore-title = Przywrócić tę kopię zapasową?
backups-restore-body = Baza danych zostanie zastąpiona kopią zapasową utworzoną { $date }. Aplikacja Liaison najpierw utworzy kopię bazy danych w obecnym stanie, aby mogli Państwo do niej wrócić.
backups-restored = Przywrócono kopię zapasową utworzoną { $date }.
backups-table = Kopie zapasowe bazy danych

error-backup-not-found = Ta kopia zapasowa już nie istnieje.
error-restore-running = Trwa przywracanie kopii zapasowej. Proszę spróbować ponownie po jego zakończeniu.
error-server-backups = Ten zespołowy obszar roboczy znajduje się na serwerze bazy danych. Jego kopie zapasowe wykonuje się na serwerze – odpowiada za nie administrator serwera, a nie Liaison.
error-edited-meanwhile = Ten klient został zmieniony po otwarciu formularza (kto: { $by }, kiedy: { $at } UTC), dlatego Państwa zmiany nie zostały zapisane. Pozostają w formularzu: proszę porównać je z tamtą zmianą, a następnie zapisać ponownie, aby ją zastąpić, lub anulować, aby ją zachować.

activity-backup_created = Utworzono kopię zapasową bazy danych w pliku { $subject }
activity-backup_restored = Przywrócono kopię zapasową { $subject }
activity-action-backup_created = Kopia zapasowa utworzona
activity-action-backup_restored = Kopia zapasowa przywrócona
