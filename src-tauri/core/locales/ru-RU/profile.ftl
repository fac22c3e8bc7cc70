## Первый запуск и профиль партнера в параметрах.

setup-title = Добро пожаловать в Liaison
setup-intro = Расскажите Liaison о своей компании и о себе. Из этих сведений формируются ссылки и письма с приглашениями; глобальный администратор может изменить их позже в параметрах.
setup-company-section = Ваша компания
setup-staff-section = Вы
setup-submit = Сохранить и начать
setup-tenant-hint = Идентификатор арендатора Microsoft Entra вашей компании, указанный в Центре партнеров в параметрах учетной записи.
setup-partner-id-hint = Только цифры; ранее назывался MPN ID.

field-company-name = Название компании
field-partner-type = Тип партнера
field-tenant-id = Идентификатор арендатора партнера
field-partner-id = Идентификатор партнера
field-cloud = Облако
field-country = Страна или регион
field-staff-name = Ваше имя
field-staff-role = Ваша роль в Центре партнеров
field-language = Язык
field-primary-domain = Основной домен
field-microsoft-id = Идентификатор Майкрософт
field-contact-name = Контактное лицо
field-contact-email = Адрес электронной почты контактного лица
field-tags = Теги
field-notes = Заметки
field-provider = Косвенный поставщик
field-provider-tenant-id = Идентификатор арендатора поставщика
field-link-host = Узел ссылки
field-subject = Тема
field-body = Текст письма
field-attestation = Заявление
field-offer = Предложение
field-quantity = Количество
field-display-name = Отображаемое имя
field-user-principal-name = Имя пользователя
field-licences = Лицензии

settings-title = Параметры
settings-language-section = Язык
settings-language-hint = Язык интерфейса Liaison. Меняется сразу.
settings-profile-section = Профиль партнера
settings-profile-saved = Профиль партнера сохранен.
settings-links-section = Ссылки в приглашениях
settings-link-host = Узел ссылки: { $cloud }
