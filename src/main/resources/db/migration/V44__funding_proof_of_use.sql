-- Förderung, Teil 5: der Verwendungsnachweis als Vorgang (Entwurf → eingereicht → geprüft).
--
-- Die Berechnung (Stellen, Beträge, Regeln) wird beim Speichern festgehalten und beim Einreichen
-- eingefroren; die Bewilligungsbehörde prüft mit Bemerkungen.

CREATE TABLE funding_proof_of_use (
    municipality_id   text          NOT NULL REFERENCES municipality (key),
    id                uuid          NOT NULL,
    year              integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status            text          NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'CHECKED')),
    guideline_version text          NOT NULL,
    eligible          numeric(12,2) NOT NULL CHECK (eligible >= 0),
    paid              numeric(12,2) NOT NULL CHECK (paid >= 0),
    repayment         numeric(12,2) NOT NULL CHECK (repayment >= 0),
    underpayment      numeric(12,2) NOT NULL CHECK (underpayment >= 0),
    computation       jsonb         NOT NULL,
    factual_report    text          CHECK (length(factual_report) <= 20000),
    remarks           text          CHECK (length(remarks) <= 5000),
    submitted_on      date,
    checked_on        date,
    checked_by        text,
    version           integer       NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    created_by        text          NOT NULL,
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_id, id),
    UNIQUE (municipality_id, year)
);
COMMENT ON TABLE funding_proof_of_use IS 'Verwendungsnachweis einer Kommune für ein Förderjahr: zahlenmäßiger Nachweis (festgehaltene Berechnung) und Sachbericht; Entwurf → eingereicht → geprüft';
COMMENT ON COLUMN funding_proof_of_use.municipality_id IS 'Mandant (Zuwendungsempfängerin)';
COMMENT ON COLUMN funding_proof_of_use.id IS 'Kennung';
COMMENT ON COLUMN funding_proof_of_use.year IS 'Förderjahr';
COMMENT ON COLUMN funding_proof_of_use.status IS 'DRAFT (Entwurf), SUBMITTED (eingereicht), CHECKED (von der Bewilligungsbehörde geprüft)';
COMMENT ON COLUMN funding_proof_of_use.guideline_version IS 'Richtlinienfassung, nach der berechnet wurde';
COMMENT ON COLUMN funding_proof_of_use.eligible IS 'förderfähiger Betrag in Euro';
COMMENT ON COLUMN funding_proof_of_use.paid IS 'ausgezahlter Betrag in Euro (Zeitpunkt der Berechnung)';
COMMENT ON COLUMN funding_proof_of_use.repayment IS 'Rückforderung in Euro (ausgezahlt minus förderfähig, wenn positiv)';
COMMENT ON COLUMN funding_proof_of_use.underpayment IS 'Nachzahlung in Euro (förderfähig minus ausgezahlt, wenn positiv)';
COMMENT ON COLUMN funding_proof_of_use.computation IS 'festgehaltene Berechnung je Stelle und Baustein mit Regeln (JSON)';
COMMENT ON COLUMN funding_proof_of_use.factual_report IS 'Sachbericht der Kommune';
COMMENT ON COLUMN funding_proof_of_use.remarks IS 'Prüfbemerkungen der Bewilligungsbehörde';
COMMENT ON COLUMN funding_proof_of_use.submitted_on IS 'eingereicht am';
COMMENT ON COLUMN funding_proof_of_use.checked_on IS 'geprüft am';
COMMENT ON COLUMN funding_proof_of_use.checked_by IS 'geprüft von (Anmeldename)';
COMMENT ON COLUMN funding_proof_of_use.version IS 'Version für optimistisches Sperren';
COMMENT ON COLUMN funding_proof_of_use.created_at IS 'angelegt am';
COMMENT ON COLUMN funding_proof_of_use.created_by IS 'angelegt von';
COMMENT ON COLUMN funding_proof_of_use.updated_at IS 'zuletzt geändert am';

ALTER TABLE funding_proof_of_use ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_proof_of_use FORCE ROW LEVEL SECURITY;
CREATE POLICY funding_proof_of_use_read ON funding_proof_of_use FOR SELECT
    USING (municipality_id = kim_current_municipality() OR kim_state_scope());
CREATE POLICY funding_proof_of_use_insert ON funding_proof_of_use FOR INSERT
    WITH CHECK (municipality_id = kim_current_municipality());
CREATE POLICY funding_proof_of_use_update ON funding_proof_of_use FOR UPDATE
    USING (municipality_id = kim_current_municipality() OR kim_state_role('GRANT_OFFICER'))
    WITH CHECK (municipality_id = kim_current_municipality() OR kim_state_role('GRANT_OFFICER'));
REVOKE DELETE ON funding_proof_of_use FROM ${appRole};
