-- Der zuletzt gegebene Perspektivhinweis je Person und Weg mit der verwendeten Regelfassung: Grundlage
-- der aggregierten Zahlen (Hinweise je Weg und Status) und Nachweis, nach welcher Fassung er entstand.

CREATE TABLE perspective_hint (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    client_id       uuid        NOT NULL,
    route           text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('LIKELY', 'CHECK', 'NOT_YET')),
    rules_version   text        NOT NULL,
    evaluated_on    date        NOT NULL,
    evaluated_at    timestamptz NOT NULL,
    PRIMARY KEY (municipality_id, client_id, route),
    FOREIGN KEY (municipality_id, client_id) REFERENCES client (municipality_id, id)
);
COMMENT ON TABLE perspective_hint IS 'zuletzt gegebener Perspektivhinweis je Person und Weg (ohne Begründungstexte; die ergeben sich aus Fassung und Angaben)';
COMMENT ON COLUMN perspective_hint.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN perspective_hint.client_id IS 'Klient*in';
COMMENT ON COLUMN perspective_hint.route IS 'Weg, z. B. AUFENTHG_25B';
COMMENT ON COLUMN perspective_hint.status IS 'LIKELY, CHECK oder NOT_YET';
COMMENT ON COLUMN perspective_hint.rules_version IS 'verwendete Regelfassung (perspective_rule.rules_version)';
COMMENT ON COLUMN perspective_hint.evaluated_on IS 'Stichtag der Auswertung';
COMMENT ON COLUMN perspective_hint.evaluated_at IS 'Zeitpunkt der Auswertung';

ALTER TABLE perspective_hint ENABLE ROW LEVEL SECURITY;
ALTER TABLE perspective_hint FORCE ROW LEVEL SECURITY;
CREATE POLICY perspective_hint_tenant ON perspective_hint
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
