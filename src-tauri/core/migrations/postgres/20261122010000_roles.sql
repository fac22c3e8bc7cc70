-- The database enforces the Partner Center roles, not only the app. Each role is a database
-- role without login; each staff member's login is granted the one of their role (a Global
-- admin's with ADMIN OPTION on all four, so that they can grant them). Grants say which tables
-- a role may change; where a grant cannot say enough (which rows, which values), row-level
-- security and triggers do. The workspace's owner (the login that runs these migrations) is
-- the DBA's and stands outside these rules.
--
-- Database roles belong to the whole server, so every workspace on one server shares these
-- four; grants are per database.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['liaison_global_admin', 'liaison_admin_agent', 'liaison_sales_agent', 'liaison_helpdesk_agent'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another workspace on this server made it
        END;
    END LOOP;
END
$$;

-- Whether the session's login holds `role` (membership, as the grants see it).
CREATE FUNCTION liaison_holds(role text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(session_user, role, 'MEMBER')
$$;

-- Whether the session's login is a staff login at all (any of the four roles), rather than the
-- owner's or a DBA's.
CREATE FUNCTION liaison_is_staff_login() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
        WHERE u.rolname = session_user
          AND g.rolname IN ('liaison_global_admin', 'liaison_admin_agent', 'liaison_sales_agent', 'liaison_helpdesk_agent')
    )
$$;

-- Reading: every role reads everything (Partner Center lets every role see the customers), and
-- which migrations the workspace has had, to say when it is behind this app. A later migration
-- that adds a table grants on it too.
GRANT USAGE ON SCHEMA public TO liaison_global_admin, liaison_admin_agent, liaison_sales_agent, liaison_helpdesk_agent;
GRANT SELECT ON ALL TABLES IN SCHEMA public
    TO liaison_global_admin, liaison_admin_agent, liaison_sales_agent, liaison_helpdesk_agent;

-- Every change writes its activity line; nobody updates or deletes one.
GRANT INSERT ON activity TO liaison_global_admin, liaison_admin_agent, liaison_sales_agent, liaison_helpdesk_agent;

-- Editing a customer's details is every role's (the Helpdesk agent's too); adding one is not.
GRANT UPDATE ON customers TO liaison_global_admin, liaison_admin_agent, liaison_sales_agent, liaison_helpdesk_agent;
GRANT INSERT, DELETE ON customer_tags
    TO liaison_global_admin, liaison_admin_agent, liaison_sales_agent, liaison_helpdesk_agent;
GRANT INSERT ON customers TO liaison_global_admin, liaison_admin_agent, liaison_sales_agent;

-- Requesting relationships, recording acceptance, subscriptions: not the Helpdesk agent.
GRANT INSERT, UPDATE ON invitations TO liaison_global_admin, liaison_admin_agent, liaison_sales_agent;
GRANT INSERT, UPDATE ON subscriptions TO liaison_global_admin, liaison_admin_agent, liaison_sales_agent;

-- Indirect providers and customers' users: Global and Admin agents.
GRANT INSERT, UPDATE ON indirect_providers TO liaison_global_admin, liaison_admin_agent;
GRANT INSERT ON customer_users TO liaison_global_admin, liaison_admin_agent;

-- The partner's profile and settings: the Global admin.
GRANT INSERT, UPDATE ON partner_profile, settings TO liaison_global_admin;

-- Staff members: a Global admin adds and edits them; everyone may change their own language.
GRANT INSERT, UPDATE ON staff_members TO liaison_global_admin;
GRANT UPDATE (language, updated_at) ON staff_members
    TO liaison_admin_agent, liaison_sales_agent, liaison_helpdesk_agent;

ALTER TABLE staff_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_read ON staff_members FOR SELECT USING (true);
CREATE POLICY staff_add ON staff_members FOR INSERT WITH CHECK (liaison_holds('liaison_global_admin'));
-- Others' rows are a Global admin's to change; one's own row is one's own (the language).
CREATE POLICY staff_edit ON staff_members FOR UPDATE
    USING (login = session_user OR liaison_holds('liaison_global_admin'));

-- Nobody changes their own role or deactivates themselves; a login names one staff member
-- (a unique index); the workspace keeps an active Global admin. (The owner's login is outside
-- the staff and these rules, as it is outside the grants.)
CREATE FUNCTION staff_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF liaison_is_staff_login() AND OLD.login = session_user
       AND (NEW.role <> OLD.role OR (OLD.active AND NOT NEW.active)) THEN
        RAISE EXCEPTION 'nobody changes their own role or deactivates themselves' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER staff_own_role BEFORE UPDATE ON staff_members FOR EACH ROW EXECUTE FUNCTION staff_rules();

CREATE FUNCTION staff_keep_a_global_admin() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF liaison_is_staff_login() AND EXISTS (SELECT 1 FROM staff_members)
       AND NOT EXISTS (SELECT 1 FROM staff_members WHERE active AND role = 'global_admin') THEN
        RAISE EXCEPTION 'the workspace needs at least one active Global admin' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER staff_last_global_admin AFTER UPDATE OR DELETE ON staff_members
    FOR EACH STATEMENT EXECUTE FUNCTION staff_keep_a_global_admin();

-- A relationship changes only as the role allows: removing it is for Global and Admin agents;
-- inviting, accepting and restoring are not for the Helpdesk agent, who edits details only.
CREATE FUNCTION customers_relationship_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.relationship IS DISTINCT FROM OLD.relationship AND liaison_is_staff_login() THEN
        IF NEW.relationship = 'removed' THEN
            IF NOT (liaison_holds('liaison_global_admin') OR liaison_holds('liaison_admin_agent')) THEN
                RAISE EXCEPTION 'only a Global admin or an Admin agent removes a relationship'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSIF NOT (liaison_holds('liaison_global_admin') OR liaison_holds('liaison_admin_agent')
                   OR liaison_holds('liaison_sales_agent')) THEN
            RAISE EXCEPTION 'a Helpdesk agent does not change relationships' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER customers_relationship BEFORE UPDATE ON customers
    FOR EACH ROW EXECUTE FUNCTION customers_relationship_rules();

-- Who did something is the session's staff member, whatever the client sent; when, the
-- server's clock. Only the owner (moving a file's history in) writes lines of others.
CREATE FUNCTION staff_signs() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me staff_members%ROWTYPE;
BEGIN
    IF NOT liaison_is_staff_login() THEN
        RETURN NEW;
    END IF;
    SELECT * INTO me FROM staff_members WHERE login = session_user AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'this login is no active staff member of the workspace' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_TABLE_NAME = 'activity' THEN
        NEW.actor_name := me.name;
        NEW.actor_role := me.role;
        NEW.at := to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    ELSE
        NEW.sent_by_name := me.name;
        NEW.sent_by_role := me.role;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER activity_signed BEFORE INSERT ON activity FOR EACH ROW EXECUTE FUNCTION staff_signs();
CREATE TRIGGER invitations_signed BEFORE INSERT ON invitations FOR EACH ROW EXECUTE FUNCTION staff_signs();
