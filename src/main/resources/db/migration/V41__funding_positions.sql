-- Förderung, Teil 2: Stellenregister mit datierter Historie (Konditionen und Besetzung) und Änderungsverlauf.
--
-- Row-Level Security: die Kommune liest und schreibt nur ihre eigenen Zeilen; Bewilligungsbehörde
-- und Ministerium (kim_state_scope(), ADR 0301) lesen die Zeilen aller Kommunen und schreiben keine.

CREATE TABLE funding_position (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    module          smallint    NOT NULL CHECK (module IN (1, 2, 3)),
    kind            text        NOT NULL CHECK (kind IN ('STAFF', 'ADMIN_ASSISTANCE')),
    started_on      date        NOT NULL,
    version         integer     NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text        NOT NULL,
    PRIMARY KEY (municipality_id, id),
    CHECK (kind = 'STAFF' OR module = 1)
);
COMMENT ON TABLE funding_position IS 'Geförderte Personalstellen einer Kommune (Stellenregister); Konditionen und Besetzung mit Datum in eigenen Tabellen, damit jeder frühere Stand rekonstruierbar ist';
COMMENT ON COLUMN funding_position.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN funding_position.id IS 'Kennung';
COMMENT ON COLUMN funding_position.module IS 'Baustein: 1 Koordination, 2 Case Management, 3 Ausländer- und Einbürgerungsbehörde';
COMMENT ON COLUMN funding_position.kind IS 'STAFF (Fach-/Koordinationsstelle) oder ADMIN_ASSISTANCE (Verwaltungsassistenz, nur Baustein 1)';
COMMENT ON COLUMN funding_position.started_on IS 'Beginn der Stelle: erstes besetzt-ab- oder unbesetzt-ab-Datum';
COMMENT ON COLUMN funding_position.version IS 'Version für optimistisches Sperren (steigt mit jeder Änderung der Konditionen)';
COMMENT ON COLUMN funding_position.created_at IS 'angelegt am';
COMMENT ON COLUMN funding_position.created_by IS 'angelegt von (Anmeldename)';

CREATE TABLE funding_position_terms (
    municipality_id  text         NOT NULL,
    position_id      uuid         NOT NULL,
    seq              integer      NOT NULL,
    valid_from       date         NOT NULL,
    fte              numeric(3,2) NOT NULL CHECK (fte >= 0.05 AND fte <= 1.00 AND mod(fte * 100, 5) = 0),
    employer_name    text         NOT NULL CHECK (length(employer_name) BETWEEN 1 AND 200),
    employer_kind    text         NOT NULL CHECK (employer_kind IN ('MUNICIPALITY', 'TOWN', 'WELFARE_ORG')),
    contract         text         NOT NULL CHECK (contract IN ('PERMANENT', 'FIXED_TERM')),
    fixed_term_until date,
    phase_out        boolean      NOT NULL DEFAULT false,
    recorded_at      timestamptz  NOT NULL DEFAULT now(),
    recorded_by      text         NOT NULL,
    PRIMARY KEY (municipality_id, position_id, seq),
    FOREIGN KEY (municipality_id, position_id) REFERENCES funding_position (municipality_id, id),
    CHECK ((contract = 'FIXED_TERM') = (fixed_term_until IS NOT NULL))
);
COMMENT ON TABLE funding_position_terms IS 'Konditionen einer Stelle ab einem Datum (Stellenumfang, Arbeitgeber, Vertrag, KW-Vermerk); nie überschrieben, eine spätere Erfassung für dasselbe Datum berichtigt eine frühere';
COMMENT ON COLUMN funding_position_terms.municipality_id IS 'Mandant';
COMMENT ON COLUMN funding_position_terms.position_id IS 'Stelle';
COMMENT ON COLUMN funding_position_terms.seq IS 'laufende Nummer der Erfassung je Stelle';
COMMENT ON COLUMN funding_position_terms.valid_from IS 'gilt ab';
COMMENT ON COLUMN funding_position_terms.fte IS 'Stellenumfang in Vollzeitäquivalenten (0,05 bis 1,00 in Schritten von 0,05; unter 0,5 nicht förderfähig)';
COMMENT ON COLUMN funding_position_terms.employer_name IS 'Anstellungsträger, z. B. "Stadt Köln" oder "Caritasverband …"';
COMMENT ON COLUMN funding_position_terms.employer_kind IS 'MUNICIPALITY (Kommune selbst), TOWN (kreisangehörige Gemeinde, Weiterleitung), WELFARE_ORG (Träger der Freien Wohlfahrtspflege, Weiterleitung)';
COMMENT ON COLUMN funding_position_terms.contract IS 'PERMANENT (unbefristet) oder FIXED_TERM (befristet)';
COMMENT ON COLUMN funding_position_terms.fixed_term_until IS 'Befristet bis (nur bei FIXED_TERM)';
COMMENT ON COLUMN funding_position_terms.phase_out IS 'KW-Vermerk (künftig wegfallend)';
COMMENT ON COLUMN funding_position_terms.recorded_at IS 'erfasst am';
COMMENT ON COLUMN funding_position_terms.recorded_by IS 'erfasst von (Anmeldename)';

CREATE TABLE funding_position_staffing (
    municipality_id text        NOT NULL,
    position_id     uuid        NOT NULL,
    seq             integer     NOT NULL,
    from_date       date        NOT NULL,
    state           text        NOT NULL CHECK (state IN ('FILLED', 'VACANT', 'CLOSED')),
    qualification   text        CHECK (qualification IN ('CERTIFIED', 'IN_TRAINING', 'NONE')),
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    recorded_by     text        NOT NULL,
    PRIMARY KEY (municipality_id, position_id, seq),
    FOREIGN KEY (municipality_id, position_id) REFERENCES funding_position (municipality_id, id),
    CHECK (state = 'FILLED' OR qualification IS NULL)
);
COMMENT ON TABLE funding_position_staffing IS 'Besetzungsverlauf: ab einem Datum besetzt, unbesetzt (vakant) oder entfallen; die Folge dieser Änderungen ist die Besetzung über die Zeit';
COMMENT ON COLUMN funding_position_staffing.municipality_id IS 'Mandant';
COMMENT ON COLUMN funding_position_staffing.position_id IS 'Stelle';
COMMENT ON COLUMN funding_position_staffing.seq IS 'laufende Nummer der Erfassung je Stelle';
COMMENT ON COLUMN funding_position_staffing.from_date IS 'ab diesem Tag';
COMMENT ON COLUMN funding_position_staffing.state IS 'FILLED (besetzt), VACANT (unbesetzt), CLOSED (Stelle entfallen)';
COMMENT ON COLUMN funding_position_staffing.qualification IS 'Qualifikation der Stelleninhaberin / des Stelleninhabers im Case Management: CERTIFIED (zertifiziert), IN_TRAINING (in Weiterbildung), NONE (keine); nur bei FILLED';
COMMENT ON COLUMN funding_position_staffing.recorded_at IS 'erfasst am';
COMMENT ON COLUMN funding_position_staffing.recorded_by IS 'erfasst von (Anmeldename)';

CREATE TABLE funding_position_cost (
    municipality_id text          NOT NULL,
    position_id     uuid          NOT NULL,
    year            integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    amount          numeric(12,2) NOT NULL CHECK (amount >= 0),
    recorded_at     timestamptz   NOT NULL DEFAULT now(),
    recorded_by     text          NOT NULL,
    PRIMARY KEY (municipality_id, position_id, year),
    FOREIGN KEY (municipality_id, position_id) REFERENCES funding_position (municipality_id, id)
);
COMMENT ON TABLE funding_position_cost IS 'Tatsächliche Personalkosten einer Stelle in einem Jahr (Verwendungsnachweis): die Pauschale wird höchstens bis zu diesem Betrag anerkannt';
COMMENT ON COLUMN funding_position_cost.municipality_id IS 'Mandant';
COMMENT ON COLUMN funding_position_cost.position_id IS 'Stelle';
COMMENT ON COLUMN funding_position_cost.year IS 'Jahr';
COMMENT ON COLUMN funding_position_cost.amount IS 'tatsächliche Personalkosten in Euro';
COMMENT ON COLUMN funding_position_cost.recorded_at IS 'erfasst am';
COMMENT ON COLUMN funding_position_cost.recorded_by IS 'erfasst von';

CREATE TABLE funding_change (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    entity_type     text        NOT NULL,
    entity_id       uuid        NOT NULL,
    at              timestamptz NOT NULL,
    actor           text        NOT NULL,
    action          text        NOT NULL,
    effective_from  date,
    details         jsonb       NOT NULL DEFAULT '{}',
    PRIMARY KEY (municipality_id, id)
);
COMMENT ON TABLE funding_change IS 'Änderungsverlauf der Förderdaten einer Kommune (Stellen, Anträge, Bescheide, Zahlungen): wer wann was mit welchen neuen Werten geändert hat; nur anfügen';
COMMENT ON COLUMN funding_change.municipality_id IS 'Mandant';
COMMENT ON COLUMN funding_change.id IS 'Kennung';
COMMENT ON COLUMN funding_change.entity_type IS 'Art des Objekts: Position, Application, Notice, Payment, ProofOfUse';
COMMENT ON COLUMN funding_change.entity_id IS 'Kennung des Objekts';
COMMENT ON COLUMN funding_change.at IS 'Zeitpunkt';
COMMENT ON COLUMN funding_change.actor IS 'Anmeldename der handelnden Person';
COMMENT ON COLUMN funding_change.action IS 'z. B. CREATED, TERMS_CHANGED, STAFFING_CHANGED, SUBMITTED, RETURNED, DECIDED, PAID';
COMMENT ON COLUMN funding_change.effective_from IS 'ab wann die Änderung gilt (bei datierten Änderungen)';
COMMENT ON COLUMN funding_change.details IS 'neue Werte (JSON)';
CREATE INDEX funding_change_entity ON funding_change (municipality_id, entity_id, at);

-- Lesen: eigene Kommune oder Landesebene; schreiben: nur die eigene Kommune.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['funding_position', 'funding_position_terms', 'funding_position_staffing', 'funding_position_cost']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (municipality_id = kim_current_municipality() OR kim_state_scope())', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (municipality_id = kim_current_municipality())', t || '_insert', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (municipality_id = kim_current_municipality()) WITH CHECK (municipality_id = kim_current_municipality())', t || '_update', t);
    END LOOP;
END
$$;
-- Die Historie wird nie geändert oder gelöscht.
REVOKE UPDATE, DELETE ON funding_position_terms, funding_position_staffing FROM ${appRole};
REVOKE DELETE ON funding_position FROM ${appRole};

-- Der Änderungsverlauf: Kommune schreibt für sich; die Bewilligungsbehörde schreibt zu Entscheidungen und Zahlungen.
ALTER TABLE funding_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_change FORCE ROW LEVEL SECURITY;
CREATE POLICY funding_change_read ON funding_change FOR SELECT
    USING (municipality_id = kim_current_municipality() OR kim_state_scope());
CREATE POLICY funding_change_insert ON funding_change FOR INSERT
    WITH CHECK (municipality_id = kim_current_municipality() OR kim_state_role('GRANT_OFFICER'));
REVOKE UPDATE, DELETE ON funding_change FROM ${appRole};
