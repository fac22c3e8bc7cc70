-- Each customer row carries a version that every change raises, so a form saved over a change
-- made since it was opened is refused instead of silently undoing that change.

ALTER TABLE customers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Raised here, once, rather than by each statement that updates a customer. A statement that
-- sets the version itself is left alone (recursive triggers are off, so this UPDATE does not
-- fire the trigger again).
CREATE TRIGGER customers_version AFTER UPDATE ON customers WHEN new.version = old.version BEGIN
    UPDATE customers SET version = old.version + 1 WHERE id = new.id;
END;
