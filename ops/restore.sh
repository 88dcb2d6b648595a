#!/usr/bin/env bash
# Spielt eine Sicherung von ops/backup.sh in eine NEUE Datenbank ein und prüft sie –
# docs/betrieb/README.md, Abschnitt 6.
#
#   ops/restore.sh SICHERUNG.dump NEUE_DATENBANK [--verify-against QUELLDATENBANK]
#
# Verbindung über PGHOST, PGPORT, PGUSER (Superuser), PGPASSWORD. Die Rollen der Anwendung
# (Eigentümer, kim_app) müssen im Cluster bestehen. Mit --verify-against werden danach die
# Zeilenzahlen jeder Tabelle mit der Quelle verglichen; jede Abweichung → Exit-Code 1.
# Die Anmeldesitzungen (spring_session*) sind nicht in der Sicherung und werden nicht verglichen.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/17/bin}
dump=${1:?Aufruf: restore.sh SICHERUNG.dump NEUE_DATENBANK [--verify-against QUELLDATENBANK]}
database=${2:?Aufruf: restore.sh SICHERUNG.dump NEUE_DATENBANK [--verify-against QUELLDATENBANK]}
source_db=""
if [[ "${3:-}" == "--verify-against" ]]; then
  source_db=${4:?--verify-against braucht den Namen der Quelldatenbank}
fi

psql_at() { "$PG_BIN/psql" -X -v ON_ERROR_STOP=1 -At "$@"; }

"$PG_BIN/pg_restore" --list "$dump" > /dev/null || { echo "restore.sh: $dump ist keine lesbare Sicherung." >&2; exit 2; }
if [[ -n "$(psql_at -d postgres -c "select 1 from pg_database where datname = '$database'")" ]]; then
  echo "restore.sh: Datenbank $database gibt es schon – nur in eine neue Datenbank einspielen." >&2
  exit 2
fi

"$PG_BIN/createdb" --template=template0 --encoding=UTF8 "$database"
"$PG_BIN/pg_restore" --dbname="$database" --single-transaction --exit-on-error "$dump"
echo "restore.sh: $dump in $database eingespielt."

if [[ -z "$source_db" ]]; then
  exit 0
fi

count_rows() {
  psql_at -d "$1" <<'SQL'
select format('select %L || '' '' || count(*) from %I.%I;', schemaname || '.' || tablename, schemaname, tablename)
from pg_tables where schemaname = 'public' and tablename not like 'spring_session%' order by tablename
\gexec
SQL
}

diff_output=$(diff <(count_rows "$source_db") <(count_rows "$database")) && status=0 || status=$?
tables=$(count_rows "$database" | wc -l)
if [[ $status -ne 0 ]]; then
  echo "restore.sh: Zeilenzahlen weichen ab (< Quelle, > Wiederherstellung):" >&2
  echo "$diff_output" >&2
  exit 1
fi
echo "restore.sh: Zeilenzahlen aller $tables Tabellen stimmen mit $source_db überein."
