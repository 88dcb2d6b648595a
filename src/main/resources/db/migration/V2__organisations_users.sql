-- Organisationen innerhalb einer Kommune und die Benutzerkonten.

CREATE TABLE organisation (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind            text        NOT NULL CHECK (kind IN ('MUNICIPAL_OFFICE', 'TOWN', 'WELFARE_ORG')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_id, id),
    UNIQUE (id)
);
COMMENT ON TABLE organisation IS 'Organisationen einer Kommune, bei denen KIM-Personal arbeitet: eigene Ämter, kreisangehörige Gemeinden, Träger der Freien Wohlfahrtspflege (eigene Verantwortliche für ihre Fälle)';
COMMENT ON COLUMN organisation.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN organisation.id IS 'Kennung';
COMMENT ON COLUMN organisation.name IS 'Name, z. B. "Caritasverband für die Stadt Köln e. V."';
COMMENT ON COLUMN organisation.kind IS 'MUNICIPAL_OFFICE (Amt der Kommune), TOWN (kreisangehörige Gemeinde), WELFARE_ORG (Wohlfahrtsverband)';
COMMENT ON COLUMN organisation.created_at IS 'Angelegt am';

ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisation FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_tenant ON organisation
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

CREATE TABLE app_user (
    id              uuid        PRIMARY KEY,
    username        text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    password_hash   text        NOT NULL,
    display_name    text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    email           text,
    roles           text[]      NOT NULL CHECK (cardinality(roles) > 0),
    municipality_id text        REFERENCES municipality (key),
    organisation_id uuid        REFERENCES organisation (id),
    enabled         boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         integer     NOT NULL DEFAULT 0
);
COMMENT ON TABLE app_user IS 'Benutzerkonten (lokale Anmeldung); Landesebene ohne Kommune';
COMMENT ON COLUMN app_user.id IS 'Kennung';
COMMENT ON COLUMN app_user.username IS 'Anmeldename, klein geschrieben';
COMMENT ON COLUMN app_user.password_hash IS 'Passwort-Hash (BCrypt, mit Präfix {bcrypt})';
COMMENT ON COLUMN app_user.display_name IS 'Anzeigename';
COMMENT ON COLUMN app_user.email IS 'Dienstliche E-Mail-Adresse';
COMMENT ON COLUMN app_user.roles IS 'Rollen, z. B. {CASE_MANAGER}';
COMMENT ON COLUMN app_user.municipality_id IS 'Mandant; NULL für Bewilligungsbehörde und Ministerium';
COMMENT ON COLUMN app_user.organisation_id IS 'Organisation, bei der die Person arbeitet; Fälle gehören zur Organisation ihrer Fallmanagerin';
COMMENT ON COLUMN app_user.enabled IS 'Konto aktiv';
COMMENT ON COLUMN app_user.created_at IS 'Angelegt am';
COMMENT ON COLUMN app_user.version IS 'Version für optimistisches Sperren';

CREATE INDEX app_user_municipality ON app_user (municipality_id);

-- Lesen muss vor der Anmeldung (ohne Mandant) möglich sein; schreiben nur im eigenen Mandanten.
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user FORCE ROW LEVEL SECURITY;
CREATE POLICY app_user_read ON app_user FOR SELECT USING (true);
CREATE POLICY app_user_insert ON app_user FOR INSERT
    WITH CHECK (municipality_id IS NOT DISTINCT FROM kim_current_municipality());
CREATE POLICY app_user_update ON app_user FOR UPDATE
    USING (municipality_id IS NOT DISTINCT FROM kim_current_municipality())
    WITH CHECK (municipality_id IS NOT DISTINCT FROM kim_current_municipality());
CREATE POLICY app_user_delete ON app_user FOR DELETE
    USING (municipality_id IS NOT DISTINCT FROM kim_current_municipality());
