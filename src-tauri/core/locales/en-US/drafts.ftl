## The emails Liaison drafts for customers. Original text; formal and friendly.

portal-public = Microsoft 365 admin center
portal-us-government = Microsoft Office admin portal of Microsoft Cloud for US Government
portal-germany = Microsoft Office admin portal of Microsoft Cloud Germany
portal-china = admin center operated by 21Vianet

draft-greeting = Hello,
draft-greeting-named = Dear { $contact },
draft-signature =
    Kind regards,
    { $staff }
    { $partner }

draft-invitation-subject = { $partner } invites { $customer } to a reseller relationship
draft-invitation-subject-provider = { $partner } and { $provider } invite { $customer } to a reseller relationship
draft-invitation-intro = { $partner } would like to become the Microsoft Cloud Solution Provider partner of { $customer } and invites you to set up a reseller relationship. As your partner, we can buy Microsoft cloud services for your organization and support you in using them.
draft-invitation-intro-provider = { $partner }, together with its indirect provider { $provider }, would like to become the Microsoft Cloud Solution Provider partner of { $customer } and invites you to set up a reseller relationship. We order your Microsoft cloud services through { $provider }, which therefore needs a relationship with your organization as well; accepting this one invitation sets up both relationships.
draft-invitation-grants = Accepting sets up a reseller relationship only. It does not give us any administrative access to your organization.
draft-invitation-grants-dap = Accepting sets up a reseller relationship and gives us delegated administration privileges for Azure Active Directory (Microsoft Entra ID) and Office 365, so that we can manage these services on your behalf.
draft-invitation-accept = The invitation must be accepted by a Global admin of your organization, in the { $portal }: open the link below, sign in, review the request, and accept and authorize it.
draft-invitation-agreement = If your organization has not yet accepted the Microsoft Customer Agreement, you will be asked to accept it at the same time.
draft-invitation-questions = If you have any questions, just reply to this email.

draft-notice-subject = Notice of termination of the reseller relationship between { $partner } and { $customer }
draft-notice-intro = We are writing to give you notice that { $partner } is ending its reseller relationship with { $customer } as a Microsoft Cloud Solution Provider partner.
draft-notice-effect = From the end of the relationship, we can no longer buy Microsoft cloud services for your organization, and we will no longer be listed as your partner. Your organization keeps its Microsoft services and data; you can buy them directly from Microsoft or through another partner.
draft-notice-dap = Any delegated administration privileges your organization granted us remain in place until you remove them. You can remove them at any time in the { $portal }, under Billing accounts, Partner relationships.
draft-notice-questions = If you have any questions about this notice or about moving your services, please reply to this email.

removal-attestation = On behalf of { $partner }, I represent that the decision to discontinue the relationship with this customer was made in good faith, for a legitimate business purpose, and in accordance with our agreement with our customer or partner, and I agree that { $partner } will defend and hold Microsoft harmless from and against any third-party claims to the contrary.

draft-gdap-subject = { $partner } asks { $customer } for administrative access through GDAP
draft-gdap-intro = { $partner } asks { $customer } for granular delegated admin privileges (GDAP) in your Microsoft 365 organization, so that we can manage your Microsoft services on your behalf. We ask only for the Microsoft Entra roles listed below, and only for { $days ->
    [one] { $days } day
   *[other] { $days } days
}:
draft-gdap-extend = At the end of that time the access is extended automatically by six months, each time, until you or we turn this off.
draft-gdap-no-extend = At the end of that time the access ends on its own; we will ask you again if it is still needed.
draft-gdap-accept = The request must be approved by a Global Administrator of your organization, in the { $portal }. The request is valid for 90 days. Click to review and accept:
draft-gdap-questions = You can see and end this access at any time in the { $portal }, under Settings, Partner relationships. If you have any questions, just reply to this email.

draft-date = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $day }, { $year }
draft-reminder-subject = Reminder: { $partner } invites { $customer } to a reseller relationship
draft-reminder-intro = On { $date }, { $partner } invited { $customer } to a reseller relationship, and the invitation has not been accepted yet. We are sending you the link again in case the first email did not reach you.
draft-reminder-gdap-subject = Reminder: { $partner } asks { $customer } for administrative access through GDAP
draft-reminder-gdap-intro = On { $date }, { $partner } asked { $customer } for granular delegated admin privileges (GDAP) in your Microsoft 365 organization. The request has not been approved yet, so we are sending you the link again in case the first email did not reach you.
draft-reminder-gdap-accept = The request must be approved by a Global Administrator of your organization, in the { $portal }. It is valid for 90 days from the day we sent it. Click to review and accept:
draft-reminder-answered = If you have already done so, thank you, and please disregard this email. If you have any questions, just reply to it.
