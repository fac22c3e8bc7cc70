-- Liaison's first schema: the partner profile, customers with tags and search, settings,
-- and the append-only activity log. Timestamps are UTC RFC 3339 text written by SQLite.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE partner_profile (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    company_name TEXT NOT NULL,
    partner_type TEXT NOT NULL CHECK (partner_type IN ('direct_bill', 'indirect_provider', 'indirect_reseller')),
    tenant_id    TEXT NOT NULL,
    partner_id   TEXT NOT NULL,
    cloud        TEXT NOT NULL CHECK (cloud IN ('public', 'us_government', 'germany', 'china')),
    country      TEXT NOT NULL,
    staff_name   TEXT NOT NULL,
    staff_role   TEXT NOT NULL CHECK (staff_role IN ('global_admin', 'admin_agent', 'sales_agent', 'helpdesk_agent')),
    language     TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE customers (
    id             INTEGER PRIMARY KEY,
    company_name   TEXT NOT NULL,
    -- Lower-cased company name: the sort key, so ordering works for every script, not only ASCII.
    company_key    TEXT NOT NULL,
    primary_domain TEXT NOT NULL,
    microsoft_id   TEXT,
    country        TEXT NOT NULL,
    contact_name   TEXT NOT NULL,
    contact_email  TEXT NOT NULL,
    language       TEXT NOT NULL,
    notes          TEXT NOT NULL,
    relationship   TEXT NOT NULL DEFAULT 'prospect'
                   CHECK (relationship IN ('prospect', 'invited', 'reseller', 'removed')),
    dap_granted    INTEGER NOT NULL DEFAULT 0 CHECK (dap_granted IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX customers_by_domain ON customers (primary_domain);
-- UNIQUE lets any number of customers have no Microsoft ID yet (NULLs are distinct).
CREATE UNIQUE INDEX customers_by_microsoft_id ON customers (microsoft_id);
CREATE INDEX customers_by_company ON customers (company_key, id);
CREATE INDEX customers_by_relationship ON customers (relationship, company_key, id);
CREATE INDEX customers_by_created ON customers (created_at, id);

CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)
) STRICT, WITHOUT ROWID;

CREATE INDEX customer_tags_by_tag ON customer_tags (tag, customer_id);

-- Substring search over name, domain and Microsoft ID that uses an index at 100,000 customers.
CREATE VIRTUAL TABLE customer_search USING fts5 (
    company_name, primary_domain, microsoft_id,
    content = 'customers', content_rowid = 'id', tokenize = 'trigram'
);

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_search (rowid, company_name, primary_domain, microsoft_id)
    VALUES (new.id, new.company_name, new.primary_domain, new.microsoft_id);
END;

CREATE TRIGGER customers_search_update AFTER UPDATE OF company_name, primary_domain, microsoft_id ON customers BEGIN
    INSERT INTO customer_search (customer_search, rowid, company_name, primary_domain, microsoft_id)
    VALUES ('delete', old.id, old.company_name, old.primary_domain, old.microsoft_id);
    INSERT INTO customer_search (rowid, company_name, primary_domain, microsoft_id)
    VALUES (new.id, new.company_name, new.primary_domain, new.microsoft_id);
END;

CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customer_search (customer_search, rowid, company_name, primary_domain, microsoft_id)
    VALUES ('delete', old.id, old.company_name, old.primary_domain, old.microsoft_id);
END;

CREATE TABLE activity (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_name  TEXT NOT NULL,
    actor_role  TEXT NOT NULL,
    action      TEXT NOT NULL,
    customer_id INTEGER REFERENCES customers (id),
    -- What the line is about as it was named then (a company keeps its old name in old lines).
    subject     TEXT NOT NULL,
    details     TEXT NOT NULL DEFAULT '{}'
) STRICT;

CREATE INDEX activity_by_customer ON activity (customer_id, id);

CREATE TRIGGER activity_no_update BEFORE UPDATE ON activity BEGIN
    SELECT RAISE(ABORT, 'the activity log is append-only');
END;

CREATE TRIGGER activity_no_delete BEFORE DELETE ON activity BEGIN
    SELECT RAISE(ABORT, 'the activity log is append-only');
END;
