#!/usr/bin/env bash
# Spielt die Daten EINER Kommune aus ops/municipality-export.sh zurück: in einer Transaktion werden
# zuerst alle Zeilen dieser Kommune entfernt, dann die ausgespielten eingelesen. Andere Kommunen
# bleiben unberührt. Nur bei gleichem Programmstand (Schemaversion) – docs/betrieb/README.md, Abschnitt 6.
#
#   ops/municipality-import.sh QUELLVERZEICHNIS
#
# Verbindung über PGHOST, PGPORT, PGUSER (Superuser: Fremdschlüssel- und Protokoll-Trigger werden für
# die Transaktion ausgesetzt), PGDATABASE, PGPASSWORD. Anwendung vorher stoppen.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/17/bin}
dir=${1:?Aufruf: municipality-import.sh QUELLVERZEICHNIS}
key=$(cat "$dir/municipality")
[[ "$key" =~ ^[0-9]{5}$ ]] || { echo "municipality-import.sh: $dir/municipality enthält keinen Kreisschlüssel." >&2; exit 2; }

psql_at() { "$PG_BIN/psql" -X -v ON_ERROR_STOP=1 -At "$@"; }

version=$(psql_at -c "select max(version::int) from flyway_schema_history where success and version ~ '^[0-9]+$'")
if [[ "$version" != "$(cat "$dir/schema-version")" ]]; then
  echo "municipality-import.sh: Schemaversion $version der Datenbank passt nicht zur Ausspielung ($(cat "$dir/schema-version"))." >&2
  exit 2
fi

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo "begin;"
  echo "set local session_replication_role = replica;"
  while read -r table; do
    echo "delete from public.\"$table\" where municipality_id = '$key';"
    echo "\\copy public.\"$table\" from '$dir/$table.csv' with (format csv, header)"
  done < "$dir/tables"
  echo "commit;"
} > "$script"
"$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -f "$script"
echo "municipality-import.sh: Kommune $key aus $dir zurückgespielt ($(wc -l < "$dir/tables") Tabellen)."
