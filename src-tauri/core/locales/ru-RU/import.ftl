## Импорт списка клиентов из Центра партнеров: файл в том виде, в каком он на самом деле есть у пользователей.

csv-unreadable = Liaison не удалось прочитать файл: { $detail }
csv-too-large = Размер файла превышает { $max } МиБ — это намного больше любого списка клиентов, экспортированного из Центра партнеров. Выберите, пожалуйста, файл Customers.csv, экспортированный из Центра партнеров.
csv-too-many-rows = В файле больше { $max ->
    [one] { $max } строки
   *[other] { $max } строк
  } — больше, чем Liaison импортирует за один раз.
csv-too-many-columns = В строке { $line } больше { $max ->
    [one] { $max } столбца
   *[other] { $max } столбцов
  }. Этот файл не похож на список клиентов из Центра партнеров.
csv-field-too-long = В строке { $line } есть значение длиннее { $max ->
    [one] { $max } символа
   *[other] { $max } символов
  }.
csv-unclosed-quote = В строке { $line } открыта кавычка, которая нигде не закрыта, поэтому весь остаток файла стал бы одним значением. Исправьте, пожалуйста, файл и выберите его снова.
error-cancelled = Импорт отменен. Ничего не изменено.

import-choose = Выбрать файл…
import-no-file = Файл не выбран
import-dialog-title = Выберите файл Customers.csv из Центра партнеров
import-file-filter = Файлы CSV
import-format = Файл прочитан в кодировке { $encoding ->
    [utf8] UTF-8
    [utf8-bom] UTF-8 с меткой порядка байтов (BOM)
    [utf16-le] UTF-16 LE
    [utf16-be] UTF-16 BE
    [windows1250] Windows-1250
    [windows1251] Windows-1251
   *[windows1252] Windows-1252
  }, значения разделены { $delimiter ->
    [comma] запятыми
    [semicolon] точками с запятой
   *[tab] знаками табуляции
  }.
import-progress = { $done } из { $total }
import-restored = Клиенты, удаленные в Liaison, но указанные в этом файле как клиенты торгового посредника: { $count }. При импорте им снова будут установлены отношения «Торговый посредник».
import-restored-row = Строка { $line }: { $company }
import-relationship-unknown = { $field }: тип отношений «{ $value }» неизвестен Liaison.
import-repeated = { $field }: то же значение, что и в строке { $line } этого файла.
import-same-customer = Строка { $line } этого файла уже относится к этому же клиенту.
import-summary-counts = Новые: { $added } · Обновленные: { $updated } · Без изменений: { $unchanged } · Восстановленные отношения: { $restored } · Принятые приглашения: { $matched } · Отклоненные строки: { $rejected }

field-relationship = Отношения
activity-change = { $field }: { $from } → { $to }
activity-relationship_restored = Клиент { $subject } снова отмечен как клиент торгового посредника: в списке клиентов из Центра партнеров есть отношения, удаленные в Liaison
activity-action-relationship_restored = Отношения восстановлены по данным Центра партнеров
