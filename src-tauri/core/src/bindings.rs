//! The UI's TypeScript types are generated from these Rust types. This test fails when the
//! committed files in `ui/src/bindings/` differ; `LIAISON_UPDATE_BINDINGS=1 cargo test -p
//! liaison-core bindings` rewrites them.

use crate::*;
use std::path::Path;
use ts_rs::TS;

macro_rules! declarations {
    ($($t:ty),+ $(,)?) => { vec![$((<$t>::ident(), <$t>::export_to_string().expect("ts export"))),+] };
}

#[test]
fn ui_bindings_are_current() {
    let decls = declarations![
        ActivityAction,
        ActivityEntry,
        ActivityPage,
        ActivityQuery,
        Action,
        ApiError,
        Cloud,
        Customer,
        CustomerInput,
        CustomerPage,
        CustomerQuery,
        CustomerSort,
        ErrorCode,
        Field,
        FieldMessage,
        Grant,
        Language,
        PartnerProfile,
        PartnerType,
        ProfileInput,
        Relationship,
        Role,
        Session,
        Translations,
        Connecting,
        Draft,
        IndirectProvider,
        ProviderInput,
        InvitationKind,
        InvitationRequest,
        PreparedInvitation,
        Invitation,
        InvitationStatus,
        InvitationQuery,
        InvitationPage,
        Subscription,
        SubscriptionInput,
        SubscriptionStatus,
        CustomerUser,
        UserInput,
        ImportReport,
        ImportProgress,
        ListedRow,
        RejectedRow,
        csv::FileFormat,
        csv::TextEncoding,
        csv::Delimiter,
        RemovalCheck,
        LinkHostSetting,
        CustomerCounts,
        DapRemoval,
        NoticeParty,
        Backup,
        BackupReason,
        StaffMember,
        StaffInput,
        Engine,
        Change,
        TlsMode,
        WorkspaceInput,
        ValidWorkspace,
        WorkspaceFault,
        WorkspaceCheck,
        WorkspaceSetting,
        MoveReport,
    ];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/bindings");
    let update = std::env::var_os("LIAISON_UPDATE_BINDINGS").is_some();
    if update {
        std::fs::create_dir_all(&dir).expect("create bindings dir");
    }
    let mut stale = Vec::new();
    for (name, ts) in &decls {
        let path = dir.join(format!("{name}.ts"));
        if update {
            std::fs::write(&path, ts).expect("write binding");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(ts.as_str()) {
            stale.push(name.clone());
        }
    }
    let extra: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect())
        .unwrap_or_default();
    let extra: Vec<&String> = extra.iter().filter(|f| !decls.iter().any(|(n, _)| format!("{n}.ts") == **f)).collect();
    assert!(
        stale.is_empty() && extra.is_empty(),
        "ui/src/bindings drifted (stale: {stale:?}, unknown: {extra:?}); \
         run LIAISON_UPDATE_BINDINGS=1 cargo test -p liaison-core bindings"
    );
}
