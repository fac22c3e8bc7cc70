-- A Microsoft ID is searched from its start, which its unique index serves, so the search index
-- keeps names and domains only: it is a third smaller, and so is what adding a customer costs.
-- It keeps no column sizes (no ranking uses them). A customer is indexed again only when a
-- searched column really changed, not on every update that names it. Two indexes that no query
-- used go: every list reads one view, which the indexes led by the relationship serve.

DROP TRIGGER customers_search_insert;
DROP TRIGGER customers_search_update;
DROP TRIGGER customers_search_delete;
DROP TABLE customer_search;

CREATE VIRTUAL TABLE customer_search USING fts5 (
    company_name, primary_domain,
    content = 'customers', content_rowid = 'id', tokenize = 'trigram', columnsize = 0
);
INSERT INTO customer_search (customer_search) VALUES ('rebuild');

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_search (rowid, company_name, primary_domain)
    VALUES (new.id, new.company_name, new.primary_domain);
END;

CREATE TRIGGER customers_search_update AFTER UPDATE OF company_name, primary_domain ON customers
WHEN old.company_name IS NOT new.company_name OR old.primary_domain IS NOT new.primary_domain BEGIN
    INSERT INTO customer_search (customer_search, rowid, company_name, primary_domain)
    VALUES ('delete', old.id, old.company_name, old.primary_domain);
    INSERT INTO customer_search (rowid, company_name, primary_domain)
    VALUES (new.id, new.company_name, new.primary_domain);
END;

CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customer_search (customer_search, rowid, company_name, primary_domain)
    VALUES ('delete', old.id, old.company_name, old.primary_domain);
END;

DROP INDEX customers_by_company;
DROP INDEX customers_by_created;
