-- Fallarbeit: Inhalte der Fallakte – Assessments, Ziele, Beratungskontakte, Wiedervorlagen.
-- Alle hängen an einem Fall desselben Mandanten und werden mit ihm gelöscht (Löschfristen).

CREATE TABLE case_assessment (
    municipality_id text        NOT NULL,
    id              uuid        NOT NULL,
    case_id         uuid        NOT NULL,
    assessed_on     date        NOT NULL,
    assessed_at     timestamptz NOT NULL,
    assessed_by     text        NOT NULL,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, case_id) REFERENCES case_file (municipality_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE case_assessment IS 'Assessments (Bedarfseinschätzungen) eines Falls; jedes neue ergänzt die früheren, damit Fortschritte sichtbar bleiben';
COMMENT ON COLUMN case_assessment.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN case_assessment.id IS 'Kennung';
COMMENT ON COLUMN case_assessment.case_id IS 'Fall';
COMMENT ON COLUMN case_assessment.assessed_on IS 'Datum der Einschätzung';
COMMENT ON COLUMN case_assessment.assessed_at IS 'Zeitpunkt der Erfassung';
COMMENT ON COLUMN case_assessment.assessed_by IS 'erfasst von (Anmeldename)';
CREATE INDEX case_assessment_case ON case_assessment (municipality_id, case_id, assessed_at);

CREATE TABLE case_assessment_domain (
    municipality_id text NOT NULL,
    assessment_id   uuid NOT NULL,
    domain          text NOT NULL CHECK (domain IN ('RESIDENCE', 'LANGUAGE', 'EDUCATION', 'WORK', 'RECOGNITION', 'HOUSING',
                                                    'HEALTH', 'LIVELIHOOD', 'FAMILY', 'PARTICIPATION', 'NATURALISATION')),
    need            text NOT NULL CHECK (need IN ('NONE', 'LOW', 'MEDIUM', 'HIGH')),
    note            text CHECK (length(note) <= 2000),
    PRIMARY KEY (municipality_id, assessment_id, domain),
    FOREIGN KEY (municipality_id, assessment_id) REFERENCES case_assessment (municipality_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE case_assessment_domain IS 'Bedarf je Lebensbereich (Handlungsfeld) in einem Assessment; nicht aufgeführte Bereiche wurden nicht eingeschätzt';
COMMENT ON COLUMN case_assessment_domain.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN case_assessment_domain.assessment_id IS 'Assessment';
COMMENT ON COLUMN case_assessment_domain.domain IS 'Lebensbereich: RESIDENCE, LANGUAGE, EDUCATION, WORK, RECOGNITION, HOUSING, HEALTH, LIVELIHOOD, FAMILY, PARTICIPATION, NATURALISATION';
COMMENT ON COLUMN case_assessment_domain.need IS 'Bedarf: NONE, LOW, MEDIUM, HIGH';
COMMENT ON COLUMN case_assessment_domain.note IS 'Notiz zur Einschätzung (höchstens 2.000 Zeichen)';

CREATE TABLE case_goal (
    municipality_id   text        NOT NULL,
    id                uuid        NOT NULL,
    case_id           uuid        NOT NULL,
    domain            text        NOT NULL CHECK (domain IN ('RESIDENCE', 'LANGUAGE', 'EDUCATION', 'WORK', 'RECOGNITION', 'HOUSING',
                                                             'HEALTH', 'LIVELIHOOD', 'FAMILY', 'PARTICIPATION', 'NATURALISATION')),
    title             text        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    due_on            date,
    status            text        NOT NULL CHECK (status IN ('OPEN', 'ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'DROPPED')),
    created_at        timestamptz NOT NULL,
    created_by        text        NOT NULL,
    status_changed_at timestamptz NOT NULL,
    status_changed_by text        NOT NULL,
    version           integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, case_id) REFERENCES case_file (municipality_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE case_goal IS 'Ziele des Hilfe-/Integrationsplans eines Falls';
COMMENT ON COLUMN case_goal.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN case_goal.id IS 'Kennung';
COMMENT ON COLUMN case_goal.case_id IS 'Fall';
COMMENT ON COLUMN case_goal.domain IS 'Lebensbereich, dem das Ziel dient';
COMMENT ON COLUMN case_goal.title IS 'Ziel in Worten (höchstens 300 Zeichen)';
COMMENT ON COLUMN case_goal.due_on IS 'angestrebt bis (Frist); optional';
COMMENT ON COLUMN case_goal.status IS 'OPEN, ACHIEVED (erreicht), PARTLY_ACHIEVED (teilweise), NOT_ACHIEVED (nicht erreicht), DROPPED (verworfen)';
COMMENT ON COLUMN case_goal.created_at IS 'angelegt am';
COMMENT ON COLUMN case_goal.created_by IS 'angelegt von (Anmeldename)';
COMMENT ON COLUMN case_goal.status_changed_at IS 'Status zuletzt geändert am';
COMMENT ON COLUMN case_goal.status_changed_by IS 'Status zuletzt geändert von (Anmeldename)';
COMMENT ON COLUMN case_goal.version IS 'Version für optimistisches Sperren';
CREATE INDEX case_goal_case ON case_goal (municipality_id, case_id, created_at);
CREATE INDEX case_goal_due ON case_goal (municipality_id, due_on) WHERE status = 'OPEN' AND due_on IS NOT NULL;

CREATE TABLE case_contact (
    municipality_id text        NOT NULL,
    id              uuid        NOT NULL,
    case_id         uuid        NOT NULL,
    contact_on      date        NOT NULL,
    mode            text        NOT NULL CHECK (mode IN ('IN_PERSON', 'PHONE', 'VIDEO', 'MESSAGE')),
    minutes         integer     NOT NULL CHECK (minutes BETWEEN 1 AND 600),
    interpreter     boolean     NOT NULL DEFAULT false,
    note            text        CHECK (length(note) <= 10000),
    recorded_at     timestamptz NOT NULL,
    recorded_by     text        NOT NULL,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, case_id) REFERENCES case_file (municipality_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE case_contact IS 'Beratungskontakte eines Falls; dokumentieren, was geschah, und werden nicht geändert';
COMMENT ON COLUMN case_contact.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN case_contact.id IS 'Kennung';
COMMENT ON COLUMN case_contact.case_id IS 'Fall';
COMMENT ON COLUMN case_contact.contact_on IS 'Tag des Kontakts (nicht in der Zukunft)';
COMMENT ON COLUMN case_contact.mode IS 'Art: IN_PERSON (persönlich), PHONE, VIDEO, MESSAGE (Nachricht)';
COMMENT ON COLUMN case_contact.minutes IS 'Dauer in Minuten (1–600)';
COMMENT ON COLUMN case_contact.interpreter IS 'mit Sprachmittlung / Dolmetschung';
COMMENT ON COLUMN case_contact.note IS 'Gesprächsnotiz (höchstens 10.000 Zeichen)';
COMMENT ON COLUMN case_contact.recorded_at IS 'erfasst am';
COMMENT ON COLUMN case_contact.recorded_by IS 'erfasst von (Anmeldename)';
CREATE INDEX case_contact_case ON case_contact (municipality_id, case_id, contact_on DESC, recorded_at DESC);

CREATE TABLE case_follow_up (
    municipality_id text        NOT NULL,
    id              uuid        NOT NULL,
    case_id         uuid        NOT NULL,
    due_on          date        NOT NULL,
    title           text        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    assigned_to     text        NOT NULL,
    done            boolean     NOT NULL DEFAULT false,
    done_at         timestamptz,
    done_by         text,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, case_id) REFERENCES case_file (municipality_id, id) ON DELETE CASCADE,
    CHECK (done = (done_at IS NOT NULL))
);
COMMENT ON TABLE case_follow_up IS 'Wiedervorlagen: datierte Erinnerungen an einem Fall';
COMMENT ON COLUMN case_follow_up.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN case_follow_up.id IS 'Kennung';
COMMENT ON COLUMN case_follow_up.case_id IS 'Fall';
COMMENT ON COLUMN case_follow_up.due_on IS 'fällig am';
COMMENT ON COLUMN case_follow_up.title IS 'worum es geht (höchstens 300 Zeichen)';
COMMENT ON COLUMN case_follow_up.assigned_to IS 'zuständig (Anmeldename der fallführenden Person beim Anlegen)';
COMMENT ON COLUMN case_follow_up.done IS 'erledigt';
COMMENT ON COLUMN case_follow_up.done_at IS 'erledigt am';
COMMENT ON COLUMN case_follow_up.done_by IS 'erledigt von (Anmeldename)';
COMMENT ON COLUMN case_follow_up.created_at IS 'angelegt am';
COMMENT ON COLUMN case_follow_up.created_by IS 'angelegt von (Anmeldename)';
CREATE INDEX case_follow_up_case ON case_follow_up (municipality_id, case_id, due_on);
CREATE INDEX case_follow_up_open ON case_follow_up (municipality_id, assigned_to, due_on) WHERE NOT done;

ALTER TABLE case_assessment ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_assessment FORCE ROW LEVEL SECURITY;
CREATE POLICY case_assessment_tenant ON case_assessment
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

ALTER TABLE case_assessment_domain ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_assessment_domain FORCE ROW LEVEL SECURITY;
CREATE POLICY case_assessment_domain_tenant ON case_assessment_domain
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

ALTER TABLE case_goal ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_goal FORCE ROW LEVEL SECURITY;
CREATE POLICY case_goal_tenant ON case_goal
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

ALTER TABLE case_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_contact FORCE ROW LEVEL SECURITY;
CREATE POLICY case_contact_tenant ON case_contact
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

ALTER TABLE case_follow_up ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_follow_up FORCE ROW LEVEL SECURITY;
CREATE POLICY case_follow_up_tenant ON case_follow_up
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
