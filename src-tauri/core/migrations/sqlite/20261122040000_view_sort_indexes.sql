-- The customer list is read one relationship (view) at a time: sorting a view by primary domain
-- walks this index instead of sorting the whole view in memory.
CREATE INDEX customers_by_relationship_domain ON customers (relationship, primary_domain);
