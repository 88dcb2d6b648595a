-- Aufenthalt (Baustein 3): Aufenthaltsstatus je Klient*in mit vollständiger Änderungshistorie und die
-- Angaben, die die Perspektivhinweise brauchen. Mandantentrennung wie bei den Klient*innen (RLS).

CREATE TABLE residence_status (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    client_id       uuid        NOT NULL,
    type            text        NOT NULL CHECK (type IN ('GESTATTUNG', 'DULDUNG', 'TEMPORARY_PROTECTION_24', 'PERMIT_25_1',
                                    'PERMIT_25_2', 'PERMIT_25_3', 'PERMIT_25_5', 'PERMIT_25A', 'PERMIT_25B', 'OPPORTUNITY_104C',
                                    'OTHER_PERMIT', 'SETTLEMENT_PERMIT', 'EU_LONG_TERM', 'EU_FREE_MOVEMENT', 'BLUE_CARD',
                                    'GERMAN_CITIZEN')),
    valid_from      date        NOT NULL,
    valid_until     date,
    issuing_office  text        CHECK (length(issuing_office) <= 200),
    conditions      text        CHECK (length(conditions) <= 2000),
    may_overlap     boolean     NOT NULL DEFAULT false,
    deleted         boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL,
    updated_by      text        NOT NULL,
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, client_id) REFERENCES client (municipality_id, id),
    CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
COMMENT ON TABLE residence_status IS 'Aufenthaltsstatus einer Klientin / eines Klienten (Gestattung, Duldung, Aufenthaltserlaubnis …) mit Gültigkeit; gelöschte bleiben als gelöscht markiert erhalten';
COMMENT ON COLUMN residence_status.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN residence_status.id IS 'Kennung';
COMMENT ON COLUMN residence_status.client_id IS 'Klient*in';
COMMENT ON COLUMN residence_status.type IS 'Art des Status (API.md „Residence“), z. B. DULDUNG (§ 60a AufenthG), PERMIT_25B, SETTLEMENT_PERMIT';
COMMENT ON COLUMN residence_status.valid_from IS 'gültig ab';
COMMENT ON COLUMN residence_status.valid_until IS 'gültig bis (leer: unbefristet)';
COMMENT ON COLUMN residence_status.issuing_office IS 'ausstellende Behörde';
COMMENT ON COLUMN residence_status.conditions IS 'Auflagen und Nebenbestimmungen (z. B. Wohnsitzauflage, Erwerbstätigkeit gestattet)';
COMMENT ON COLUMN residence_status.may_overlap IS 'darf sich mit anderen Status überschneiden (z. B. Fiktionsbescheinigung neben altem Titel)';
COMMENT ON COLUMN residence_status.deleted IS 'gelöscht (bleibt mit Historie erhalten, zählt nicht mehr)';
COMMENT ON COLUMN residence_status.created_at IS 'angelegt am';
COMMENT ON COLUMN residence_status.created_by IS 'angelegt von (Anmeldename); erhält die Erinnerungen';
COMMENT ON COLUMN residence_status.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN residence_status.updated_by IS 'zuletzt geändert von (Anmeldename)';
COMMENT ON COLUMN residence_status.version IS 'Version für optimistisches Sperren';
CREATE INDEX residence_status_client ON residence_status (municipality_id, client_id, valid_from);
CREATE INDEX residence_status_expiry ON residence_status (municipality_id, valid_until) WHERE NOT deleted;

CREATE TABLE residence_status_revision (
    municipality_id text        NOT NULL,
    status_id       uuid        NOT NULL,
    revision        integer     NOT NULL,
    change          text        NOT NULL CHECK (change IN ('CREATE', 'UPDATE', 'DELETE')),
    type            text        NOT NULL,
    valid_from      date        NOT NULL,
    valid_until     date,
    issuing_office  text,
    conditions      text,
    may_overlap     boolean     NOT NULL,
    changed_at      timestamptz NOT NULL,
    changed_by      text        NOT NULL,
    PRIMARY KEY (municipality_id, status_id, revision),
    FOREIGN KEY (municipality_id, status_id) REFERENCES residence_status (municipality_id, id)
);
COMMENT ON TABLE residence_status_revision IS 'Historie eines Aufenthaltsstatus: jeder Stand nach Anlegen, Ändern und Löschen (nichts geht verloren)';
COMMENT ON COLUMN residence_status_revision.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN residence_status_revision.status_id IS 'Aufenthaltsstatus';
COMMENT ON COLUMN residence_status_revision.revision IS 'laufende Nummer ab 0 (= Version des Status nach der Änderung)';
COMMENT ON COLUMN residence_status_revision.change IS 'CREATE, UPDATE oder DELETE';
COMMENT ON COLUMN residence_status_revision.type IS 'Art des Status in diesem Stand';
COMMENT ON COLUMN residence_status_revision.valid_from IS 'gültig ab in diesem Stand';
COMMENT ON COLUMN residence_status_revision.valid_until IS 'gültig bis in diesem Stand';
COMMENT ON COLUMN residence_status_revision.issuing_office IS 'ausstellende Behörde in diesem Stand';
COMMENT ON COLUMN residence_status_revision.conditions IS 'Auflagen in diesem Stand';
COMMENT ON COLUMN residence_status_revision.may_overlap IS 'Überschneidung erlaubt in diesem Stand';
COMMENT ON COLUMN residence_status_revision.changed_at IS 'geändert am';
COMMENT ON COLUMN residence_status_revision.changed_by IS 'geändert von (Anmeldename)';

CREATE TABLE residence_facts (
    municipality_id     text        NOT NULL,
    client_id           uuid        NOT NULL,
    school_attendance   text        NOT NULL DEFAULT 'UNKNOWN' CHECK (school_attendance IN ('UNKNOWN', 'NONE', 'ONGOING', 'COMPLETED')),
    language_level      text        CHECK (language_level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    language_level_on   date,
    livelihood_secured  text        NOT NULL DEFAULT 'UNKNOWN' CHECK (livelihood_secured IN ('UNKNOWN', 'YES', 'NO')),
    minor_children      text        NOT NULL DEFAULT 'UNKNOWN' CHECK (minor_children IN ('UNKNOWN', 'YES', 'NO')),
    criminal_record     text        NOT NULL DEFAULT 'UNKNOWN' CHECK (criminal_record IN ('UNKNOWN', 'NONE', 'RELEVANT')),
    updated_at          timestamptz NOT NULL,
    updated_by          text        NOT NULL,
    version             integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, client_id),
    FOREIGN KEY (municipality_id, client_id) REFERENCES client (municipality_id, id),
    CHECK ((language_level IS NULL) = (language_level_on IS NULL))
);
COMMENT ON TABLE residence_facts IS 'Angaben für die Perspektivhinweise (das Einreisedatum steht bei der Klientin / dem Klienten)';
COMMENT ON COLUMN residence_facts.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN residence_facts.client_id IS 'Klient*in';
COMMENT ON COLUMN residence_facts.school_attendance IS 'Schulbesuch in Deutschland: UNKNOWN, NONE, ONGOING (läuft), COMPLETED (3 Jahre erfolgreich oder anerkannter Abschluss)';
COMMENT ON COLUMN residence_facts.language_level IS 'nachgewiesenes Deutsch-Sprachniveau (GER A1–C2)';
COMMENT ON COLUMN residence_facts.language_level_on IS 'Datum des Nachweises';
COMMENT ON COLUMN residence_facts.livelihood_secured IS 'Lebensunterhalt überwiegend gesichert: UNKNOWN, YES, NO';
COMMENT ON COLUMN residence_facts.minor_children IS 'lebt mit minderjährigen Kindern: UNKNOWN, YES, NO';
COMMENT ON COLUMN residence_facts.criminal_record IS 'Straftaten: UNKNOWN (unbekannt), NONE (keine), RELEVANT (relevante Verurteilung)';
COMMENT ON COLUMN residence_facts.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN residence_facts.updated_by IS 'zuletzt geändert von (Anmeldename)';
COMMENT ON COLUMN residence_facts.version IS 'Version für optimistisches Sperren';

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['residence_status', 'residence_status_revision', 'residence_facts'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (municipality_id = kim_current_municipality()) '
                       'WITH CHECK (municipality_id = kim_current_municipality())', t || '_tenant', t);
    END LOOP;
END $$;
