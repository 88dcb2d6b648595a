-- Regeln der Perspektivhinweise als Daten (ADR 0502): je Weg (route) datierte Fassungen mit Rechtsquelle
-- und Parametern. Eine Rechtsänderung ist eine neue Zeile mit valid_from, kein neuer Code; alte Hinweise
-- bleiben über ihre Fassung (rules_version) erklärbar. Landesweite Stammdaten ohne Personenbezug.

CREATE TABLE perspective_rule (
    route         text  NOT NULL CHECK (route ~ '^[A-Z0-9_]{2,40}$'),
    rules_version text  NOT NULL CHECK (length(rules_version) BETWEEN 1 AND 60),
    valid_from    date  NOT NULL,
    valid_to      date,
    legal_source  text  NOT NULL CHECK (length(legal_source) BETWEEN 1 AND 500),
    parameters    jsonb NOT NULL DEFAULT '{}',
    note          text,
    PRIMARY KEY (route, rules_version),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
COMMENT ON TABLE perspective_rule IS 'Fassungen der Regeln für Perspektivhinweise (§§ 25a, 25b, 104c, 24 AufenthG, § 10 StAG) mit Gültigkeit, Quelle und Parametern';
COMMENT ON COLUMN perspective_rule.route IS 'Weg: AUFENTHG_25A, AUFENTHG_25B, AUFENTHG_104C, EINBUERGERUNG, AUFENTHG_24';
COMMENT ON COLUMN perspective_rule.rules_version IS 'Bezeichnung der Fassung; jeder Hinweis nennt sie';
COMMENT ON COLUMN perspective_rule.valid_from IS 'gilt für Prüfungen ab diesem Tag';
COMMENT ON COLUMN perspective_rule.valid_to IS 'gilt für Prüfungen bis einschließlich diesem Tag (leer: offen)';
COMMENT ON COLUMN perspective_rule.legal_source IS 'Rechtsquelle (Norm, Fundstelle)';
COMMENT ON COLUMN perspective_rule.parameters IS 'Parameter der benannten Regel, z. B. {"residenceYears": 6}';
COMMENT ON COLUMN perspective_rule.note IS 'Anmerkung zur Fassung (z. B. offene Fragen zum Inkrafttreten)';

INSERT INTO perspective_rule (route, rules_version, valid_from, valid_to, legal_source, parameters, note) VALUES
('AUFENTHG_25A', '25a-2022-12-31', '2022-12-31', NULL,
 '§ 25a Abs. 1 AufenthG i. d. F. des Gesetzes zur Einführung eines Chancen-Aufenthaltsrechts (BGBl. 2022 I S. 2847)',
 '{"minAge": 14, "maxAgeExclusive": 27, "residenceYears": 3, "toleratedMonths": 12, "eligibleStatuses": ["DULDUNG", "OPPORTUNITY_104C"], "toleratedStatuses": ["DULDUNG"], "notCounted": []}',
 'Schulbesuch: 3 Jahre erfolgreich oder anerkannter Abschluss; Integrationsprognose und Ausschlussgründe prüft die Ausländerbehörde'),
('AUFENTHG_25B', '25b-2015-08-01', '2015-08-01', '2022-12-30',
 '§ 25b Abs. 1 AufenthG i. d. F. vom 27.07.2015 (BGBl. 2015 I S. 1386)',
 '{"residenceYears": 8, "residenceYearsWithChildren": 6, "languageLevel": "A2", "eligibleStatuses": ["DULDUNG"], "notCounted": []}', NULL),
('AUFENTHG_25B', '25b-2022-12-31', '2022-12-31', NULL,
 '§ 25b Abs. 1 AufenthG i. d. F. des Gesetzes zur Einführung eines Chancen-Aufenthaltsrechts (BGBl. 2022 I S. 2847)',
 '{"residenceYears": 6, "residenceYearsWithChildren": 4, "languageLevel": "A2", "eligibleStatuses": ["DULDUNG", "OPPORTUNITY_104C"], "notCounted": []}', NULL),
('AUFENTHG_104C', '104c-2022-12-31', '2022-12-31', '2025-12-31',
 '§ 104c AufenthG (Chancen-Aufenthaltsrecht), BGBl. 2022 I S. 2847',
 '{"cutOff": "2022-10-31", "residenceYears": 5, "eligibleStatuses": ["DULDUNG"], "notCounted": []}', NULL),
('AUFENTHG_104C', '104c-ausgelaufen-2026', '2026-01-01', NULL,
 '§ 104c AufenthG, befristet auf drei Jahre ab Inkrafttreten (31.12.2022)',
 '{"expiredOn": "2025-12-31", "eligibleStatuses": ["DULDUNG", "OPPORTUNITY_104C"]}',
 'Genaues Auslaufdatum laut Fachrecherche offen; angenommen 31.12.2025'),
('EINBUERGERUNG', 'StAG-2007', '2007-08-28', '2024-06-26',
 '§ 10 Abs. 1 StAG i. d. F. vor dem Gesetz zur Modernisierung des Staatsangehörigkeitsrechts',
 '{"residenceYears": 8, "languageLevel": "B1", "qualifyingStatuses": ["PERMIT_25_1", "PERMIT_25_2", "PERMIT_25A", "PERMIT_25B", "SETTLEMENT_PERMIT", "EU_LONG_TERM", "EU_FREE_MOVEMENT", "BLUE_CARD"], "checkStatuses": ["OTHER_PERMIT"], "notCounted": ["DULDUNG"]}', NULL),
('EINBUERGERUNG', 'StAG-2024-06-27', '2024-06-27', '2025-10-29',
 '§ 10 Abs. 1 und 3 StAG i. d. F. des Gesetzes zur Modernisierung des Staatsangehörigkeitsrechts (BGBl. 2024 I Nr. 104)',
 '{"residenceYears": 5, "languageLevel": "B1", "specialResidenceYears": 3, "specialLanguageLevel": "C1", "qualifyingStatuses": ["PERMIT_25_1", "PERMIT_25_2", "PERMIT_25A", "PERMIT_25B", "SETTLEMENT_PERMIT", "EU_LONG_TERM", "EU_FREE_MOVEMENT", "BLUE_CARD"], "checkStatuses": ["OTHER_PERMIT"], "notCounted": ["DULDUNG"]}', NULL),
('EINBUERGERUNG', 'StAG-2025-10-30', '2025-10-30', NULL,
 '§ 10 Abs. 1 StAG; Aufhebung der Einbürgerung nach 3 Jahren (§ 10 Abs. 3 Satz 2 StAG a. F.), Bundestagsbeschluss vom 08.10.2025',
 '{"residenceYears": 5, "languageLevel": "B1", "specialRouteAbolished": "2025", "qualifyingStatuses": ["PERMIT_25_1", "PERMIT_25_2", "PERMIT_25A", "PERMIT_25B", "SETTLEMENT_PERMIT", "EU_LONG_TERM", "EU_FREE_MOVEMENT", "BLUE_CARD"], "checkStatuses": ["OTHER_PERMIT"], "notCounted": ["DULDUNG"]}',
 'Inkrafttreten der Aufhebung laut Fachrecherche offen; angenommen 30.10.2025'),
('AUFENTHG_24', 'UkraineAufenthFGV-2024', '2024-02-01', '2025-10-29',
 '§ 24 AufenthG; Ukraine-Aufenthaltserlaubnis-Fortgeltungsverordnung (Fortgeltung bis 04.03.2026)',
 '{"protectionEndsOn": "2026-03-04", "eligibleStatuses": ["TEMPORARY_PROTECTION_24"], "warnMonths": 6}', NULL),
('AUFENTHG_24', 'UkraineAufenthFGV-2025', '2025-10-30', NULL,
 '§ 24 AufenthG; Ukraine-Aufenthaltserlaubnis-Fortgeltungsverordnung, veröffentlicht Oktober 2025 (Fortgeltung bis 04.03.2027)',
 '{"protectionEndsOn": "2027-03-04", "eligibleStatuses": ["TEMPORARY_PROTECTION_24"], "warnMonths": 6}', NULL);
