-- A customer may take delegated admin privileges back in its admin portal; Liaison notes when
-- and who recorded it. The customer list is read one relationship (view) at a time.

ALTER TABLE customers ADD COLUMN dap_removed_at TEXT;
ALTER TABLE customers ADD COLUMN dap_removed_by TEXT;

CREATE INDEX customers_by_relationship_created ON customers (relationship, created_at, id);
