-- Auswertung: Protokoll der Evaluationsauszüge (ADR 0605, 0607) und ein Index für die Landesstatistik
-- (ADR 0608).
--
-- Jeder Auszug wird zusätzlich im Audit-Trail jeder Kommune vermerkt; dieses Protokoll ist die Sicht der
-- Landesebene darauf: wer, wann, welcher Zeitraum, welches Format, wie viele Fälle. Keine Person, kein Fall.

CREATE TABLE reporting_extract_log (
    id                uuid        PRIMARY KEY,
    created_at        timestamptz NOT NULL DEFAULT now(),
    requested_by      text        NOT NULL CHECK (length(requested_by) BETWEEN 1 AND 100),
    requested_by_name text        NOT NULL CHECK (length(requested_by_name) BETWEEN 1 AND 200),
    from_year         integer     NOT NULL CHECK (from_year BETWEEN 2000 AND 2100),
    to_year           integer     NOT NULL CHECK (to_year BETWEEN 2000 AND 2100 AND to_year >= from_year),
    format            text        NOT NULL CHECK (format IN ('csv', 'xlsx')),
    case_count        integer     NOT NULL CHECK (case_count >= 0)
);
COMMENT ON TABLE reporting_extract_log IS 'Protokoll der pseudonymisierten Evaluationsauszüge (§ 20 TIntG): wer hat wann welchen Zeitraum in welchem Format abgerufen';
COMMENT ON COLUMN reporting_extract_log.id IS 'Kennung des Auszugs (auch im Audit-Trail der Kommunen)';
COMMENT ON COLUMN reporting_extract_log.created_at IS 'abgerufen am';
COMMENT ON COLUMN reporting_extract_log.requested_by IS 'Anmeldename der abrufenden Person (Ministerium)';
COMMENT ON COLUMN reporting_extract_log.requested_by_name IS 'Name der abrufenden Person';
COMMENT ON COLUMN reporting_extract_log.from_year IS 'Zeitraum von (Jahr)';
COMMENT ON COLUMN reporting_extract_log.to_year IS 'Zeitraum bis (Jahr)';
COMMENT ON COLUMN reporting_extract_log.format IS 'csv oder xlsx';
COMMENT ON COLUMN reporting_extract_log.case_count IS 'Anzahl der Fälle (Zeilen) im Auszug';

ALTER TABLE reporting_extract_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE reporting_extract_log FORCE ROW LEVEL SECURITY;
CREATE POLICY reporting_extract_log_read ON reporting_extract_log FOR SELECT USING (kim_state_role('MINISTRY_ANALYST'));
CREATE POLICY reporting_extract_log_write ON reporting_extract_log FOR INSERT WITH CHECK (kim_state_role('MINISTRY_ANALYST'));
REVOKE UPDATE, DELETE ON reporting_extract_log FROM ${appRole};
CREATE INDEX reporting_extract_log_created ON reporting_extract_log (created_at DESC);

-- Die Landesstatistik liest ein Jahr aller Kommunen (year, scope = ''), nicht eine Kommune: ohne diesen
-- Index wäre das ein Durchlauf über alle Jahre und alle Fallbestände der Fallmanager*innen.
CREATE INDEX reporting_figure_year_scope ON reporting_figure (year, scope) INCLUDE (municipality_id, month, measure, value);
