-- Reminders: the same columns as in a local file (see its migration). Sending a reminder is
-- an update of the invitation or request, granted as for the rest of it; everyone sets their
-- own number of days and is told at start-up, like their own language.

ALTER TABLE invitations ADD COLUMN reminded_at TEXT;
ALTER TABLE admin_relationships ADD COLUMN reminded_at TEXT;
ALTER TABLE staff_members
    ADD COLUMN reminder_days BIGINT NOT NULL DEFAULT 7 CHECK (reminder_days BETWEEN 1 AND 365),
    ADD COLUMN reminders_notified_on TEXT COLLATE "C";

GRANT UPDATE (reminder_days, reminders_notified_on) ON staff_members
    TO liaison_admin_agent, liaison_sales_agent, liaison_helpdesk_agent;
