-- Reminders: when a pending invitation or GDAP request was last chased (its reminder is due a
-- number of days after that, or after it was sent), and each staff member's own number of days
-- and the day they were last told at start-up that reminders were due.

ALTER TABLE invitations ADD COLUMN reminded_at TEXT;
ALTER TABLE admin_relationships ADD COLUMN reminded_at TEXT;
ALTER TABLE staff_members ADD COLUMN reminder_days INTEGER NOT NULL DEFAULT 7 CHECK (reminder_days BETWEEN 1 AND 365);
ALTER TABLE staff_members ADD COLUMN reminders_notified_on TEXT;
