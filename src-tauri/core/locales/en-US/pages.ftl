## Pages whose workflows are not available yet, and the activity log.

indirect-providers-title = Indirect providers
indirect-providers-not-yet = Not available yet. Here you will keep the indirect providers you work with, and invite new customers to a relationship with you and a provider at the same time.
invitations-title = Invitations
invitations-not-yet = Not available yet. Here you will see every invitation sent to a customer, whether it was accepted, and what is still pending.

activity-title = Activity log
activity-empty = Nothing has been recorded yet.
activity-col-when = When
activity-col-who = Who
activity-col-what = What
activity-profile_created = Set up the partner profile of { $subject }
activity-profile_updated = Changed the partner profile of { $subject }
activity-customer_added = Added customer { $subject }
activity-customer_updated = Changed { $fields } of { $subject }
activity-provider_added = Added indirect provider { $subject }
activity-provider_updated = Changed { $fields } of indirect provider { $subject }
activity-invitation_sent = Sent { $subject } an invitation to a reseller relationship
activity-invitation_accepted = Recorded that { $subject } accepted the invitation
activity-invitation_cancelled = Cancelled the invitation of { $subject }
activity-customers_imported = Imported the Partner Center customer list
activity-subscription_added = Added a subscription for { $subject }
activity-subscription_suspended = Suspended a subscription of { $subject }
activity-subscription_reactivated = Reactivated a subscription of { $subject }
activity-user_added = Added a user for { $subject }
activity-relationship_removed = Removed the reseller relationship with { $subject }
activity-link_host_changed = Changed a cloud's link host to { $subject }
activity-col-detail = Detail
