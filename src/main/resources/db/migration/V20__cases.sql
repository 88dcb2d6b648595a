-- Fallarbeit: Fälle und ihr Phasenverlauf.
-- Jeder Fall gehört zur Organisation seiner Fallmanagerin / seines Fallmanagers (Need-to-know, § 35 SGB I).

CREATE TABLE case_file (
    municipality_id   text        NOT NULL REFERENCES municipality (key),
    id                uuid        NOT NULL,
    client_id         uuid        NOT NULL,
    organisation_id   uuid        NOT NULL,
    case_manager      text        NOT NULL,
    case_manager_name text        NOT NULL,
    phase             text        NOT NULL CHECK (phase IN ('INTAKE', 'ASSESSMENT', 'PLANNING', 'IMPLEMENTATION', 'CLOSED')),
    team_shared       boolean     NOT NULL DEFAULT false,
    opened_on         date        NOT NULL,
    closed_on         date,
    closure_reason    text        CHECK (closure_reason IN ('GOALS_ACHIEVED', 'PARTLY_ACHIEVED', 'CLIENT_WITHDREW',
                                                            'MOVED_AWAY', 'TRANSFERRED', 'NO_CONTACT', 'OTHER')),
    closure_note      text        CHECK (length(closure_note) <= 2000),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, client_id) REFERENCES client (municipality_id, id),
    FOREIGN KEY (municipality_id, organisation_id) REFERENCES organisation (municipality_id, id),
    -- abgeschlossen genau dann, wenn Abschlussdatum und -grund gesetzt sind
    CHECK ((phase = 'CLOSED') = (closed_on IS NOT NULL AND closure_reason IS NOT NULL))
);
COMMENT ON TABLE case_file IS 'Fälle (Fallakten) des Case Managements: ein Begleitungsprozess für eine Klientin / einen Klienten; sichtbar nur für die fallführende Person und, wenn für das Team freigegeben, für Fallmanager*innen derselben Organisation';
COMMENT ON COLUMN case_file.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN case_file.id IS 'Kennung des Falls';
COMMENT ON COLUMN case_file.client_id IS 'begleitete Person (Klient*in)';
COMMENT ON COLUMN case_file.organisation_id IS 'Organisation der fallführenden Person; sie ist für den Fall verantwortlich (Wohlfahrtsverbände sind eigene Verantwortliche)';
COMMENT ON COLUMN case_file.case_manager IS 'fallführende Person (Anmeldename)';
COMMENT ON COLUMN case_file.case_manager_name IS 'Anzeigename der fallführenden Person bei Eröffnung';
COMMENT ON COLUMN case_file.phase IS 'Phase: INTAKE (Erstgespräch/Klärung), ASSESSMENT, PLANNING (Hilfe-/Integrationsplanung), IMPLEMENTATION (Umsetzung und Monitoring), CLOSED (Abschluss)';
COMMENT ON COLUMN case_file.team_shared IS 'für das Team freigegeben: Fallmanager*innen derselben Organisation dürfen den Fall sehen und bearbeiten';
COMMENT ON COLUMN case_file.opened_on IS 'eröffnet am';
COMMENT ON COLUMN case_file.closed_on IS 'abgeschlossen am; danach ist der Fall eingefroren (nur noch lesbar)';
COMMENT ON COLUMN case_file.closure_reason IS 'Abschlussgrund: GOALS_ACHIEVED, PARTLY_ACHIEVED, CLIENT_WITHDREW, MOVED_AWAY, TRANSFERRED (nur durch Übergabe), NO_CONTACT, OTHER';
COMMENT ON COLUMN case_file.closure_note IS 'Anmerkung zum Abschluss (höchstens 2.000 Zeichen)';
COMMENT ON COLUMN case_file.created_at IS 'angelegt am (Zeitstempel)';
COMMENT ON COLUMN case_file.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN case_file.version IS 'Version für optimistisches Sperren';

CREATE INDEX case_file_manager ON case_file (municipality_id, case_manager, phase);
CREATE INDEX case_file_team ON case_file (municipality_id, organisation_id, phase) WHERE team_shared;
CREATE INDEX case_file_client ON case_file (municipality_id, client_id);

ALTER TABLE case_file ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_file FORCE ROW LEVEL SECURITY;
CREATE POLICY case_file_tenant ON case_file
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

CREATE TABLE case_phase_change (
    municipality_id text        NOT NULL,
    case_id         uuid        NOT NULL,
    seq             integer     NOT NULL,
    from_phase      text        CHECK (from_phase IN ('INTAKE', 'ASSESSMENT', 'PLANNING', 'IMPLEMENTATION')),
    to_phase        text        NOT NULL CHECK (to_phase IN ('INTAKE', 'ASSESSMENT', 'PLANNING', 'IMPLEMENTATION', 'CLOSED')),
    changed_on      date        NOT NULL,
    changed_at      timestamptz NOT NULL DEFAULT now(),
    changed_by      text        NOT NULL,
    PRIMARY KEY (municipality_id, case_id, seq),
    FOREIGN KEY (municipality_id, case_id) REFERENCES case_file (municipality_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE case_phase_change IS 'Phasenverlauf eines Falls (Eröffnung, jeder Phasenwechsel, Abschluss) – Grundlage für Verweildauern in der Auswertung';
COMMENT ON COLUMN case_phase_change.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN case_phase_change.case_id IS 'Fall';
COMMENT ON COLUMN case_phase_change.seq IS 'laufende Nummer je Fall, ab 1 (Eröffnung)';
COMMENT ON COLUMN case_phase_change.from_phase IS 'vorherige Phase; leer bei Eröffnung';
COMMENT ON COLUMN case_phase_change.to_phase IS 'neue Phase';
COMMENT ON COLUMN case_phase_change.changed_on IS 'Tag des Wechsels';
COMMENT ON COLUMN case_phase_change.changed_at IS 'Zeitpunkt des Wechsels';
COMMENT ON COLUMN case_phase_change.changed_by IS 'wer gewechselt hat (Anmeldename)';

ALTER TABLE case_phase_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_phase_change FORCE ROW LEVEL SECURITY;
CREATE POLICY case_phase_change_tenant ON case_phase_change
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
