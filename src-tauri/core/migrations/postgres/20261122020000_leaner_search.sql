-- A Microsoft ID is searched from its start, which its unique index serves (the column sorts by
-- the "C" collation), so its trigram index goes, and with it what every write paid for it. Two
-- indexes that no query used go too: every list reads one view, which the indexes led by the
-- relationship serve.

DROP INDEX customers_search_microsoft_id;
DROP INDEX customers_by_company;
DROP INDEX customers_by_created;
