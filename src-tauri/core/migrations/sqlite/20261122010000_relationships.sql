-- Relationships: indirect providers, invitations, what a connected customer has, and the
-- customer's provider.

CREATE TABLE indirect_providers (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    tenant_id  TEXT NOT NULL UNIQUE,
    partner_id TEXT NOT NULL,
    country    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

ALTER TABLE customers ADD COLUMN provider_id INTEGER REFERENCES indirect_providers (id);
CREATE INDEX customers_by_provider ON customers (provider_id);

CREATE TABLE invitations (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id),
    kind         TEXT NOT NULL CHECK (kind IN ('reseller', 'reseller_with_provider')),
    dap          INTEGER NOT NULL CHECK (dap IN (0, 1)),
    provider_id  INTEGER REFERENCES indirect_providers (id),
    link         TEXT NOT NULL,
    recipient    TEXT NOT NULL,
    language     TEXT NOT NULL,
    subject      TEXT NOT NULL,
    body         TEXT NOT NULL,
    sent_by_name TEXT NOT NULL,
    sent_by_role TEXT NOT NULL,
    sent_at      TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('sent', 'accepted', 'cancelled')),
    status_at    TEXT NOT NULL
) STRICT;

CREATE INDEX invitations_by_status ON invitations (status, id);
CREATE INDEX invitations_by_customer ON invitations (customer_id, id);

CREATE TABLE subscriptions (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    offer       TEXT NOT NULL,
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    status      TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX subscriptions_by_customer ON subscriptions (customer_id, status);

CREATE TABLE customer_users (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER NOT NULL REFERENCES customers (id),
    display_name        TEXT NOT NULL,
    user_principal_name TEXT NOT NULL,
    -- Licence names joined by the unit separator, as tags are.
    licences            TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    UNIQUE (customer_id, user_principal_name)
) STRICT;

CREATE INDEX activity_by_action ON activity (action, id);
CREATE INDEX activity_by_time ON activity (at, id);
