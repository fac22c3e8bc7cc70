# Settings → Workspace: where Liaison keeps its records.
field-host = Server
field-port = Port
field-database = Database
field-tls = Encryption
rule-server-host = enter the server's name (such as db.example.com) or IP address.
rule-port = enter a port number from 1 to 65535, or leave it empty for PostgreSQL's own (5432).
rule-database-name = use letters, digits, _, - and . only, up to 63 characters.
workspace-unreachable = The team workspace's server does not answer. Check the server name and port, and your network. Liaison keeps trying; what you have typed is kept.
workspace-wrong-password = The server refused this login. Check the login and its password: the one typed here or kept in the system's keychain, else the one in your .pgpass file or the PGPASSWORD variable.
workspace-tls-refused = The encrypted connection was refused or the server's certificate is not trusted. Check the encryption setting with your database administrator.
workspace-no-such-database = The server has no database of this name.
tls-verify-full = Encrypted, certificate checked (recommended)
tls-require = Encrypted, certificate not checked
tls-prefer = Encrypted when the server offers it
tls-disable = Not encrypted
workspace-title = Workspace
workspace-local = Your records are in a local file on this computer, which needs no setup. To work with colleagues, connect to a team workspace: a PostgreSQL database your administrator has set up.
workspace-team = You are working in the team workspace { $database } on { $server }, signed in as { $user }.
workspace-password-hint = Kept in the system's keychain, never in a file. Leave it empty to use the password already kept, your .pgpass file or the PGPASSWORD variable.
workspace-test = Test connection
workspace-use = Switch to this workspace
workspace-use-local = Switch back to the local file
workspace-ok = Connected as { $user }.
workspace-ok-empty = Connected as { $user }. The workspace is empty: its first Global admin sets it up.
workspace-switch-note = Liaison restarts to switch.
workspace-unreachable-banner = The team workspace cannot be reached. Liaison keeps trying; nothing you have typed is lost.
workspace-team-environment = You are working in the team workspace that the LIAISON_DATABASE_URL variable names.
workspace-move = Move my data to this workspace
workspace-moved = Moved into the workspace: customers { $customers }, invitations { $invitations }, activity lines { $lines }. The local file stays as it was, as a backup.
workspace-move-hint = Copies everything in this local file into the empty workspace, as its owner's login (a staff member's login would sign the history with their own name).
workspace-connecting-title = Waiting for the team workspace
workspace-connecting-server = Server: { $server }
workspace-connecting-next = { $seconds ->
    [one] Liaison tries again in { $seconds } second and opens by itself when the server answers.
   *[other] Liaison tries again in { $seconds } seconds and opens by itself when the server answers.
}
workspace-connecting-trying = Connecting…
workspace-connecting-refused = Liaison does not try again by itself this time: once this is put right (your database administrator can help), choose Try again.
workspace-connecting-to = Connecting to the team workspace on { $server }…
field-password = Password
rule-keychain = the system's keychain could not keep it. Unlock the keychain (or start its service) and try again, or leave the password empty and use a .pgpass file or the PGPASSWORD variable.
