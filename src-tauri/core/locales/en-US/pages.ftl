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
