-- Löschkonzept (ADR 0025–0027): Aufbewahrungsfrist je Kommune, Löschläufe als Bericht für die
-- Datenschutzbeauftragte, Sperrung nach Art. 18 DSGVO und anonymisierte Fälle.

CREATE TABLE retention_policy (
    municipality_id text        PRIMARY KEY REFERENCES municipality (key),
    retention_years integer     NOT NULL CHECK (retention_years BETWEEN 1 AND 30),
    legal_basis     text        NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 500),
    changed_at      timestamptz NOT NULL,
    changed_by      text        NOT NULL,
    version         integer     NOT NULL DEFAULT 0
);
COMMENT ON TABLE retention_policy IS 'Aufbewahrungsfrist je Kommune (ohne Zeile gilt die Voreinstellung von 3 Jahren nach Abschluss des letzten Falls)';
COMMENT ON COLUMN retention_policy.municipality_id IS 'Kommune (Kreisschlüssel)';
COMMENT ON COLUMN retention_policy.retention_years IS 'Jahre nach Abschluss des letzten Falls, nach denen die Person gelöscht wird (1–30)';
COMMENT ON COLUMN retention_policy.legal_basis IS 'Grundlage der Frist, z. B. Löschkonzept der Kommune, Art. 5 Abs. 1 lit. e DSGVO, § 84 SGB X';
COMMENT ON COLUMN retention_policy.changed_at IS 'zuletzt geändert am';
COMMENT ON COLUMN retention_policy.changed_by IS 'zuletzt geändert von (Anmeldename)';
COMMENT ON COLUMN retention_policy.version IS 'Version für optimistisches Sperren';

ALTER TABLE retention_policy ENABLE ROW LEVEL SECURITY;
ALTER TABLE retention_policy FORCE ROW LEVEL SECURITY;
CREATE POLICY retention_policy_tenant ON retention_policy
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
REVOKE DELETE ON retention_policy FROM ${appRole};

CREATE TABLE retention_run (
    municipality_id  text        NOT NULL REFERENCES municipality (key),
    id               uuid        NOT NULL,
    as_of            date        NOT NULL,
    dry_run          boolean     NOT NULL,
    retention_years  integer     NOT NULL,
    started_at       timestamptz NOT NULL,
    started_by       text        NOT NULL,
    deleted_clients  integer     NOT NULL CHECK (deleted_clients >= 0),
    anonymised_cases integer     NOT NULL CHECK (anonymised_cases >= 0),
    erased_records   jsonb       NOT NULL DEFAULT '{}',
    PRIMARY KEY (municipality_id, id)
);
COMMENT ON TABLE retention_run IS 'Löschläufe (Löschbericht für die Datenschutzbeauftragte): nur Zahlen, keine personenbezogenen Daten';
COMMENT ON COLUMN retention_run.municipality_id IS 'Kommune (Kreisschlüssel)';
COMMENT ON COLUMN retention_run.id IS 'Kennung des Laufs';
COMMENT ON COLUMN retention_run.as_of IS 'Stichtag: gelöscht wird, wessen letzter Fall vor Stichtag minus Frist abgeschlossen wurde';
COMMENT ON COLUMN retention_run.dry_run IS 'Probelauf: nur gezählt, nichts gelöscht';
COMMENT ON COLUMN retention_run.retention_years IS 'angewandte Aufbewahrungsfrist in Jahren';
COMMENT ON COLUMN retention_run.started_at IS 'gelaufen am';
COMMENT ON COLUMN retention_run.started_by IS 'ausgelöst von (Anmeldename; system = nächtlicher Lauf)';
COMMENT ON COLUMN retention_run.deleted_clients IS 'gelöschte Personen';
COMMENT ON COLUMN retention_run.anonymised_cases IS 'anonymisierte Fälle';
COMMENT ON COLUMN retention_run.erased_records IS 'gelöschte oder anonymisierte Datensätze je Modul, z. B. {"cases": 3, "consents": 2}';

CREATE INDEX retention_run_started ON retention_run (municipality_id, started_at DESC);
ALTER TABLE retention_run ENABLE ROW LEVEL SECURITY;
ALTER TABLE retention_run FORCE ROW LEVEL SECURITY;
CREATE POLICY retention_run_tenant ON retention_run
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
REVOKE UPDATE, DELETE ON retention_run FROM ${appRole};

-- Sperrung (Art. 18 DSGVO): die Person bleibt gespeichert, ist aber für die normalen Rollen verborgen.
ALTER TABLE client ADD COLUMN restricted_at timestamptz;
ALTER TABLE client ADD COLUMN restricted_by text;
ALTER TABLE client ADD COLUMN restriction_reason text CHECK (length(restriction_reason) <= 500);
ALTER TABLE client ADD CONSTRAINT client_restriction_complete
    CHECK ((restricted_at IS NULL) = (restricted_by IS NULL));
COMMENT ON COLUMN client.restricted_at IS 'gesperrt seit (Art. 18 DSGVO); gesperrte Personen sehen nur kommunale Administrator*innen';
COMMENT ON COLUMN client.restricted_by IS 'gesperrt von (Anmeldename)';
COMMENT ON COLUMN client.restriction_reason IS 'Grund der Sperrung (ohne Gesundheits- oder andere besondere Daten)';
CREATE INDEX client_restricted ON client (municipality_id) WHERE restricted_at IS NOT NULL;

-- Öffentliche Abfrage des Moduls Klient*innen für die Sichtbarkeitsregeln anderer Module (ADR 0027).
CREATE FUNCTION kim_client_restricted(p_municipality text, p_client uuid) RETURNS boolean
    LANGUAGE sql STABLE
AS $$ SELECT EXISTS (SELECT 1 FROM client WHERE municipality_id = p_municipality AND id = p_client AND restricted_at IS NOT NULL) $$;
COMMENT ON FUNCTION kim_client_restricted(text, uuid) IS 'Ist die Person gesperrt (Art. 18 DSGVO)? Für Sichtbarkeitsregeln anderer Module';

-- Anonymisierte Fälle: nach Ablauf der Frist bleibt der Fall ohne Person und ohne Freitext für die Statistik.
ALTER TABLE case_file ALTER COLUMN client_id DROP NOT NULL;
ALTER TABLE case_file ADD COLUMN anonymised_at timestamptz;
ALTER TABLE case_file ADD CONSTRAINT case_file_person_or_anonymised
    CHECK ((client_id IS NULL) = (anonymised_at IS NOT NULL));
COMMENT ON COLUMN case_file.anonymised_at IS 'anonymisiert am (Löschkonzept): Person und Freitexte entfernt, Zahlen für die Statistik bleiben';
