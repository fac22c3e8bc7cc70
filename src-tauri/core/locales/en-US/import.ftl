## Importing Partner Center's customer list: the file as users really have it.

csv-unreadable = Liaison could not read the file: { $detail }
csv-too-large = The file is larger than { $max } MiB, far larger than any customer list Partner Center exports. Please choose the Customers.csv exported from Partner Center.
csv-too-many-rows = The file has more than { $max } rows, more than Liaison imports at once.
csv-too-many-columns = Line { $line } has more than { $max } columns. This does not look like Partner Center's customer list.
csv-field-too-long = Line { $line } has a value longer than { $max } characters.
csv-unclosed-quote = Line { $line } opens a quotation mark that is never closed, so the rest of the file would become a single value. Please correct the file and choose it again.
error-cancelled = The import was cancelled. Nothing was changed.

import-choose = Choose file…
import-no-file = No file chosen
import-dialog-title = Choose Partner Center's Customers.csv
import-file-filter = CSV files
import-format = Read as { $encoding ->
    [utf8] UTF-8
    [utf8-bom] UTF-8 with byte-order mark
    [utf16-le] UTF-16 LE
    [utf16-be] UTF-16 BE
    [windows1250] Windows-1250
    [windows1251] Windows-1251
   *[windows1252] Windows-1252
  }, separated by { $delimiter ->
    [comma] commas
    [semicolon] semicolons
   *[tab] tabs
  }.
import-progress = { $done } of { $total }
import-restored = Removed in Liaison but listed as resellers in this file: { $count }. Importing marks their relationship Reseller again.
import-restored-row = Line { $line }: { $company }
import-relationship-unknown = { $field }: “{ $value }” is not a relationship Liaison recognizes.
import-repeated = { $field }: the same as on line { $line } of this file.
import-same-customer = Line { $line } of this file is already about the same customer.
import-summary-counts = New: { $added } · Updated: { $updated } · Unchanged: { $unchanged } · Relationships restored: { $restored } · Invitations accepted: { $matched } · Rows rejected: { $rejected }

field-relationship = Relationship
activity-change = { $field }: { $from } → { $to }
activity-relationship_restored = Marked { $subject } as a reseller again: Partner Center's customer list shows the relationship that was removed in Liaison
activity-action-relationship_restored = Relationship restored from Partner Center
