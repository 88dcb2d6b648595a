-- Auswertung: vorab verdichtete Kennzahlen je Kommune, Jahr und Monat (ADR 0601).
--
-- Die Statistik wird nie live über alle Fälle gerechnet: ein Auftrag je Kommune und Jahr wird von den
-- Fallereignissen (in derselben Transaktion wie die Änderung) vorgemerkt, eine geplante Aufgabe rechnet
-- die vorgemerkten Kommune-Jahre neu und schreibt nur Zahlen – keine Person, kein Fall.

CREATE TABLE reporting_figure (
    municipality_id text    NOT NULL REFERENCES municipality (key),
    year            integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    month           integer NOT NULL CHECK (month BETWEEN 0 AND 12),
    scope           text    NOT NULL DEFAULT '',
    measure         text    NOT NULL CHECK (length(measure) BETWEEN 1 AND 100),
    value           bigint  NOT NULL CHECK (value >= 0),
    PRIMARY KEY (municipality_id, year, scope, measure, month)
);
COMMENT ON TABLE reporting_figure IS 'Verdichtete Kennzahlen der Auswertung (nur Zahlen): je Kommune, Jahr, Monat, Bereich und Kennzahl; Grundlage aller Statistiken und Dashboards';
COMMENT ON COLUMN reporting_figure.municipality_id IS 'Kommune (Kreisschlüssel)';
COMMENT ON COLUMN reporting_figure.year IS 'Kalenderjahr';
COMMENT ON COLUMN reporting_figure.month IS 'Monat 1–12; 0 = ganzes Jahr';
COMMENT ON COLUMN reporting_figure.scope IS 'leer = ganze Kommune; sonst der eigene Fallbestand einer Fallmanagerin / eines Fallmanagers (Anmeldename), nur für deren eigenes Dashboard';
COMMENT ON COLUMN reporting_figure.measure IS 'Kennzahl, z. B. newCases, closureReason.MOVED_AWAY, need.first.LANGUAGE, ageBand.18_26 (Katalog: docs/benutzerhandbuch/auswertung.md)';
COMMENT ON COLUMN reporting_figure.value IS 'Wert (Anzahl, Minuten oder Tage)';

ALTER TABLE reporting_figure ENABLE ROW LEVEL SECURITY;
ALTER TABLE reporting_figure FORCE ROW LEVEL SECURITY;
CREATE POLICY reporting_figure_read ON reporting_figure FOR SELECT
    USING (municipality_id = kim_current_municipality() OR kim_state_scope());
CREATE POLICY reporting_figure_write ON reporting_figure FOR INSERT
    WITH CHECK (municipality_id = kim_current_municipality());
CREATE POLICY reporting_figure_delete ON reporting_figure FOR DELETE
    USING (municipality_id = kim_current_municipality());

CREATE TABLE reporting_refresh (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    year            integer     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    requested_at    timestamptz,
    refreshed_at    timestamptz,
    PRIMARY KEY (municipality_id, year)
);
COMMENT ON TABLE reporting_refresh IS 'Stand der verdichteten Kennzahlen je Kommune und Jahr: vorgemerkt (von einem Fallereignis) und zuletzt neu berechnet';
COMMENT ON COLUMN reporting_refresh.municipality_id IS 'Kommune (Kreisschlüssel)';
COMMENT ON COLUMN reporting_refresh.year IS 'Kalenderjahr';
COMMENT ON COLUMN reporting_refresh.requested_at IS 'zur Neuberechnung vorgemerkt seit; leer = aktuell';
COMMENT ON COLUMN reporting_refresh.refreshed_at IS 'zuletzt neu berechnet am';

ALTER TABLE reporting_refresh ENABLE ROW LEVEL SECURITY;
ALTER TABLE reporting_refresh FORCE ROW LEVEL SECURITY;
CREATE POLICY reporting_refresh_read ON reporting_refresh FOR SELECT
    USING (municipality_id = kim_current_municipality() OR kim_state_scope());
CREATE POLICY reporting_refresh_write ON reporting_refresh FOR INSERT
    WITH CHECK (municipality_id = kim_current_municipality());
CREATE POLICY reporting_refresh_update ON reporting_refresh FOR UPDATE
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
REVOKE DELETE ON reporting_refresh FROM ${appRole};
