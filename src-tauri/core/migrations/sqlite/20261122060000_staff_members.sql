-- The partner and the people who work for it are separate: the profile describes the partner,
-- and each staff member has their own name, email, Partner Center role and language, bound to
-- a database login. A local file has exactly one, whose login is "local": the profile's
-- staff member moves here, with the interface language they had chosen.

CREATE TABLE staff_members (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    email      TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL CHECK (role IN ('global_admin', 'admin_agent', 'sales_agent', 'helpdesk_agent')),
    language   TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    login      TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

INSERT INTO staff_members (name, email, role, language, active, login, created_at, updated_at)
SELECT staff_name, '', staff_role,
       coalesce((SELECT value FROM settings WHERE key = 'ui_language'), language),
       1, 'local', created_at, updated_at
FROM partner_profile;

ALTER TABLE partner_profile DROP COLUMN staff_name;
ALTER TABLE partner_profile DROP COLUMN staff_role;
