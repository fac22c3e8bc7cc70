//! The command line, its help in the user's language. Values are taken as text and checked by
//! the commands, so every refusal names the option and the rule in that language too.

use crate::text;
use clap::{Arg, ArgAction, Command};
use liaison_core::Language;

/// The whole command line.
pub fn command(lang: Language) -> Command {
    let t = |id: &str| text(lang, id, &[]);
    let json = || Arg::new("json").long("json").action(ArgAction::SetTrue).help(t("cli-json"));
    let view = || Arg::new("view").long("view").value_name("VIEW").help(t("cli-view"));
    let file = || Arg::new("file").value_name("FILE").required(true).help(t("cli-file"));
    let dap = || {
        [
            Arg::new("dap").long("dap").action(ArgAction::SetTrue).help(t("cli-dap")),
            Arg::new("no-dap").long("no-dap").action(ArgAction::SetTrue).conflicts_with("dap").help(t("cli-no-dap")),
            Arg::new("provider").long("provider").value_name("NAME").help(t("cli-provider")),
        ]
    };
    Command::new("liaison")
        .bin_name("liaison")
        .version(env!("CARGO_PKG_VERSION"))
        .about(t("cli-about"))
        .after_help(t("cli-exit-codes"))
        .disable_help_subcommand(true)
        .subcommand_required(true)
        .arg(Arg::new("data-dir").long("data-dir").value_name("DIR").global(true).help(t("cli-data-dir")))
        .arg(Arg::new("database").long("database").value_name("URL").global(true).help(t("cli-database")))
        .subcommand(Command::new("link").about(t("cli-link-about")).args(dap()).arg(json()))
        .subcommand(
            Command::new("customers")
                .about(t("cli-customers-about"))
                .subcommand_required(true)
                .subcommand(Command::new("list").about(t("cli-customers-list-about")).arg(view()).arg(json()))
                .subcommand(
                    Command::new("search")
                        .about(t("cli-customers-search-about"))
                        .arg(Arg::new("text").value_name("TEXT").required(true).help(t("cli-search-text")))
                        .arg(view())
                        .arg(json()),
                )
                .subcommand(
                    Command::new("add")
                        .about(t("cli-customers-add-about"))
                        .arg(Arg::new("name").long("name").value_name("NAME").help(t("field-company-name")))
                        .arg(Arg::new("domain").long("domain").value_name("DOMAIN").help(t("field-primary-domain")))
                        .arg(
                            Arg::new("microsoft-id")
                                .long("microsoft-id")
                                .value_name("GUID")
                                .help(t("field-microsoft-id")),
                        )
                        .arg(Arg::new("country").long("country").value_name("CC").help(t("cli-country")))
                        .arg(Arg::new("contact").long("contact").value_name("NAME").help(t("field-contact-name")))
                        .arg(Arg::new("email").long("email").value_name("EMAIL").help(t("field-contact-email")))
                        .arg(Arg::new("language").long("language").value_name("LANG").help(t("cli-customer-language")))
                        .arg(Arg::new("tag").long("tag").value_name("TAG").action(ArgAction::Append).help(t("cli-tag")))
                        .arg(Arg::new("notes").long("notes").value_name("TEXT").help(t("field-notes")))
                        .arg(json()),
                )
                .subcommand(
                    Command::new("import")
                        .about(t("cli-customers-import-about"))
                        .arg(file())
                        .arg(Arg::new("preview").long("preview").action(ArgAction::SetTrue).help(t("cli-preview")))
                        .arg(json()),
                )
                .subcommand(Command::new("export").about(t("cli-customers-export-about")).arg(file()).arg(view())),
        )
        .subcommand(
            Command::new("invite")
                .about(t("cli-invite-about"))
                .arg(Arg::new("customer").value_name("CUSTOMER").required(true).help(t("cli-customer")))
                .arg(Arg::new("lang").long("lang").value_name("LANG").help(t("cli-lang")))
                .args(dap())
                .arg(Arg::new("eml").long("eml").value_name("FILE").help(t("cli-eml")))
                .arg(Arg::new("record").long("record").action(ArgAction::SetTrue).help(t("cli-record")))
                .arg(
                    Arg::new("outside-region")
                        .long("outside-region")
                        .action(ArgAction::SetTrue)
                        .help(t("cli-outside-region")),
                )
                .arg(json()),
        )
        .subcommand(
            Command::new("invitations").about(t("cli-invitations-about")).subcommand_required(true).subcommand(
                Command::new("list")
                    .about(t("cli-invitations-list-about"))
                    .arg(Arg::new("status").long("status").value_name("STATUS").help(t("cli-status")))
                    .arg(Arg::new("older-than").long("older-than").value_name("DAYS").help(t("cli-older-than")))
                    .arg(json()),
            ),
        )
        .subcommand(
            Command::new("activity").about(t("cli-activity-about")).subcommand_required(true).subcommand(
                Command::new("export")
                    .about(t("cli-activity-export-about"))
                    .arg(file())
                    .arg(Arg::new("from").long("from").value_name("YYYY-MM-DD").help(t("cli-from")))
                    .arg(Arg::new("to").long("to").value_name("YYYY-MM-DD").help(t("cli-to"))),
            ),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed_in_every_language() {
        for lang in Language::ALL {
            command(lang).debug_assert();
        }
    }
}
