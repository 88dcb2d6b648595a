-- Auswertung: Schlüssel für die Pseudonyme des Evaluationsauszugs (ADR 0605).
-- Der Schlüssel verlässt die Plattform nie; ohne ihn lassen sich die Pseudonyme keiner Person und keinem
-- Fall zuordnen. Ist kim.reporting.pseudonym-key konfiguriert, gilt dieser statt des gespeicherten.

CREATE TABLE reporting_pseudonym_key (
    id         integer     PRIMARY KEY CHECK (id = 1),
    secret     bytea       NOT NULL CHECK (length(secret) >= 32),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE reporting_pseudonym_key IS 'Geheimer Schlüssel (HMAC-SHA256) für die Pseudonyme im Evaluationsauszug; eine Zeile, wird nie exportiert';
COMMENT ON COLUMN reporting_pseudonym_key.id IS 'immer 1';
COMMENT ON COLUMN reporting_pseudonym_key.secret IS 'Schlüssel (mindestens 32 Byte, zufällig erzeugt)';
COMMENT ON COLUMN reporting_pseudonym_key.created_at IS 'erzeugt am';
REVOKE UPDATE, DELETE ON reporting_pseudonym_key FROM ${appRole};
