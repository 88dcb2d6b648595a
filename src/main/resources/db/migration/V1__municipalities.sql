-- Plattform: Regierungsbezirke, die 54 KIM-Kommunen, die Anwendungsrolle und Hilfsfunktionen für Row-Level Security.

-- Die Anwendung arbeitet als eigene Rolle, die weder Eigentümerin der Tabellen noch Superuser ist:
-- nur so greifen die Row-Level-Security-Richtlinien auch für sie.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN
        CREATE ROLE ${appRole} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
END
$$;
-- Ohne eigene Anmeldung der Anwendungsrolle meldet sich die Anwendung als Eigentümer an und wechselt
-- mit SET ROLE in die Anwendungsrolle; dafür muss der Eigentümer Mitglied sein.
GRANT ${appRole} TO CURRENT_USER;

GRANT USAGE ON SCHEMA public TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- Der Mandant der laufenden Transaktion; leer (NULL) für Landesebene und Anmeldung.
CREATE FUNCTION kim_current_municipality() RETURNS text
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('kim.municipality_id', true), '') $$;
COMMENT ON FUNCTION kim_current_municipality() IS 'Mandant (Kreisschlüssel) der aktuellen Verbindung, gesetzt von der Anwendung; Grundlage aller RLS-Richtlinien';

CREATE TABLE region (
    code text PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE region IS 'Regierungsbezirke in NRW';
COMMENT ON COLUMN region.code IS 'Kennung im Code, z. B. ARNSBERG';
COMMENT ON COLUMN region.name IS 'Name des Regierungsbezirks';

INSERT INTO region (code, name) VALUES
    ('ARNSBERG', 'Arnsberg'),
    ('DETMOLD', 'Detmold'),
    ('DUESSELDORF', 'Düsseldorf'),
    ('KOELN', 'Köln'),
    ('MUENSTER', 'Münster');

CREATE TABLE municipality (
    key    text PRIMARY KEY CHECK (key ~ '^05[0-9]{3}([0-9]{3})?$'),
    name   text NOT NULL,
    type   text NOT NULL CHECK (type IN ('KREIS', 'KREISFREIE_STADT', 'STAEDTEREGION')),
    region text NOT NULL REFERENCES region (code)
);
COMMENT ON TABLE municipality IS 'Die 54 KIM-Kommunen (Kreise, kreisfreie Städte, Städteregion Aachen) – die Mandanten der Plattform';
COMMENT ON COLUMN municipality.key IS 'Kreisschlüssel (5-stellig); Stadt Aachen: 8-stelliger AGS 05334002';
COMMENT ON COLUMN municipality.name IS 'Name der Kommune';
COMMENT ON COLUMN municipality.type IS 'KREIS, KREISFREIE_STADT oder STAEDTEREGION';
COMMENT ON COLUMN municipality.region IS 'Regierungsbezirk';

INSERT INTO municipality (key, name, type, region) VALUES
    ('05111', 'Düsseldorf', 'KREISFREIE_STADT', 'DUESSELDORF'),
    ('05112', 'Duisburg', 'KREISFREIE_STADT', 'DUESSELDORF'),
    ('05113', 'Essen', 'KREISFREIE_STADT', 'DUESSELDORF'),
    ('05114', 'Krefeld', 'KREISFREIE_STADT', 'DUESSELDORF'),
    ('05116', 'Mönchengladbach', 'KREISFREIE_STADT', 'DUESSELDORF'),
    ('05117', 'Mülheim an der Ruhr', 'KREISFREIE_STADT', 'DUESSELDORF'),
    ('05119', 'Oberhausen', 'KREISFREIE_STADT', 'DUESSELDORF'),
    ('05120', 'Remscheid', 'KREISFREIE_STADT', 'DUESSELDORF'),
    ('05122', 'Solingen', 'KREISFREIE_STADT', 'DUESSELDORF'),
    ('05124', 'Wuppertal', 'KREISFREIE_STADT', 'DUESSELDORF'),
    ('05154', 'Kreis Kleve', 'KREIS', 'DUESSELDORF'),
    ('05158', 'Kreis Mettmann', 'KREIS', 'DUESSELDORF'),
    ('05162', 'Rhein-Kreis Neuss', 'KREIS', 'DUESSELDORF'),
    ('05166', 'Kreis Viersen', 'KREIS', 'DUESSELDORF'),
    ('05170', 'Kreis Wesel', 'KREIS', 'DUESSELDORF'),
    ('05314', 'Bonn', 'KREISFREIE_STADT', 'KOELN'),
    ('05315', 'Köln', 'KREISFREIE_STADT', 'KOELN'),
    ('05316', 'Leverkusen', 'KREISFREIE_STADT', 'KOELN'),
    ('05334', 'Städteregion Aachen', 'STAEDTEREGION', 'KOELN'),
    ('05334002', 'Aachen (Stadt)', 'KREISFREIE_STADT', 'KOELN'),
    ('05358', 'Kreis Düren', 'KREIS', 'KOELN'),
    ('05362', 'Rhein-Erft-Kreis', 'KREIS', 'KOELN'),
    ('05366', 'Kreis Euskirchen', 'KREIS', 'KOELN'),
    ('05370', 'Kreis Heinsberg', 'KREIS', 'KOELN'),
    ('05374', 'Oberbergischer Kreis', 'KREIS', 'KOELN'),
    ('05378', 'Rheinisch-Bergischer Kreis', 'KREIS', 'KOELN'),
    ('05382', 'Rhein-Sieg-Kreis', 'KREIS', 'KOELN'),
    ('05512', 'Bottrop', 'KREISFREIE_STADT', 'MUENSTER'),
    ('05513', 'Gelsenkirchen', 'KREISFREIE_STADT', 'MUENSTER'),
    ('05515', 'Münster', 'KREISFREIE_STADT', 'MUENSTER'),
    ('05554', 'Kreis Borken', 'KREIS', 'MUENSTER'),
    ('05558', 'Kreis Coesfeld', 'KREIS', 'MUENSTER'),
    ('05562', 'Kreis Recklinghausen', 'KREIS', 'MUENSTER'),
    ('05566', 'Kreis Steinfurt', 'KREIS', 'MUENSTER'),
    ('05570', 'Kreis Warendorf', 'KREIS', 'MUENSTER'),
    ('05711', 'Bielefeld', 'KREISFREIE_STADT', 'DETMOLD'),
    ('05754', 'Kreis Gütersloh', 'KREIS', 'DETMOLD'),
    ('05758', 'Kreis Herford', 'KREIS', 'DETMOLD'),
    ('05762', 'Kreis Höxter', 'KREIS', 'DETMOLD'),
    ('05766', 'Kreis Lippe', 'KREIS', 'DETMOLD'),
    ('05770', 'Kreis Minden-Lübbecke', 'KREIS', 'DETMOLD'),
    ('05774', 'Kreis Paderborn', 'KREIS', 'DETMOLD'),
    ('05911', 'Bochum', 'KREISFREIE_STADT', 'ARNSBERG'),
    ('05913', 'Dortmund', 'KREISFREIE_STADT', 'ARNSBERG'),
    ('05914', 'Hagen', 'KREISFREIE_STADT', 'ARNSBERG'),
    ('05915', 'Hamm', 'KREISFREIE_STADT', 'ARNSBERG'),
    ('05916', 'Herne', 'KREISFREIE_STADT', 'ARNSBERG'),
    ('05954', 'Ennepe-Ruhr-Kreis', 'KREIS', 'ARNSBERG'),
    ('05958', 'Hochsauerlandkreis', 'KREIS', 'ARNSBERG'),
    ('05962', 'Märkischer Kreis', 'KREIS', 'ARNSBERG'),
    ('05966', 'Kreis Olpe', 'KREIS', 'ARNSBERG'),
    ('05970', 'Kreis Siegen-Wittgenstein', 'KREIS', 'ARNSBERG'),
    ('05974', 'Kreis Soest', 'KREIS', 'ARNSBERG'),
    ('05978', 'Kreis Unna', 'KREIS', 'ARNSBERG');
