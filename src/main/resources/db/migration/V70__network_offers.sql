-- Angebote der Netzwerkpartner (Modul network): wer bietet was, in welchen Sprachen, wo, mit welcher Wartezeit.
-- Keine personenbezogenen Daten von Klient*innen.

CREATE TABLE network_offer (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    partner_id      uuid        NOT NULL,
    title           text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    domain          text        NOT NULL CHECK (domain IN ('RESIDENCE', 'LANGUAGE', 'EDUCATION', 'WORK', 'RECOGNITION',
                                    'HOUSING', 'HEALTH', 'LIVELIHOOD', 'FAMILY', 'PARTICIPATION', 'NATURALISATION')),
    languages       text[]      NOT NULL DEFAULT '{}',
    target_group    text        CHECK (length(target_group) <= 500),
    location        text        CHECK (length(location) <= 300),
    opening_hours   text        CHECK (length(opening_hours) <= 300),
    capacity        integer     CHECK (capacity >= 0),
    waiting_weeks   integer     CHECK (waiting_weeks BETWEEN 0 AND 520),
    cost            text        CHECK (length(cost) <= 200),
    accessibility   text        CHECK (length(accessibility) <= 500),
    last_checked_on date        NOT NULL,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, partner_id) REFERENCES partner (municipality_id, id)
);
COMMENT ON TABLE network_offer IS 'Angebote der Netzwerkpartner (Kurse, Beratungen, Sprechstunden), von der Koordination aktuell gehalten';
COMMENT ON COLUMN network_offer.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN network_offer.id IS 'Kennung';
COMMENT ON COLUMN network_offer.partner_id IS 'Netzwerkpartner, der das Angebot macht';
COMMENT ON COLUMN network_offer.title IS 'Bezeichnung des Angebots';
COMMENT ON COLUMN network_offer.domain IS 'Handlungsfeld (LifeDomain)';
COMMENT ON COLUMN network_offer.languages IS 'Sprachen des Angebots (ISO 639-1, z. B. ar, uk, tr)';
COMMENT ON COLUMN network_offer.target_group IS 'Zielgruppe';
COMMENT ON COLUMN network_offer.location IS 'Ort bzw. Adresse';
COMMENT ON COLUMN network_offer.opening_hours IS 'Öffnungs- bzw. Kurszeiten';
COMMENT ON COLUMN network_offer.capacity IS 'Plätze';
COMMENT ON COLUMN network_offer.waiting_weeks IS 'aktuelle Wartezeit in Wochen';
COMMENT ON COLUMN network_offer.cost IS 'Kosten, z. B. kostenlos';
COMMENT ON COLUMN network_offer.accessibility IS 'Barrierefreiheit';
COMMENT ON COLUMN network_offer.last_checked_on IS 'zuletzt von der Koordination geprüft am';
COMMENT ON COLUMN network_offer.created_by IS 'angelegt von (Anmeldename)';
COMMENT ON COLUMN network_offer.created_at IS 'angelegt am';
COMMENT ON COLUMN network_offer.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN network_offer.version IS 'Version für optimistisches Sperren';

CREATE INDEX network_offer_domain ON network_offer (municipality_id, domain);
CREATE INDEX network_offer_languages ON network_offer USING gin (languages);

ALTER TABLE network_offer ENABLE ROW LEVEL SECURITY;
ALTER TABLE network_offer FORCE ROW LEVEL SECURITY;
CREATE POLICY network_offer_tenant ON network_offer
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
