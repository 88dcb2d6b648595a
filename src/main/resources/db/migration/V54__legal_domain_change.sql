-- Rechtskreiswechsel (ADR 0505): welcher Leistungsträger zu einem Aufenthaltsstatus gehört, als datierte
-- Daten mit Quelle; die Übergabe-Checkliste je Wechsel als Daten; jeder erkannte Wechsel je Person.

CREATE TABLE benefit_responsibility (
    residence_type text NOT NULL,
    valid_from     date NOT NULL,
    valid_to       date,
    legal_domain   text NOT NULL CHECK (legal_domain IN ('ASYLBLG', 'SGB_II')),
    legal_source   text NOT NULL,
    note           text,
    PRIMARY KEY (residence_type, valid_from),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
COMMENT ON TABLE benefit_responsibility IS 'Zuständiger Rechtskreis für existenzsichernde Leistungen je Aufenthaltsstatus (vereinfachte Regel für den Hinweis; Einzelfall prüft der Leistungsträger)';
COMMENT ON COLUMN benefit_responsibility.residence_type IS 'Art des Aufenthaltsstatus (residence_status.type)';
COMMENT ON COLUMN benefit_responsibility.valid_from IS 'gilt ab';
COMMENT ON COLUMN benefit_responsibility.valid_to IS 'gilt bis einschließlich (leer: offen)';
COMMENT ON COLUMN benefit_responsibility.legal_domain IS 'ASYLBLG (Leistungsbehörde nach dem Asylbewerberleistungsgesetz) oder SGB_II (Jobcenter)';
COMMENT ON COLUMN benefit_responsibility.legal_source IS 'Rechtsquelle';
COMMENT ON COLUMN benefit_responsibility.note IS 'Anmerkung (z. B. offene Rechtsfragen)';

INSERT INTO benefit_responsibility (residence_type, valid_from, valid_to, legal_domain, legal_source, note) VALUES
('GESTATTUNG', '1993-11-01', NULL, 'ASYLBLG', '§ 1 Abs. 1 Nr. 1 AsylbLG', NULL),
('DULDUNG', '1993-11-01', NULL, 'ASYLBLG', '§ 1 Abs. 1 Nr. 4 AsylbLG', NULL),
('PERMIT_25_5', '1993-11-01', NULL, 'ASYLBLG', '§ 1 Abs. 1 Nr. 3 Buchst. c AsylbLG', NULL),
('TEMPORARY_PROTECTION_24', '1993-11-01', '2022-05-31', 'ASYLBLG', '§ 1 Abs. 1 Nr. 3 Buchst. a AsylbLG a. F.', NULL),
('TEMPORARY_PROTECTION_24', '2022-06-01', NULL, 'SGB_II', '§ 7 SGB II; Rechtskreiswechsel für Geflüchtete aus der Ukraine zum 01.06.2022', 'Bundespläne 2025, nach dem 01.04.2025 Eingereiste wieder dem AsylbLG zuzuordnen, sind nicht eingepflegt (offen)'),
('PERMIT_25_1', '2005-01-01', NULL, 'SGB_II', '§ 7 SGB II', NULL),
('PERMIT_25_2', '2005-01-01', NULL, 'SGB_II', '§ 7 SGB II', NULL),
('PERMIT_25_3', '2005-01-01', NULL, 'SGB_II', '§ 7 SGB II', NULL),
('PERMIT_25A', '2005-01-01', NULL, 'SGB_II', '§ 7 SGB II', NULL),
('PERMIT_25B', '2005-01-01', NULL, 'SGB_II', '§ 7 SGB II', NULL),
('OPPORTUNITY_104C', '2022-12-31', NULL, 'SGB_II', '§ 7 SGB II (Chancen-Aufenthaltsrecht)', 'Zuordnung bitte im Einzelfall mit dem Leistungsträger prüfen'),
('OTHER_PERMIT', '2005-01-01', NULL, 'SGB_II', '§ 7 SGB II (je nach Aufenthaltszweck ausgeschlossen, § 7 Abs. 1 Satz 2 SGB II)', NULL),
('SETTLEMENT_PERMIT', '2005-01-01', NULL, 'SGB_II', '§ 7 SGB II', NULL),
('EU_LONG_TERM', '2005-01-01', NULL, 'SGB_II', '§ 7 SGB II', NULL),
('BLUE_CARD', '2005-01-01', NULL, 'SGB_II', '§ 7 SGB II', NULL),
('EU_FREE_MOVEMENT', '2005-01-01', NULL, 'SGB_II', '§ 7 SGB II (Ausschlüsse nach § 7 Abs. 1 Satz 2 SGB II prüfen)', NULL),
('GERMAN_CITIZEN', '2005-01-01', NULL, 'SGB_II', '§ 7 SGB II', NULL);

CREATE TABLE legal_domain_checklist (
    from_domain text    NOT NULL,
    to_domain   text    NOT NULL,
    position    integer NOT NULL,
    item        text    NOT NULL CHECK (length(item) BETWEEN 1 AND 500),
    PRIMARY KEY (from_domain, to_domain, position)
);
COMMENT ON TABLE legal_domain_checklist IS 'Übergabe-Checkliste je Rechtskreiswechsel, damit niemand zwischen zwei Leistungsträgern in eine Lücke fällt';
COMMENT ON COLUMN legal_domain_checklist.from_domain IS 'bisheriger Rechtskreis';
COMMENT ON COLUMN legal_domain_checklist.to_domain IS 'neuer Rechtskreis';
COMMENT ON COLUMN legal_domain_checklist.position IS 'Reihenfolge';
COMMENT ON COLUMN legal_domain_checklist.item IS 'Schritt der Übergabe';

INSERT INTO legal_domain_checklist (from_domain, to_domain, position, item) VALUES
('ASYLBLG', 'SGB_II', 1, 'Antrag auf Leistungen nach dem SGB II beim Jobcenter stellen – möglichst sofort nach Erteilung des neuen Titels.'),
('ASYLBLG', 'SGB_II', 2, 'Leistungsbehörde nach dem AsylbLG über den neuen Status informieren und das Ende der Leistungen mit dem Beginn der SGB-II-Leistungen abstimmen.'),
('ASYLBLG', 'SGB_II', 3, 'Krankenversicherung klären: Anmeldung bei einer gesetzlichen Krankenkasse.'),
('ASYLBLG', 'SGB_II', 4, 'Unterkunft klären: Kosten der Unterkunft beim Jobcenter, gegebenenfalls Auszug aus der Gemeinschaftsunterkunft.'),
('ASYLBLG', 'SGB_II', 5, 'Sprachkurs, Anerkennung und Arbeitsvermittlung mit dem Jobcenter abstimmen.'),
('SGB_II', 'ASYLBLG', 1, 'Leistungsbehörde nach dem AsylbLG über den Statuswechsel informieren und Leistungen beantragen.'),
('SGB_II', 'ASYLBLG', 2, 'Jobcenter über den Statuswechsel informieren, damit keine Rückforderung entsteht.'),
('SGB_II', 'ASYLBLG', 3, 'Gesundheitsversorgung nach §§ 4 und 6 AsylbLG klären.');

CREATE TABLE legal_domain_change (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    client_id       uuid        NOT NULL,
    status_id       uuid        NOT NULL,
    from_domain     text        NOT NULL,
    to_domain       text        NOT NULL,
    changes_on      date        NOT NULL,
    follow_ups      integer     NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, client_id) REFERENCES client (municipality_id, id),
    FOREIGN KEY (municipality_id, status_id) REFERENCES residence_status (municipality_id, id)
);
COMMENT ON TABLE legal_domain_change IS 'Erkannte Rechtskreiswechsel einer Person durch einen neuen Aufenthaltsstatus';
COMMENT ON COLUMN legal_domain_change.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN legal_domain_change.id IS 'Kennung';
COMMENT ON COLUMN legal_domain_change.client_id IS 'Klient*in';
COMMENT ON COLUMN legal_domain_change.status_id IS 'neuer Aufenthaltsstatus, der den Wechsel auslöst';
COMMENT ON COLUMN legal_domain_change.from_domain IS 'bisheriger Rechtskreis';
COMMENT ON COLUMN legal_domain_change.to_domain IS 'neuer Rechtskreis';
COMMENT ON COLUMN legal_domain_change.changes_on IS 'ab wann (gültig ab des neuen Status)';
COMMENT ON COLUMN legal_domain_change.follow_ups IS 'Zahl der offenen Fälle, an denen eine Wiedervorlage zur Übergabe angelegt wurde';
COMMENT ON COLUMN legal_domain_change.created_at IS 'erkannt am';
COMMENT ON COLUMN legal_domain_change.created_by IS 'erkannt bei der Erfassung durch (Anmeldename)';

ALTER TABLE legal_domain_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE legal_domain_change FORCE ROW LEVEL SECURITY;
CREATE POLICY legal_domain_change_tenant ON legal_domain_change
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
