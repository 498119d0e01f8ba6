/** Printed by `genbridge-collector help` and on any usage error. */
export const USAGE = `genbridge-collector: stores Genbridge survey responses and serves reports.

Usage:
  genbridge-collector serve [options]            run the HTTP service
  genbridge-collector demo [options]             run the demo intranet (seeds a demo programme once)
  genbridge-collector programme list
  genbridge-collector programme show <id>
  genbridge-collector programme create <id> [--name <text>] [--k <n>] [--instrument <file.json>]
                                            [--closed] [--public-report] [--access invitation|open]
                                            [--cohort <id>=<label> …]
  genbridge-collector programme open <id>
  genbridge-collector programme close <id>
  genbridge-collector programme set-k <id> <k>
  genbridge-collector programme set-instrument <id> <file.json>
  genbridge-collector programme set-public-report <id> <true|false>
  genbridge-collector programme set-access <id> <invitation|open>
  genbridge-collector programme set-cohorts <id> [<cohort-id>=<label> …]
  genbridge-collector invitations create <programme> --count <n>   tokens are printed once
                                            [--arm programme|comparison]
  genbridge-collector invitations create <programme> --pairs <file>  one invitation per line of
                                            the file, each line a pair id (mentor and mentee),
                                            or CSV columns pair_id,arm; a bad line creates none
  genbridge-collector invitations list <programme>
  genbridge-collector invitations revoke <programme> <invitation-id>
  genbridge-collector release <programme>        release the current report (refused when it
                                                 would disclose anyone)
  genbridge-collector releases <programme>       list releases
  genbridge-collector participant delete <programme> <participant-code>
  genbridge-collector responses purge <programme> --before <ISO date>
  genbridge-collector export <programme> [--format json|csv] [--output <file>]
  genbridge-collector report <programme> [--output <file>]   live report (operator only; viewers
                                                 see releases)
  genbridge-collector token                      show where the admin token comes from

Storage (every command):
  --config <file.json>     configuration file (keys as in docs/deploying.md)
  --data-dir <dir>         embedded database and admin token (default ./genbridge-data;
                           env GENBRIDGE_DATA_DIR)
  --database-url <url>     use PostgreSQL instead (env GENBRIDGE_DATABASE_URL)

serve / demo:
  --host <addr>            interface (default 127.0.0.1; env GENBRIDGE_HOST)
  --port <n>               port (default 8080, demo 8787; 0 picks a free one; env GENBRIDGE_PORT)
  --cors-origin <origin>   allow browser calls from this origin (repeatable; env GENBRIDGE_CORS_ORIGINS)
  --frame-ancestor <origin>  allow this origin to show the /embed/ pages in an iframe (repeatable;
                           env GENBRIDGE_FRAME_ANCESTORS)
  --trust-proxy            take the client address from X-Forwarded-For (behind your own proxy only)
  --rate-limit <burst>/<per-second>   per client address (IPv6 per /64), default 60/1; "off" disables
  --programme-rate-limit <burst>/<per-second>   per programme on submissions, default 600/20;
                           "off" disables
  --rate-limit-store memory|postgres   where both limits count: this process (default), or the
                           PostgreSQL of --database-url, shared by every collector on it
                           (env GENBRIDGE_RATE_LIMIT_STORE)
  --static <prefix>=<dir>  serve a directory of static files under a URL prefix (repeatable)
  --demo-login             DEMO ONLY: a console sign-in that lets anyone pick a role (npm start uses it)

The admin token is read from GENBRIDGE_ADMIN_TOKEN, the config file, or <data-dir>/admin-token
(generated with mode 0600 on first run).
`;
