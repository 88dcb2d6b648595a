-- Strukturelle Lücken (Modul network): von Fallmanager*innen gemeldet, ohne personenbezogene Daten.
-- case_id verknüpft nur für die meldende Fallführung; die Koordination erhält ihn nie (ADR 0702).

CREATE TABLE network_gap (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    domain          text        NOT NULL CHECK (domain IN ('RESIDENCE', 'LANGUAGE', 'EDUCATION', 'WORK', 'RECOGNITION',
                                    'HOUSING', 'HEALTH', 'LIVELIHOOD', 'FAMILY', 'PARTICIPATION', 'NATURALISATION')),
    legal_domain    text        CHECK (legal_domain IN ('SGB_II', 'SGB_III', 'SGB_VIII', 'SGB_IX', 'SGB_XII', 'ASYLBLG',
                                    'AUFENTHG', 'STAG', 'BAFOEG', 'OTHER')),
    partner_id      uuid,
    offer_id        uuid,
    description     text        NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    case_id         uuid,
    status          text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_STEERING', 'RESOLVED', 'DISMISSED')),
    resolution      text        CHECK (length(resolution) <= 2000),
    raised_by       text        NOT NULL,
    raised_on       date        NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, partner_id) REFERENCES partner (municipality_id, id)
);
COMMENT ON TABLE network_gap IS 'Strukturelle Lücken im Hilfesystem, aus der Fallarbeit gemeldet; enthalten keine Daten der Klient*innen';
COMMENT ON COLUMN network_gap.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN network_gap.id IS 'Kennung';
COMMENT ON COLUMN network_gap.domain IS 'Handlungsfeld (LifeDomain)';
COMMENT ON COLUMN network_gap.legal_domain IS 'betroffener Rechtskreis';
COMMENT ON COLUMN network_gap.partner_id IS 'betroffener Netzwerkpartner';
COMMENT ON COLUMN network_gap.offer_id IS 'betroffenes Angebot (ohne Fremdschlüssel: ein gelöschtes Angebot lässt die Lücke bestehen)';
COMMENT ON COLUMN network_gap.description IS 'Beschreibung der Lücke, ohne Namen oder Merkmale von Personen';
COMMENT ON COLUMN network_gap.case_id IS 'Fall, aus dem gemeldet wurde; nur für die meldende Person, nie für die Koordination';
COMMENT ON COLUMN network_gap.status IS 'OPEN, IN_STEERING (in der Lenkungsgruppe), RESOLVED (behoben), DISMISSED (verworfen)';
COMMENT ON COLUMN network_gap.resolution IS 'Ergebnis bzw. Begründung bei RESOLVED und DISMISSED';
COMMENT ON COLUMN network_gap.raised_by IS 'gemeldet von (Anmeldename)';
COMMENT ON COLUMN network_gap.raised_on IS 'gemeldet am';
COMMENT ON COLUMN network_gap.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN network_gap.version IS 'Version für optimistisches Sperren';

ALTER TABLE network_gap ENABLE ROW LEVEL SECURITY;
ALTER TABLE network_gap FORCE ROW LEVEL SECURITY;
CREATE POLICY network_gap_tenant ON network_gap
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

CREATE TABLE network_gap_support (
    municipality_id text        NOT NULL,
    gap_id          uuid        NOT NULL,
    username        text        NOT NULL,
    supported_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_id, gap_id, username),
    FOREIGN KEY (municipality_id, gap_id) REFERENCES network_gap (municipality_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE network_gap_support IS 'Bestätigungen ("+1") einer Lücke durch weitere Fallmanager*innen: die Evidenz';
COMMENT ON COLUMN network_gap_support.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN network_gap_support.gap_id IS 'Lücke';
COMMENT ON COLUMN network_gap_support.username IS 'bestätigt von (Anmeldename; je Person höchstens einmal)';
COMMENT ON COLUMN network_gap_support.supported_at IS 'bestätigt am';

ALTER TABLE network_gap_support ENABLE ROW LEVEL SECURITY;
ALTER TABLE network_gap_support FORCE ROW LEVEL SECURITY;
CREATE POLICY network_gap_support_tenant ON network_gap_support
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
