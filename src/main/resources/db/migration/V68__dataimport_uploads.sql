-- Tabellenimport (Modul dataimport): hochgeladene Tabellen zwischen Hochladen, Zuordnung, Probelauf und Import.
--
-- Die Zellen enthalten personenbezogene Daten: sie liegen nur hier, nur für die eigene Kommune (RLS) und
-- nur für die Person, die hochgeladen hat (Anwendung). Nach dem Import wird die Zeile gelöscht; nicht
-- importierte Uploads löscht jeder neue Upload derselben Person nach 24 Stunden (ADR 0615).

CREATE TABLE import_upload (
    id              uuid        PRIMARY KEY,
    municipality_id text        NOT NULL REFERENCES municipality (key),
    created_by      text        NOT NULL,
    filename        text        NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
    headers         jsonb       NOT NULL,
    cells           jsonb       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE import_upload IS 'Hochgeladene Tabellen (Klient*innen und Fälle) bis zum Import; danach gelöscht';
COMMENT ON COLUMN import_upload.id IS 'Kennung';
COMMENT ON COLUMN import_upload.municipality_id IS 'Kommune (Mandant)';
COMMENT ON COLUMN import_upload.created_by IS 'hochgeladen von (Anmeldename); nur diese Person sieht den Upload';
COMMENT ON COLUMN import_upload.filename IS 'Dateiname';
COMMENT ON COLUMN import_upload.headers IS 'Spaltenüberschriften (erste Zeile)';
COMMENT ON COLUMN import_upload.cells IS 'Datenzeilen als Texte, Formeln als berechnete Werte';
COMMENT ON COLUMN import_upload.created_at IS 'hochgeladen am';
CREATE INDEX import_upload_owner ON import_upload (municipality_id, created_by, created_at);

ALTER TABLE import_upload ENABLE ROW LEVEL SECURITY;
ALTER TABLE import_upload FORCE ROW LEVEL SECURITY;
CREATE POLICY import_upload_tenant ON import_upload
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
REVOKE UPDATE ON import_upload FROM ${appRole};
