-- Netzwerkpartner (Modul partner): Organisationen, an die Fallmanager*innen vermitteln, je Kommune.
-- Partner sind keine Sozialdaten; Kontaktpersonen sind Dienstkontakte der Partnerorganisation.

CREATE TABLE partner (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    type            text        NOT NULL CHECK (type IN ('JOBCENTER', 'EMPLOYMENT_AGENCY', 'IMMIGRATION_OFFICE',
                                    'NATURALISATION_OFFICE', 'SOCIAL_WELFARE_OFFICE', 'YOUTH_OFFICE', 'SCHOOL_OFFICE',
                                    'HEALTH_OFFICE', 'MIGRATION_COUNSELLING', 'WELFARE_ORG', 'LANGUAGE_COURSE_PROVIDER', 'OTHER')),
    legal_domains   text[]      NOT NULL CHECK (legal_domains <@ ARRAY['SGB_II', 'SGB_III', 'SGB_VIII', 'SGB_IX', 'SGB_XII',
                                    'ASYLBLG', 'AUFENTHG', 'STAG', 'BAFOEG', 'OTHER']::text[]),
    status          text        NOT NULL CHECK (status IN ('PROPOSED', 'CONFIRMED')),
    street          text        CHECK (length(street) <= 200),
    postal_code     text        CHECK (postal_code ~ '^[0-9]{5}$'),
    city            text        CHECK (length(city) <= 100),
    email           text        CHECK (length(email) <= 200),
    phone           text        CHECK (length(phone) <= 50),
    proposed_by     text        NOT NULL,
    confirmed_by    text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id)
);
COMMENT ON TABLE partner IS 'Netzwerkpartner einer Kommune (Jobcenter, Ausländerbehörde, Jugendamt, Migrationsberatung, Sprachkursträger …); Fallmanager*innen schlagen vor, die Koordination bestätigt';
COMMENT ON COLUMN partner.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN partner.id IS 'Kennung';
COMMENT ON COLUMN partner.name IS 'Name der Organisation bzw. Dienststelle';
COMMENT ON COLUMN partner.type IS 'Art: JOBCENTER, EMPLOYMENT_AGENCY, IMMIGRATION_OFFICE, NATURALISATION_OFFICE, SOCIAL_WELFARE_OFFICE, YOUTH_OFFICE, SCHOOL_OFFICE, HEALTH_OFFICE, MIGRATION_COUNSELLING, WELFARE_ORG, LANGUAGE_COURSE_PROVIDER, OTHER';
COMMENT ON COLUMN partner.legal_domains IS 'Rechtskreise, in denen der Partner tätig ist (SGB_II, SGB_III, SGB_VIII, SGB_IX, SGB_XII, ASYLBLG, AUFENTHG, STAG, BAFOEG, OTHER)';
COMMENT ON COLUMN partner.status IS 'PROPOSED (von Fallmanagement vorgeschlagen), CONFIRMED (von der Koordination bestätigt)';
COMMENT ON COLUMN partner.street IS 'Straße und Hausnummer';
COMMENT ON COLUMN partner.postal_code IS 'Postleitzahl';
COMMENT ON COLUMN partner.city IS 'Ort';
COMMENT ON COLUMN partner.email IS 'allgemeine dienstliche E-Mail-Adresse';
COMMENT ON COLUMN partner.phone IS 'allgemeine Telefonnummer';
COMMENT ON COLUMN partner.proposed_by IS 'angelegt/vorgeschlagen von (Anmeldename)';
COMMENT ON COLUMN partner.confirmed_by IS 'bestätigt von (Anmeldename der Koordination)';
COMMENT ON COLUMN partner.created_at IS 'angelegt am';
COMMENT ON COLUMN partner.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN partner.version IS 'Version für optimistisches Sperren';

CREATE INDEX partner_name ON partner (municipality_id, lower(name));

ALTER TABLE partner ENABLE ROW LEVEL SECURITY;
ALTER TABLE partner FORCE ROW LEVEL SECURITY;
CREATE POLICY partner_tenant ON partner
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

CREATE TABLE partner_contact (
    municipality_id text    NOT NULL,
    partner_id      uuid    NOT NULL,
    seq             integer NOT NULL CHECK (seq >= 0),
    name            text    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    function        text    CHECK (length(function) <= 200),
    email           text    CHECK (length(email) <= 200),
    phone           text    CHECK (length(phone) <= 50),
    PRIMARY KEY (municipality_id, partner_id, seq),
    FOREIGN KEY (municipality_id, partner_id) REFERENCES partner (municipality_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE partner_contact IS 'Ansprechpersonen eines Netzwerkpartners (dienstliche Kontaktdaten)';
COMMENT ON COLUMN partner_contact.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN partner_contact.partner_id IS 'Netzwerkpartner';
COMMENT ON COLUMN partner_contact.seq IS 'Reihenfolge';
COMMENT ON COLUMN partner_contact.name IS 'Name der Ansprechperson';
COMMENT ON COLUMN partner_contact.function IS 'Funktion, z. B. "Teamleitung Integration"';
COMMENT ON COLUMN partner_contact.email IS 'dienstliche E-Mail-Adresse';
COMMENT ON COLUMN partner_contact.phone IS 'dienstliche Telefonnummer';

ALTER TABLE partner_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE partner_contact FORCE ROW LEVEL SECURITY;
CREATE POLICY partner_contact_tenant ON partner_contact
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

CREATE TABLE partner_member (
    municipality_id text        NOT NULL,
    username        text        NOT NULL,
    partner_id      uuid        NOT NULL,
    linked_at       timestamptz NOT NULL DEFAULT now(),
    linked_by       text        NOT NULL,
    PRIMARY KEY (municipality_id, username),
    FOREIGN KEY (municipality_id, partner_id) REFERENCES partner (municipality_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE partner_member IS 'Benutzerkonten mit der Rolle PARTNER und der Partnerorganisation, für die sie arbeiten: sie sehen nur Vermittlungen an diesen Partner';
COMMENT ON COLUMN partner_member.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN partner_member.username IS 'Anmeldename des Benutzerkontos';
COMMENT ON COLUMN partner_member.partner_id IS 'Netzwerkpartner, für den das Konto arbeitet';
COMMENT ON COLUMN partner_member.linked_at IS 'verknüpft am';
COMMENT ON COLUMN partner_member.linked_by IS 'verknüpft von (Anmeldename)';

ALTER TABLE partner_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE partner_member FORCE ROW LEVEL SECURITY;
CREATE POLICY partner_member_tenant ON partner_member
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
