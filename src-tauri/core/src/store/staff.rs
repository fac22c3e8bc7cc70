//! The staff members of a workspace: who is connected, and a Global admin adding, editing and
//! deactivating the others.

use super::profile::acting_in;
use super::{server, Engine, Sql, Store, Tx};
use crate::{
    Action, ActivityAction, Error, Field, FieldError, Result, Role, Rule, StaffInput, StaffMember, StateConflict,
    ValidStaff,
};

const SELECT_STAFF: &str = "SELECT id, name, email, role, language, active, login, reminder_days FROM staff_members";

/// The staff member bound to this connection's login, active or not.
pub(crate) async fn me_in(tx: &mut Tx) -> Result<Option<StaffMember>> {
    let login = tx.dialect().current_login();
    Sql::new(format!("{SELECT_STAFF} WHERE login = {login}")).fetch_optional(tx).await
}

async fn member_in(tx: &mut Tx, id: i64) -> Result<StaffMember> {
    Sql::new(format!("{SELECT_STAFF} WHERE id = ?"))
        .bind(id)
        .fetch_optional(tx)
        .await?
        .ok_or(Error::NotFound(crate::Entity::StaffMember, id))
}

impl Store {
    /// The staff member this store acts as, if the login is one.
    pub async fn me(&self) -> Result<Option<StaffMember>> {
        let login = self.pool().dialect().current_login();
        Sql::new(format!("{SELECT_STAFF} WHERE login = {login}")).fetch_optional(self.pool()).await
    }

    /// Every staff member, active ones first, by name; anyone in the workspace may see who else is.
    pub async fn staff(&self) -> Result<Vec<StaffMember>> {
        self.require(Action::ViewCustomers).await?;
        Sql::new(format!("{SELECT_STAFF} ORDER BY active DESC, lower(name), id")).fetch_all(self.pool()).await
    }

    /// Adds a staff member to a team workspace (a Global admin only); a local file has one.
    pub async fn add_staff_member(&self, input: &StaffInput) -> Result<StaffMember> {
        let valid = input.validate()?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageStaff).await?;
        if tx.engine() == Engine::Sqlite {
            return Err(Error::WrongState(StateConflict::SingleStaff));
        }
        ensure_login_free(&mut tx, &valid.login, None).await?;
        let now = tx.dialect().now();
        let id: i64 = bind_member(
            Sql::new(format!(
                "INSERT INTO staff_members (name, email, role, language, active, login, created_at, updated_at) \
                 VALUES (?, ?, ?, ?, ?, ?, {now}, {now}) RETURNING id"
            )),
            &valid,
        )
        .scalar(&mut tx)
        .await?;
        if let Some(conn) = tx.postgres() {
            server::grant_role(conn, &valid.login, valid.active.then_some(valid.role)).await?;
        }
        actor.record(&mut tx, ActivityAction::StaffAdded, None, &valid.name, &[]).await?;
        let added = member_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(added)
    }

    /// Edits a staff member (a Global admin only). Nobody changes their own role or deactivates
    /// themselves, and the last active Global admin stays one.
    pub async fn update_staff_member(&self, id: i64, input: &StaffInput) -> Result<StaffMember> {
        let valid = input.validate()?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageStaff).await?;
        let me = acting_in(&mut tx).await?;
        let current = member_in(&mut tx, id).await?;
        if current.id == me.id {
            let mut own = Vec::new();
            if valid.role != current.role {
                own.push(FieldError { field: Field::MemberRole, rule: Rule::OwnRole });
            }
            if !valid.active {
                own.push(FieldError { field: Field::Active, rule: Rule::OwnRole });
            }
            if !own.is_empty() {
                return Err(Error::Invalid(own));
            }
        }
        let stays_admin = valid.active && valid.role == Role::GlobalAdmin;
        if current.active && current.role == Role::GlobalAdmin && !stays_admin {
            let admins: i64 =
                Sql::new("SELECT count(*) FROM staff_members WHERE active = TRUE AND role = ? AND id <> ?")
                    .bind(Role::GlobalAdmin.as_str())
                    .bind(id)
                    .scalar(&mut tx)
                    .await?;
            if admins == 0 {
                let field = if valid.active { Field::MemberRole } else { Field::Active };
                return Err(Error::invalid(field, Rule::LastGlobalAdmin));
            }
        }
        ensure_login_free(&mut tx, &valid.login, Some(id)).await?;
        let changed = changed_fields(&current, &valid);
        if changed.is_empty() {
            return Ok(current);
        }
        let now = tx.dialect().now();
        bind_member(
            Sql::new(format!(
                "UPDATE staff_members SET name = ?, email = ?, role = ?, language = ?, active = ?, login = ?, \
                 updated_at = {now} WHERE id = ?"
            )),
            &valid,
        )
        .bind(id)
        .execute(&mut tx)
        .await?;
        let rights = [Field::MemberRole, Field::Active, Field::Login];
        if let Some(conn) = tx.postgres().filter(|_| changed.iter().any(|f| rights.contains(f))) {
            if current.login != valid.login {
                server::grant_role(conn, &current.login, None).await?;
            }
            server::grant_role(conn, &valid.login, valid.active.then_some(valid.role)).await?;
        }
        actor.record(&mut tx, ActivityAction::StaffUpdated, None, &valid.name, &changed).await?;
        let updated = member_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(updated)
    }
}

/// Binds a staff member's columns in the order INSERT and UPDATE both list them.
fn bind_member(q: Sql, v: &ValidStaff) -> Sql {
    q.bind(&v.name).bind(&v.email).bind(v.role.as_str()).bind(v.language.tag()).bind(v.active).bind(&v.login)
}

async fn ensure_login_free(tx: &mut Tx, login: &str, except: Option<i64>) -> Result<()> {
    let other: Option<i64> = Sql::new("SELECT id FROM staff_members WHERE login = ? AND id IS DISTINCT FROM ?")
        .bind(login)
        .bind(except)
        .scalar_optional(tx)
        .await?;
    match other {
        Some(_) => Err(Error::invalid(Field::Login, Rule::LoginTaken)),
        None => Ok(()),
    }
}

fn changed_fields(c: &StaffMember, v: &ValidStaff) -> Vec<Field> {
    [
        (Field::MemberName, c.name != v.name),
        (Field::MemberEmail, c.email != v.email),
        (Field::MemberRole, c.role != v.role),
        (Field::Language, c.language != v.language),
        (Field::Active, c.active != v.active),
        (Field::Login, c.login != v.login),
    ]
    .into_iter()
    .filter_map(|(f, changed)| changed.then_some(f))
    .collect()
}
