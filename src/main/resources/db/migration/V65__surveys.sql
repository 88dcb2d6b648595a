-- Befragungen (Modul survey): das Ministerium fragt die Kommunen, die Koordinierung antwortet.
--
-- Der Fragebogen (Abschnitte und Fragen) steht als JSON in survey.questionnaire: er wird nur als
-- Ganzes gelesen und geändert, solange die Befragung ein Entwurf ist; nach dem Versand ist er
-- eingefroren (ADR 0611). Antworten sind Zeilen der Kommune (Mandant); das Ministerium liest sie über
-- die Landesebene (kim_state_role, V40, ADR 0612). Antworten sind Aussagen der Kommune, keine
-- personenbezogenen Daten.

CREATE TABLE survey (
    id            uuid        PRIMARY KEY,
    title         text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description   text        CHECK (length(description) <= 2000),
    questionnaire jsonb       NOT NULL,
    deadline      date,
    sent_at       timestamptz,
    sent_by       text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text        NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    text        NOT NULL,
    version       integer     NOT NULL DEFAULT 0,
    CHECK ((sent_at IS NULL) = (deadline IS NULL))
);
COMMENT ON TABLE survey IS 'Befragungen des Ministeriums an die Kommunen; Entwurf solange sent_at leer ist';
COMMENT ON COLUMN survey.id IS 'Kennung';
COMMENT ON COLUMN survey.title IS 'Titel, z. B. "Optimierungsbedarfe im KIM"';
COMMENT ON COLUMN survey.description IS 'Einleitungstext für die Kommunen';
COMMENT ON COLUMN survey.questionnaire IS 'Fragebogen: {"sections": [{"title", "questions": [{"id", "kind", "text", "required", "options", "min", "max", "minLabel", "maxLabel"}]}]}';
COMMENT ON COLUMN survey.deadline IS 'Antwortfrist (einschließlich); gesetzt beim Versand';
COMMENT ON COLUMN survey.sent_at IS 'versandt am (NULL = Entwurf)';
COMMENT ON COLUMN survey.sent_by IS 'versandt von';
COMMENT ON COLUMN survey.created_at IS 'angelegt am';
COMMENT ON COLUMN survey.created_by IS 'angelegt von';
COMMENT ON COLUMN survey.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN survey.updated_by IS 'zuletzt geändert von';
COMMENT ON COLUMN survey.version IS 'Version für optimistisches Sperren';

CREATE TABLE survey_recipient (
    survey_id       uuid NOT NULL REFERENCES survey (id),
    municipality_id text NOT NULL REFERENCES municipality (key),
    PRIMARY KEY (survey_id, municipality_id)
);
COMMENT ON TABLE survey_recipient IS 'An welche Kommunen eine Befragung versandt wurde';
COMMENT ON COLUMN survey_recipient.survey_id IS 'Befragung';
COMMENT ON COLUMN survey_recipient.municipality_id IS 'befragte Kommune';
CREATE INDEX survey_recipient_municipality ON survey_recipient (municipality_id);

CREATE TABLE survey_response (
    survey_id       uuid        NOT NULL,
    municipality_id text        NOT NULL,
    answers         jsonb       NOT NULL,
    submitted_at    timestamptz,
    submitted_by    text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text        NOT NULL,
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (survey_id, municipality_id),
    FOREIGN KEY (survey_id, municipality_id) REFERENCES survey_recipient (survey_id, municipality_id)
);
COMMENT ON TABLE survey_response IS 'Antwort einer Kommune auf eine Befragung: Entwurf, bis submitted_at gesetzt ist; änderbar bis zur Frist';
COMMENT ON COLUMN survey_response.survey_id IS 'Befragung';
COMMENT ON COLUMN survey_response.municipality_id IS 'antwortende Kommune (Mandant)';
COMMENT ON COLUMN survey_response.answers IS 'Antworten je Frage-Kennung: Text, Liste von Texten oder Zahl';
COMMENT ON COLUMN survey_response.submitted_at IS 'zuletzt abgegeben am (NULL = Entwurf)';
COMMENT ON COLUMN survey_response.submitted_by IS 'abgegeben von';
COMMENT ON COLUMN survey_response.updated_at IS 'zuletzt gespeichert am';
COMMENT ON COLUMN survey_response.updated_by IS 'zuletzt gespeichert von';
COMMENT ON COLUMN survey_response.version IS 'Version für optimistisches Sperren';

-- Befragung und Empfänger: das Ministerium schreibt und liest alles; eine Kommune liest nur versandte
-- Befragungen, die an sie gingen.
ALTER TABLE survey ENABLE ROW LEVEL SECURITY;
ALTER TABLE survey FORCE ROW LEVEL SECURITY;
CREATE POLICY survey_read ON survey FOR SELECT
    USING (kim_state_role('MINISTRY_ANALYST')
        OR (sent_at IS NOT NULL AND EXISTS (SELECT 1 FROM survey_recipient r
                                            WHERE r.survey_id = survey.id AND r.municipality_id = kim_current_municipality())));
CREATE POLICY survey_insert ON survey FOR INSERT WITH CHECK (kim_state_role('MINISTRY_ANALYST'));
CREATE POLICY survey_update ON survey FOR UPDATE
    USING (kim_state_role('MINISTRY_ANALYST')) WITH CHECK (kim_state_role('MINISTRY_ANALYST'));
REVOKE DELETE ON survey FROM ${appRole};

ALTER TABLE survey_recipient ENABLE ROW LEVEL SECURITY;
ALTER TABLE survey_recipient FORCE ROW LEVEL SECURITY;
CREATE POLICY survey_recipient_read ON survey_recipient FOR SELECT
    USING (kim_state_role('MINISTRY_ANALYST') OR municipality_id = kim_current_municipality());
CREATE POLICY survey_recipient_insert ON survey_recipient FOR INSERT WITH CHECK (kim_state_role('MINISTRY_ANALYST'));
REVOKE UPDATE, DELETE ON survey_recipient FROM ${appRole};

-- Antworten: Mandantenzeilen der Kommune; das Ministerium liest sie über die Landesebene.
ALTER TABLE survey_response ENABLE ROW LEVEL SECURITY;
ALTER TABLE survey_response FORCE ROW LEVEL SECURITY;
CREATE POLICY survey_response_read ON survey_response FOR SELECT
    USING (municipality_id = kim_current_municipality() OR kim_state_role('MINISTRY_ANALYST'));
CREATE POLICY survey_response_insert ON survey_response FOR INSERT WITH CHECK (municipality_id = kim_current_municipality());
CREATE POLICY survey_response_update ON survey_response FOR UPDATE
    USING (municipality_id = kim_current_municipality()) WITH CHECK (municipality_id = kim_current_municipality());
REVOKE DELETE ON survey_response FROM ${appRole};
