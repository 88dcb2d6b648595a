#!/usr/bin/env bash
# Spielt die Daten EINER Kommune aus (alle Tabellen mit municipality_id, je eine CSV-Datei) –
# docs/betrieb/README.md, Abschnitt 6 „Einzelne Kommune“.
#
#   ops/municipality-export.sh KREISSCHLUESSEL ZIELVERZEICHNIS
#
# Verbindung über PGHOST, PGPORT, PGUSER (Superuser oder kim_backup), PGDATABASE, PGPASSWORD.
# Das Verzeichnis enthält personenbezogene Daten: verschlüsselt und zugriffsgeschützt ablegen.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/17/bin}
key=${1:?Aufruf: municipality-export.sh KREISSCHLUESSEL ZIELVERZEICHNIS}
dir=${2:?Aufruf: municipality-export.sh KREISSCHLUESSEL ZIELVERZEICHNIS}
[[ "$key" =~ ^[0-9]{5}$ ]] || { echo "municipality-export.sh: Kreisschlüssel hat fünf Ziffern, z. B. 05315." >&2; exit 2; }

psql_at() { "$PG_BIN/psql" -X -v ON_ERROR_STOP=1 -At "$@"; }

[[ -n "$(psql_at -c "select 1 from municipality where key = '$key'")" ]] \
  || { echo "municipality-export.sh: Kommune $key gibt es nicht." >&2; exit 2; }
umask 077
mkdir -p "$dir"
psql_at -c "select max(version::int) from flyway_schema_history where success and version ~ '^[0-9]+$'" > "$dir/schema-version"
echo "$key" > "$dir/municipality"
psql_at -c "select table_name from information_schema.columns
            where table_schema = 'public' and column_name = 'municipality_id' order by table_name" > "$dir/tables"
while read -r table; do
  psql_at -c "\\copy (select * from public.\"$table\" where municipality_id = '$key') to '$dir/$table.csv' with (format csv, header)"
done < "$dir/tables"
echo "municipality-export.sh: Kommune $key, $(wc -l < "$dir/tables") Tabellen nach $dir ausgespielt."
