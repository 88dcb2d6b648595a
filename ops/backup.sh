#!/usr/bin/env bash
# Logische Sicherung der KIM-Datenbank (pg_dump, Custom-Format) – docs/betrieb/README.md, Abschnitt 6.
#
#   ops/backup.sh ZIELDATEI.dump
#
# Verbindung über die üblichen libpq-Variablen: PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD.
# PGUSER muss alle Mandanten lesen dürfen (Superuser oder kim_backup mit BYPASSRLS).
# PG_BIN: Programme von PostgreSQL in der Version des Servers (Voreinstellung 17).
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/17/bin}
target=${1:?Aufruf: backup.sh ZIELDATEI.dump}

if [[ -e "$target" ]]; then
  echo "backup.sh: $target gibt es schon – bitte einen neuen Namen wählen." >&2
  exit 2
fi

umask 077
"$PG_BIN/pg_dump" --format=custom --exclude-table-data='public.spring_session*' --file="$target.partial"
# das Inhaltsverzeichnis muss lesbar sein, sonst ist die Sicherung unbrauchbar
"$PG_BIN/pg_restore" --list "$target.partial" > /dev/null
mv "$target.partial" "$target"
echo "backup.sh: Sicherung geschrieben: $target ($(stat -c %s "$target") Bytes)"
