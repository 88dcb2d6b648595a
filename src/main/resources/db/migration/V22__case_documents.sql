-- Fallarbeit: Dokumente der Fallakte (PDF, JPEG, PNG bis 20 MB) in der Datenbank,
-- damit Sicherung, Mandantentrennung (RLS), Löschfristen und Transaktionen auch für Dateien gelten.

CREATE TABLE case_document (
    municipality_id text        NOT NULL,
    id              uuid        NOT NULL,
    case_id         uuid        NOT NULL,
    title           text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    file_name       text        NOT NULL CHECK (file_name ~ '^[A-Za-z0-9._-]{1,110}$'),
    media_type      text        NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes      bigint      NOT NULL CHECK (size_bytes BETWEEN 1 AND 20971520),
    sha256          text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea       NOT NULL,
    uploaded_at     timestamptz NOT NULL,
    uploaded_by     text        NOT NULL,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, case_id) REFERENCES case_file (municipality_id, id) ON DELETE CASCADE,
    CHECK (octet_length(content) = size_bytes)
);
COMMENT ON TABLE case_document IS 'Dokumente einer Fallakte; Dateityp am Inhalt geprüft, Download nur als Anhang';
COMMENT ON COLUMN case_document.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN case_document.id IS 'Kennung';
COMMENT ON COLUMN case_document.case_id IS 'Fall';
COMMENT ON COLUMN case_document.title IS 'Bezeichnung (z. B. "Anerkennungsbescheid"); ohne Angabe der Dateiname';
COMMENT ON COLUMN case_document.file_name IS 'bereinigter Dateiname (nur Buchstaben, Ziffern, . _ -), Endung passend zum erkannten Typ';
COMMENT ON COLUMN case_document.media_type IS 'am Inhalt (Signatur) erkannter Typ: application/pdf, image/jpeg, image/png';
COMMENT ON COLUMN case_document.size_bytes IS 'Größe in Bytes (höchstens 20 MB)';
COMMENT ON COLUMN case_document.sha256 IS 'SHA-256-Prüfsumme des Inhalts (hex), zum Nachweis der Unversehrtheit';
COMMENT ON COLUMN case_document.content IS 'Inhalt der Datei';
COMMENT ON COLUMN case_document.uploaded_at IS 'hochgeladen am';
COMMENT ON COLUMN case_document.uploaded_by IS 'hochgeladen von (Anmeldename)';

-- PDF, JPEG und PNG sind schon komprimiert: außerhalb der Zeile speichern, ohne erneuten Kompressionsversuch.
ALTER TABLE case_document ALTER COLUMN content SET STORAGE EXTERNAL;

CREATE INDEX case_document_case ON case_document (municipality_id, case_id, uploaded_at DESC);

ALTER TABLE case_document ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_document FORCE ROW LEVEL SECURITY;
CREATE POLICY case_document_tenant ON case_document
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
