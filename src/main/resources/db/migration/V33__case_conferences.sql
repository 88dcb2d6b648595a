-- Fallkonferenzen (Modul cooperation, ADR 0407). Eine Konferenz legt die Fallführung nur an, wenn eine
-- Einwilligung jeden teilnehmenden Partner mit jeder besprochenen Datenkategorie deckt; je Partner
-- steht die deckende Einwilligung bei der Teilnahme. Protokoll versioniert, Beschlüsse mit Wiedervorlage.

CREATE TABLE case_conference (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    case_id         uuid        NOT NULL,
    client_id       uuid        NOT NULL,
    held_on         date        NOT NULL,
    agenda          text        NOT NULL CHECK (length(agenda) BETWEEN 1 AND 2000),
    data_categories text[]      NOT NULL CHECK (cardinality(data_categories) > 0),
    minutes         text        CHECK (length(minutes) <= 20000),
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL,
    updated_by      text        NOT NULL,
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, case_id) REFERENCES case_file (municipality_id, id)
);
COMMENT ON TABLE case_conference IS 'Fallkonferenzen eines Falls mit Partnern, gedeckt durch Einwilligungen';
COMMENT ON COLUMN case_conference.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN case_conference.id IS 'Kennung';
COMMENT ON COLUMN case_conference.case_id IS 'Fall';
COMMENT ON COLUMN case_conference.client_id IS 'betroffene Person';
COMMENT ON COLUMN case_conference.held_on IS 'Tag der Konferenz';
COMMENT ON COLUMN case_conference.agenda IS 'Tagesordnung (höchstens 2.000 Zeichen)';
COMMENT ON COLUMN case_conference.data_categories IS 'besprochene (an die Partner übermittelte) Datenkategorien';
COMMENT ON COLUMN case_conference.minutes IS 'aktuelles Protokoll (frühere Fassungen in case_conference_minutes)';
COMMENT ON COLUMN case_conference.created_at IS 'angelegt am';
COMMENT ON COLUMN case_conference.created_by IS 'angelegt von (Anmeldename)';
COMMENT ON COLUMN case_conference.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN case_conference.updated_by IS 'zuletzt geändert von (Anmeldename)';
COMMENT ON COLUMN case_conference.version IS 'Version für optimistisches Sperren (steigt mit jeder Protokollfassung)';
CREATE INDEX case_conference_case ON case_conference (municipality_id, case_id, held_on DESC);

CREATE TABLE case_conference_participant (
    municipality_id text    NOT NULL,
    conference_id   uuid    NOT NULL,
    position        integer NOT NULL,
    partner_id      uuid,
    consent_id      uuid,
    name            text    CHECK (length(name) BETWEEN 1 AND 200),
    PRIMARY KEY (municipality_id, conference_id, position),
    FOREIGN KEY (municipality_id, conference_id) REFERENCES case_conference (municipality_id, id) ON DELETE CASCADE,
    FOREIGN KEY (municipality_id, partner_id) REFERENCES partner (municipality_id, id),
    FOREIGN KEY (municipality_id, consent_id) REFERENCES consent (municipality_id, id),
    CHECK ((partner_id IS NOT NULL AND consent_id IS NOT NULL AND name IS NULL)
        OR (partner_id IS NULL AND consent_id IS NULL AND name IS NOT NULL))
);
COMMENT ON TABLE case_conference_participant IS 'Teilnehmende: Netzwerkpartner (mit deckender Einwilligung) oder interne Personen (mit Namen)';
COMMENT ON COLUMN case_conference_participant.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN case_conference_participant.conference_id IS 'Fallkonferenz';
COMMENT ON COLUMN case_conference_participant.position IS 'Reihenfolge';
COMMENT ON COLUMN case_conference_participant.partner_id IS 'teilnehmender Netzwerkpartner';
COMMENT ON COLUMN case_conference_participant.consent_id IS 'Einwilligung, die die Übermittlung an den Partner deckte';
COMMENT ON COLUMN case_conference_participant.name IS 'interne teilnehmende Person (Name)';

CREATE TABLE case_conference_minutes (
    municipality_id text        NOT NULL,
    conference_id   uuid        NOT NULL,
    version         integer     NOT NULL,
    text            text        NOT NULL CHECK (length(text) <= 20000),
    written_at      timestamptz NOT NULL,
    written_by      text        NOT NULL,
    PRIMARY KEY (municipality_id, conference_id, version),
    FOREIGN KEY (municipality_id, conference_id) REFERENCES case_conference (municipality_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE case_conference_minutes IS 'alle Fassungen des Protokolls einer Fallkonferenz';
COMMENT ON COLUMN case_conference_minutes.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN case_conference_minutes.conference_id IS 'Fallkonferenz';
COMMENT ON COLUMN case_conference_minutes.version IS 'Fassung (Version der Konferenz nach dem Speichern)';
COMMENT ON COLUMN case_conference_minutes.text IS 'Protokolltext';
COMMENT ON COLUMN case_conference_minutes.written_at IS 'gespeichert am';
COMMENT ON COLUMN case_conference_minutes.written_by IS 'gespeichert von (Anmeldename)';

CREATE TABLE case_conference_decision (
    municipality_id text        NOT NULL,
    id              uuid        NOT NULL,
    conference_id   uuid        NOT NULL,
    text            text        NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    responsible     text        NOT NULL CHECK (length(responsible) BETWEEN 1 AND 200),
    due_on          date        NOT NULL,
    follow_up_id    uuid        NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, conference_id) REFERENCES case_conference (municipality_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE case_conference_decision IS 'Beschlüsse einer Fallkonferenz; jeder legt eine Wiedervorlage am Fall an';
COMMENT ON COLUMN case_conference_decision.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN case_conference_decision.id IS 'Kennung';
COMMENT ON COLUMN case_conference_decision.conference_id IS 'Fallkonferenz';
COMMENT ON COLUMN case_conference_decision.text IS 'Beschluss';
COMMENT ON COLUMN case_conference_decision.responsible IS 'verantwortlich (Name oder Stelle)';
COMMENT ON COLUMN case_conference_decision.due_on IS 'zu erledigen bis';
COMMENT ON COLUMN case_conference_decision.follow_up_id IS 'Wiedervorlage am Fall';
COMMENT ON COLUMN case_conference_decision.created_at IS 'beschlossen (erfasst) am';
COMMENT ON COLUMN case_conference_decision.created_by IS 'erfasst von (Anmeldename)';
CREATE INDEX case_conference_decision_conf ON case_conference_decision (municipality_id, conference_id, created_at);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['case_conference', 'case_conference_participant', 'case_conference_minutes',
                             'case_conference_decision'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (municipality_id = kim_current_municipality())'
                       ' WITH CHECK (municipality_id = kim_current_municipality())', t || '_tenant', t);
    END LOOP;
END $$;
