-- Förderung (Modul funding), Teil 1: Landesebene in Row-Level Security, Förderrichtlinien und Fördersätze.
--
-- Förderdaten sind keine Sozialdaten. Die Kommune pflegt ihre eigenen; Bewilligungsbehörde und
-- Ministerium (ohne Mandant) lesen sie für alle 54 Kommunen. Dafür setzt die Anwendung bei jeder
-- Verbindungsübernahme neben kim.municipality_id auch kim.state_roles: die Landesrollen der
-- angemeldeten Person (z. B. 'GRANT_OFFICER'), für kommunale Personen leer. Siehe ADR 0301.

CREATE FUNCTION kim_state_role(role text) RETURNS boolean
    LANGUAGE sql STABLE
AS $$ SELECT coalesce(role = ANY (string_to_array(nullif(current_setting('kim.state_roles', true), ''), ',')), false) $$;
COMMENT ON FUNCTION kim_state_role(text) IS 'Hat die angemeldete Person die Landesrolle (GRANT_OFFICER = Bewilligungsbehörde, MINISTRY_ANALYST = Ministerium)? Gesetzt von der Anwendung je Verbindung (kim.state_roles); nur für Förderdaten';

CREATE FUNCTION kim_state_scope() RETURNS boolean
    LANGUAGE sql STABLE
AS $$ SELECT kim_state_role('GRANT_OFFICER') OR kim_state_role('MINISTRY_ANALYST') $$;
COMMENT ON FUNCTION kim_state_scope() IS 'Landesebene (Bewilligungsbehörde oder Ministerium): darf Förderdaten aller Kommunen lesen';

CREATE TABLE funding_guideline (
    id                uuid        PRIMARY KEY,
    code              text        NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{2,30}$'),
    title             text        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    legal_reference   text        NOT NULL CHECK (length(legal_reference) BETWEEN 1 AND 300),
    valid_from        date        NOT NULL,
    original_valid_to date,
    rule_set          text        NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        text        NOT NULL,
    CHECK (original_valid_to IS NULL OR original_valid_to >= valid_from)
);
COMMENT ON TABLE funding_guideline IS 'Fassungen der KIM-Förderrichtlinie (Runderlass) mit Geltungsdauer; Verlängerungen in funding_guideline_extension, Fördersätze je Jahr in funding_rate';
COMMENT ON COLUMN funding_guideline.id IS 'Kennung';
COMMENT ON COLUMN funding_guideline.code IS 'Kurzzeichen der Fassung, z. B. KIM-2024; wird in jedem berechneten Betrag genannt';
COMMENT ON COLUMN funding_guideline.title IS 'Titel, z. B. "KIM-Richtlinie 2024"';
COMMENT ON COLUMN funding_guideline.legal_reference IS 'Fundstelle, z. B. "RdErl. MKJFGFI v. 12.12.2024, MBl. NRW. 2024 S. 1229"';
COMMENT ON COLUMN funding_guideline.valid_from IS 'gilt ab';
COMMENT ON COLUMN funding_guideline.original_valid_to IS 'ursprünglich gültig bis (NULL = offen); Verlängerungen stehen in funding_guideline_extension';
COMMENT ON COLUMN funding_guideline.rule_set IS 'Regelwerk im Code, nach dem Beträge berechnet werden (Liste benannter Regeln), z. B. KIM-2024';
COMMENT ON COLUMN funding_guideline.created_at IS 'erfasst am';
COMMENT ON COLUMN funding_guideline.created_by IS 'erfasst von (Anmeldename; "migration" für ausgelieferte Fassungen)';

CREATE TABLE funding_guideline_extension (
    guideline_id    uuid        NOT NULL REFERENCES funding_guideline (id),
    valid_to        date        NOT NULL,
    legal_reference text        NOT NULL CHECK (length(legal_reference) BETWEEN 1 AND 300),
    decided_on      date,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    recorded_by     text        NOT NULL,
    PRIMARY KEY (guideline_id, valid_to)
);
COMMENT ON TABLE funding_guideline_extension IS 'Verlängerungen einer Richtlinienfassung: jede setzt ein neues Ende der Geltungsdauer mit eigener Fundstelle und eigenem Datum; die späteste gilt';
COMMENT ON COLUMN funding_guideline_extension.guideline_id IS 'verlängerte Fassung';
COMMENT ON COLUMN funding_guideline_extension.valid_to IS 'neu gültig bis';
COMMENT ON COLUMN funding_guideline_extension.legal_reference IS 'Fundstelle der Verlängerung';
COMMENT ON COLUMN funding_guideline_extension.decided_on IS 'Datum des Verlängerungserlasses, soweit bekannt';
COMMENT ON COLUMN funding_guideline_extension.recorded_at IS 'erfasst am';
COMMENT ON COLUMN funding_guideline_extension.recorded_by IS 'erfasst von';

CREATE TABLE funding_rate (
    guideline_id          uuid          NOT NULL REFERENCES funding_guideline (id),
    year                  integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    rate_per_fte          numeric(12,2) NOT NULL CHECK (rate_per_fte >= 0),
    admin_assistance_rate numeric(12,2) NOT NULL CHECK (admin_assistance_rate >= 0),
    equipment_per_fte     numeric(12,2) NOT NULL CHECK (equipment_per_fte >= 0),
    updated_at            timestamptz   NOT NULL DEFAULT now(),
    updated_by            text          NOT NULL,
    version               integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (guideline_id, year)
);
COMMENT ON TABLE funding_rate IS 'Fördersätze je Jahr (änderbar durch die Bewilligungsbehörde); jedes Jahr gehört zu genau einer Richtlinienfassung';
COMMENT ON COLUMN funding_rate.guideline_id IS 'Richtlinienfassung, nach der das Jahr abgerechnet wird';
COMMENT ON COLUMN funding_rate.year IS 'Förderjahr';
COMMENT ON COLUMN funding_rate.rate_per_fte IS 'Personalkostenpauschale je VZÄ und Jahr in Euro (alle Bausteine)';
COMMENT ON COLUMN funding_rate.admin_assistance_rate IS 'Pauschale Verwaltungsassistenz (Baustein 1) je 0,5-Stelle und Jahr in Euro';
COMMENT ON COLUMN funding_rate.equipment_per_fte IS 'Arbeitsplatzausstattung je neuer VZÄ, einmalig, in Euro (Baustein 1)';
COMMENT ON COLUMN funding_rate.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN funding_rate.updated_by IS 'zuletzt geändert von';
COMMENT ON COLUMN funding_rate.version IS 'Version für optimistisches Sperren';
CREATE UNIQUE INDEX funding_rate_one_guideline_per_year ON funding_rate (year);

CREATE TABLE funding_guideline_change (
    id           uuid        PRIMARY KEY,
    guideline_id uuid        NOT NULL REFERENCES funding_guideline (id),
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text        NOT NULL,
    action       text        NOT NULL,
    details      jsonb       NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE funding_guideline_change IS 'Änderungsverlauf der Richtlinien und Fördersätze: wer wann was geändert hat';
COMMENT ON COLUMN funding_guideline_change.id IS 'Kennung';
COMMENT ON COLUMN funding_guideline_change.guideline_id IS 'betroffene Richtlinienfassung';
COMMENT ON COLUMN funding_guideline_change.at IS 'Zeitpunkt';
COMMENT ON COLUMN funding_guideline_change.actor IS 'Anmeldename';
COMMENT ON COLUMN funding_guideline_change.action IS 'GUIDELINE_CREATED, EXTENDED, RATES_SET';
COMMENT ON COLUMN funding_guideline_change.details IS 'neue Werte (JSON)';
CREATE INDEX funding_guideline_change_guideline ON funding_guideline_change (guideline_id, at);

-- Die zwei ausgelieferten Fassungen und Sätze (shared/domain/funding-rules.md). Die Sätze 2021–2024 gehören
-- zur Richtlinie 2020 (verlängert bis Ende 2024), 2025–2026 zur Richtlinie 2024.
INSERT INTO funding_guideline (id, code, title, legal_reference, valid_from, original_valid_to, rule_set, created_by) VALUES
    ('6f1c0c1e-2020-4a00-9000-000000002020', 'KIM-2020', 'KIM-Richtlinie 2020',
     'RdErl. MKFFI v. 25.11.2020, MBl. NRW. 2020 S. 751', '2020-07-01', '2022-12-31', 'KIM-2020', 'migration'),
    ('6f1c0c1e-2024-4a00-9000-000000002024', 'KIM-2024', 'KIM-Richtlinie 2024',
     'RdErl. MKJFGFI v. 12.12.2024, MBl. NRW. 2024 S. 1229', '2025-01-01', NULL, 'KIM-2024', 'migration');

INSERT INTO funding_guideline_extension (guideline_id, valid_to, legal_reference, decided_on, recorded_by) VALUES
    ('6f1c0c1e-2020-4a00-9000-000000002020', '2024-12-31',
     'Verlängerung der Geltungsdauer bis 31.12.2024 (Fundstelle von der Bewilligungsbehörde zu ergänzen)', NULL, 'migration');

INSERT INTO funding_rate (guideline_id, year, rate_per_fte, admin_assistance_rate, equipment_per_fte, updated_by) VALUES
    ('6f1c0c1e-2020-4a00-9000-000000002020', 2021, 55000.00, 22500.00, 5700.00, 'migration'),
    ('6f1c0c1e-2020-4a00-9000-000000002020', 2022, 55000.00, 22500.00, 5700.00, 'migration'),
    ('6f1c0c1e-2020-4a00-9000-000000002020', 2023, 57000.00, 22500.00, 5700.00, 'migration'),
    ('6f1c0c1e-2020-4a00-9000-000000002020', 2024, 57000.00, 22500.00, 5700.00, 'migration'),
    ('6f1c0c1e-2024-4a00-9000-000000002024', 2025, 57000.00, 22500.00, 5700.00, 'migration'),
    ('6f1c0c1e-2024-4a00-9000-000000002024', 2026, 57000.00, 22500.00, 5700.00, 'migration');

-- Richtlinien sind Stammdaten des Landes: alle lesen, nur die Bewilligungsbehörde schreibt.
ALTER TABLE funding_guideline ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_guideline FORCE ROW LEVEL SECURITY;
CREATE POLICY funding_guideline_read ON funding_guideline FOR SELECT USING (true);
CREATE POLICY funding_guideline_write ON funding_guideline FOR INSERT WITH CHECK (kim_state_role('GRANT_OFFICER'));

ALTER TABLE funding_guideline_extension ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_guideline_extension FORCE ROW LEVEL SECURITY;
CREATE POLICY funding_guideline_extension_read ON funding_guideline_extension FOR SELECT USING (true);
CREATE POLICY funding_guideline_extension_write ON funding_guideline_extension FOR INSERT WITH CHECK (kim_state_role('GRANT_OFFICER'));

ALTER TABLE funding_rate ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_rate FORCE ROW LEVEL SECURITY;
CREATE POLICY funding_rate_read ON funding_rate FOR SELECT USING (true);
CREATE POLICY funding_rate_insert ON funding_rate FOR INSERT WITH CHECK (kim_state_role('GRANT_OFFICER'));
CREATE POLICY funding_rate_update ON funding_rate FOR UPDATE
    USING (kim_state_role('GRANT_OFFICER')) WITH CHECK (kim_state_role('GRANT_OFFICER'));

ALTER TABLE funding_guideline_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_guideline_change FORCE ROW LEVEL SECURITY;
CREATE POLICY funding_guideline_change_read ON funding_guideline_change FOR SELECT USING (kim_state_scope());
CREATE POLICY funding_guideline_change_write ON funding_guideline_change FOR INSERT WITH CHECK (kim_state_role('GRANT_OFFICER'));
REVOKE UPDATE, DELETE ON funding_guideline_change FROM ${appRole};
