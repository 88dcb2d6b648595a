-- Klient*innen: Personen, die das Case Management begleitet.

CREATE TABLE client (
    municipality_id      text        NOT NULL REFERENCES municipality (key),
    id                   uuid        NOT NULL,
    organisation_id      uuid        NOT NULL,
    given_name           text        NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name          text        NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    original_script_name text        CHECK (length(original_script_name) <= 200),
    birth_date           text        CHECK (birth_date ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    gender               text        NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'DIVERSE', 'UNSPECIFIED')),
    nationalities        text[]      NOT NULL DEFAULT '{}',
    languages            text[]      NOT NULL DEFAULT '{}',
    arrival_date         date,
    phone                text        CHECK (length(phone) <= 40),
    email                text        CHECK (length(email) <= 200),
    search_names         text        NOT NULL DEFAULT '',
    phonetic_codes       text        NOT NULL DEFAULT '',
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           text        NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, organisation_id) REFERENCES organisation (municipality_id, id)
);
COMMENT ON TABLE client IS 'Klient*innen des Case Managements; gehören der Organisation der anlegenden Fallmanagerin (Träger sind eigene Verantwortliche)';
COMMENT ON COLUMN client.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN client.id IS 'Kennung';
COMMENT ON COLUMN client.organisation_id IS 'verantwortliche Organisation (Amt, Gemeinde oder Wohlfahrtsverband)';
COMMENT ON COLUMN client.given_name IS 'Vorname(n) in lateinischer Schrift, NFC-normalisiert';
COMMENT ON COLUMN client.family_name IS 'Familienname in lateinischer Schrift, NFC-normalisiert';
COMMENT ON COLUMN client.original_script_name IS 'Name in Originalschrift (z. B. kyrillisch, arabisch), falls abweichend';
COMMENT ON COLUMN client.birth_date IS 'Geburtsdatum so genau wie bekannt: JJJJ, JJJJ-MM oder JJJJ-MM-TT (nie auf den 1. Januar ergänzt)';
COMMENT ON COLUMN client.gender IS 'FEMALE, MALE, DIVERSE, UNSPECIFIED';
COMMENT ON COLUMN client.nationalities IS 'Staatsangehörigkeiten (ISO 3166 Alpha-3)';
COMMENT ON COLUMN client.languages IS 'Sprachen (ISO 639-1)';
COMMENT ON COLUMN client.arrival_date IS 'Einreisedatum';
COMMENT ON COLUMN client.phone IS 'Telefon';
COMMENT ON COLUMN client.email IS 'E-Mail';
COMMENT ON COLUMN client.search_names IS 'Suchformen des Namens (lateinisch, klein, ohne Diakritika, Transliterationen) für die Trigramm-Suche';
COMMENT ON COLUMN client.phonetic_codes IS 'Kölner Phonetik der Namensteile, durch Leerzeichen getrennt';
COMMENT ON COLUMN client.created_at IS 'angelegt am';
COMMENT ON COLUMN client.created_by IS 'angelegt von (Anmeldename)';
COMMENT ON COLUMN client.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN client.version IS 'Version für optimistisches Sperren';

CREATE INDEX client_organisation ON client (municipality_id, organisation_id);

ALTER TABLE client ENABLE ROW LEVEL SECURITY;
ALTER TABLE client FORCE ROW LEVEL SECURITY;
CREATE POLICY client_tenant ON client
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
