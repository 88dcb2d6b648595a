-- KIM-Konzept (Handlungskonzept) der Kommune (Modul network): Zielgruppen mit Aufnahmeregeln als Daten,
-- Steuerungsstruktur als Textabschnitte, Kooperationsvereinbarungen mit Partnern samt PDF-Dokumenten.
-- Keine personenbezogenen Daten von Klient*innen.

CREATE TABLE network_target_group (
    municipality_id      text        NOT NULL REFERENCES municipality (key),
    id                   uuid        NOT NULL,
    name                 text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description          text        CHECK (length(description) <= 2000),
    arrived_within_years integer     CHECK (arrived_within_years BETWEEN 1 AND 50),
    min_age              integer     CHECK (min_age BETWEEN 0 AND 120),
    max_age              integer     CHECK (max_age BETWEEN 0 AND 120),
    valid_from           date        NOT NULL,
    valid_until          date,
    source               text        NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
    updated_by           text        NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id),
    CHECK (valid_until IS NULL OR valid_until >= valid_from),
    CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age),
    CHECK (arrived_within_years IS NOT NULL OR min_age IS NOT NULL OR max_age IS NOT NULL)
);
COMMENT ON TABLE network_target_group IS 'Zielgruppen des KIM-Konzepts mit Aufnahmeregeln; bei der Fallaufnahme nur als Hinweis geprüft';
COMMENT ON COLUMN network_target_group.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN network_target_group.id IS 'Kennung';
COMMENT ON COLUMN network_target_group.name IS 'Bezeichnung der Zielgruppe';
COMMENT ON COLUMN network_target_group.description IS 'Beschreibung';
COMMENT ON COLUMN network_target_group.arrived_within_years IS 'Regel: eingereist innerhalb der letzten N Jahre (einschließlich des Stichtags)';
COMMENT ON COLUMN network_target_group.min_age IS 'Regel: Mindestalter in vollendeten Jahren';
COMMENT ON COLUMN network_target_group.max_age IS 'Regel: Höchstalter in vollendeten Jahren';
COMMENT ON COLUMN network_target_group.valid_from IS 'gilt ab';
COMMENT ON COLUMN network_target_group.valid_until IS 'gilt bis (einschließlich); leer = unbefristet';
COMMENT ON COLUMN network_target_group.source IS 'Quelle der Regel (z. B. Ratsbeschluss, Kapitel des Handlungskonzepts)';
COMMENT ON COLUMN network_target_group.updated_by IS 'zuletzt geändert von (Anmeldename)';
COMMENT ON COLUMN network_target_group.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN network_target_group.version IS 'Version für optimistisches Sperren';

ALTER TABLE network_target_group ENABLE ROW LEVEL SECURITY;
ALTER TABLE network_target_group FORCE ROW LEVEL SECURITY;
CREATE POLICY network_target_group_tenant ON network_target_group
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

CREATE TABLE network_concept_section (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    position        integer     NOT NULL CHECK (position BETWEEN 1 AND 999),
    title           text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body            text        NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    updated_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id)
);
COMMENT ON TABLE network_concept_section IS 'Steuerungsstruktur des KIM-Konzepts als Textabschnitte';
COMMENT ON COLUMN network_concept_section.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN network_concept_section.id IS 'Kennung';
COMMENT ON COLUMN network_concept_section.position IS 'Reihenfolge';
COMMENT ON COLUMN network_concept_section.title IS 'Überschrift';
COMMENT ON COLUMN network_concept_section.body IS 'Text';
COMMENT ON COLUMN network_concept_section.updated_by IS 'zuletzt geändert von (Anmeldename)';
COMMENT ON COLUMN network_concept_section.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN network_concept_section.version IS 'Version für optimistisches Sperren';

ALTER TABLE network_concept_section ENABLE ROW LEVEL SECURITY;
ALTER TABLE network_concept_section FORCE ROW LEVEL SECURITY;
CREATE POLICY network_concept_section_tenant ON network_concept_section
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

CREATE TABLE network_agreement (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    partner_id      uuid        NOT NULL,
    title           text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body            text        CHECK (length(body) <= 20000),
    concluded_on    date,
    valid_until     date,
    updated_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, partner_id) REFERENCES partner (municipality_id, id),
    CHECK (valid_until IS NULL OR concluded_on IS NULL OR valid_until >= concluded_on)
);
COMMENT ON TABLE network_agreement IS 'Kooperationsvereinbarungen des KIM-Konzepts mit Netzwerkpartnern';
COMMENT ON COLUMN network_agreement.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN network_agreement.id IS 'Kennung';
COMMENT ON COLUMN network_agreement.partner_id IS 'Netzwerkpartner';
COMMENT ON COLUMN network_agreement.title IS 'Bezeichnung der Vereinbarung';
COMMENT ON COLUMN network_agreement.body IS 'wesentlicher Inhalt (Text)';
COMMENT ON COLUMN network_agreement.concluded_on IS 'geschlossen am';
COMMENT ON COLUMN network_agreement.valid_until IS 'gilt bis';
COMMENT ON COLUMN network_agreement.updated_by IS 'zuletzt geändert von (Anmeldename)';
COMMENT ON COLUMN network_agreement.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN network_agreement.version IS 'Version für optimistisches Sperren';

ALTER TABLE network_agreement ENABLE ROW LEVEL SECURITY;
ALTER TABLE network_agreement FORCE ROW LEVEL SECURITY;
CREATE POLICY network_agreement_tenant ON network_agreement
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

-- wie die Dokumente der Fallakte (ADR 0204): in der Datenbank, Typ am Inhalt geprüft, nur als Anhang ausgeliefert
CREATE TABLE network_agreement_document (
    municipality_id text        NOT NULL,
    id              uuid        NOT NULL,
    agreement_id    uuid        NOT NULL,
    file_name       text        NOT NULL CHECK (file_name ~ '^[A-Za-z0-9._-]{1,110}$'),
    size_bytes      bigint      NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256          text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea       NOT NULL,
    uploaded_at     timestamptz NOT NULL DEFAULT now(),
    uploaded_by     text        NOT NULL,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, agreement_id) REFERENCES network_agreement (municipality_id, id) ON DELETE CASCADE,
    CHECK (octet_length(content) = size_bytes)
);
COMMENT ON TABLE network_agreement_document IS 'PDF-Dokumente einer Kooperationsvereinbarung; Typ am Inhalt geprüft, Download nur als Anhang';
COMMENT ON COLUMN network_agreement_document.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN network_agreement_document.id IS 'Kennung';
COMMENT ON COLUMN network_agreement_document.agreement_id IS 'Vereinbarung';
COMMENT ON COLUMN network_agreement_document.file_name IS 'bereinigter Dateiname (nur Buchstaben, Ziffern, . _ -), Endung .pdf';
COMMENT ON COLUMN network_agreement_document.size_bytes IS 'Größe in Bytes (höchstens 10 MB)';
COMMENT ON COLUMN network_agreement_document.sha256 IS 'SHA-256-Prüfsumme des Inhalts (hex)';
COMMENT ON COLUMN network_agreement_document.content IS 'Inhalt der Datei (PDF)';
COMMENT ON COLUMN network_agreement_document.uploaded_at IS 'hochgeladen am';
COMMENT ON COLUMN network_agreement_document.uploaded_by IS 'hochgeladen von (Anmeldename)';

ALTER TABLE network_agreement_document ALTER COLUMN content SET STORAGE EXTERNAL;

ALTER TABLE network_agreement_document ENABLE ROW LEVEL SECURITY;
ALTER TABLE network_agreement_document FORCE ROW LEVEL SECURITY;
CREATE POLICY network_agreement_document_tenant ON network_agreement_document
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
