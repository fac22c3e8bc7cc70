-- GDAP admin relationships requested per customer, and the role templates they are requested
-- from. Roles are Microsoft Entra role template IDs joined by commas; days are YYYY-MM-DD (UTC),
-- times RFC 3339 as elsewhere. A relationship's status follows from its days (see gdap.rs);
-- expires_on and ends_on are kept so that lists and counts can compare them with today.

CREATE TABLE role_templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    roles      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX role_templates_by_name ON role_templates (lower(name));

CREATE TABLE admin_relationships (
    id                 INTEGER PRIMARY KEY,
    customer_id        INTEGER NOT NULL REFERENCES customers (id),
    name               TEXT NOT NULL,
    relationship_id    TEXT NOT NULL UNIQUE,
    link               TEXT NOT NULL,
    duration_days      INTEGER NOT NULL CHECK (duration_days BETWEEN 1 AND 730),
    auto_extend        INTEGER NOT NULL CHECK (auto_extend IN (0, 1)),
    roles              TEXT NOT NULL,
    template_name      TEXT,
    recipient          TEXT NOT NULL,
    language           TEXT NOT NULL,
    subject            TEXT NOT NULL,
    body               TEXT NOT NULL,
    sent_by_name       TEXT NOT NULL,
    sent_by_role       TEXT NOT NULL,
    sent_at            TEXT NOT NULL,
    requested_on       TEXT NOT NULL,
    expires_on         TEXT NOT NULL,
    approved_on        TEXT,
    ends_on            TEXT,
    terminated_on      TEXT,
    termination_reason TEXT,
    status_at          TEXT NOT NULL,
    CHECK ((approved_on IS NULL) = (ends_on IS NULL)),
    CHECK ((terminated_on IS NULL) = (termination_reason IS NULL))
) STRICT;

-- Microsoft wants a name no other relationship of the partner has; Liaison compares them
-- without regard to case, as names of ASCII letters.
CREATE UNIQUE INDEX admin_relationships_by_name ON admin_relationships (lower(name));
CREATE INDEX admin_relationships_by_customer ON admin_relationships (customer_id, id);
