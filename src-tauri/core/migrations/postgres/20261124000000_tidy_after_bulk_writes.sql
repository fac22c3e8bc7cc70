-- After an import or a move writes thousands of customers, the app tidies at once what autovacuum
-- would a minute later: the trigram indexes take in the entries they set aside to write quickly (each
-- search read them one by one), and the planner learns the table's new size and values. Only
-- the owner may do either, so this function runs as the owner; the roles that import may call it.
CREATE FUNCTION liaison_tidy_customers() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM gin_clean_pending_list('customers_search_name'::regclass);
    PERFORM gin_clean_pending_list('customers_search_domain'::regclass);
    ANALYZE customers;
    ANALYZE customer_tags;
END $$;

REVOKE ALL ON FUNCTION liaison_tidy_customers() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION liaison_tidy_customers() TO liaison_global_admin, liaison_admin_agent, liaison_sales_agent;
