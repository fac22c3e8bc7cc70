# Input that is refused or explained: hidden characters, validation edges, link hosts.

rule-hidden-character = contains an invisible or text-direction control character ({ $char }); remove it.
rule-nil-guid = the all-zero GUID belongs to no tenant; enter the real ID.
rule-partner-id-zero = a Partner ID is never 0 and does not start with 0.
rule-onmicrosoft-bare = enter the whole domain, such as contoso.onmicrosoft.com.
rule-own-tenant = this is your own tenant ID; enter the tenant ID of the indirect provider.
rule-provider-tenant = this is the tenant ID of one of your indirect providers; enter your own company's tenant ID.
rule-known-host = choose a host that Microsoft publishes for { $cloud }: { $hosts }.
activity-link-host-detail = { $cloud }: { $old } → { $new }
settings-link-host-choices = Where customers accept invitations: only the hosts that Microsoft publishes for this cloud.
settings-link-host-default = { $host } (default)
