-- Einwilligungen / Schweigepflichtentbindungen (Modul consent): die einzige Tür, durch die Falldaten
-- eine andere Organisation erreichen. Der Status wird gegen das heutige Datum berechnet, nicht gespeichert:
-- eine abgelaufene Einwilligung deckt ab ihrem Enddatum nichts mehr, ohne dass ein Job laufen muss.

CREATE TABLE consent (
    municipality_id   text        NOT NULL,
    id                uuid        NOT NULL,
    client_id         uuid        NOT NULL,
    partner_ids       uuid[]      NOT NULL,
    municipality_keys text[]      NOT NULL,
    data_categories   text[]      NOT NULL CHECK (cardinality(data_categories) > 0 AND data_categories <@
                                      ARRAY['BASIC', 'RESIDENCE', 'EDUCATION_WORK', 'HEALTH', 'FAMILY', 'FINANCES']::text[]),
    purpose           text        NOT NULL CHECK (length(purpose) BETWEEN 1 AND 1000),
    form              text        NOT NULL CHECK (form IN ('WRITTEN', 'ORAL_WITH_WITNESS', 'WITH_INTERPRETER')),
    witness_name      text        CHECK (length(witness_name) <= 200),
    interpreter_name  text        CHECK (length(interpreter_name) <= 200),
    given_on          date        NOT NULL,
    valid_until       date,
    revoked_at        timestamptz,
    revoked_by        text,
    revocation_note   text        CHECK (length(revocation_note) <= 1000),
    created_at        timestamptz NOT NULL,
    created_by        text        NOT NULL,
    version           integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, client_id) REFERENCES client (municipality_id, id),
    CHECK (cardinality(partner_ids) + cardinality(municipality_keys) > 0),
    CHECK (valid_until IS NULL OR valid_until >= given_on),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
    CHECK (form <> 'ORAL_WITH_WITNESS' OR witness_name IS NOT NULL),
    CHECK (form <> 'WITH_INTERPRETER' OR interpreter_name IS NOT NULL)
);
COMMENT ON TABLE consent IS 'Einwilligungen (Art. 6, 9 DSGVO; §§ 67 ff. SGB X) und Schweigepflichtentbindungen (§ 203 StGB): welche Datenkategorien an welche Empfänger zu welchem Zweck bis wann übermittelt werden dürfen';
COMMENT ON COLUMN consent.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN consent.id IS 'Kennung';
COMMENT ON COLUMN consent.client_id IS 'einwilligende Person (Klient*in)';
COMMENT ON COLUMN consent.partner_ids IS 'Empfänger: Netzwerkpartner der Kommune';
COMMENT ON COLUMN consent.municipality_keys IS 'Empfänger: aufnehmende Kommunen (Kreisschlüssel), für Übergaben';
COMMENT ON COLUMN consent.data_categories IS 'Datenkategorien: BASIC (Stammdaten), RESIDENCE (Aufenthalt), EDUCATION_WORK (Bildung und Arbeit), HEALTH (Gesundheit), FAMILY (Familie), FINANCES (Finanzen)';
COMMENT ON COLUMN consent.purpose IS 'Zweck der Übermittlung';
COMMENT ON COLUMN consent.form IS 'Form: WRITTEN (schriftlich), ORAL_WITH_WITNESS (mündlich vor Zeugin/Zeugen), WITH_INTERPRETER (mit Sprachmittlung)';
COMMENT ON COLUMN consent.witness_name IS 'Name der Zeugin / des Zeugen bei mündlicher Einwilligung';
COMMENT ON COLUMN consent.interpreter_name IS 'Name der sprachmittelnden Person';
COMMENT ON COLUMN consent.given_on IS 'erteilt am';
COMMENT ON COLUMN consent.valid_until IS 'gültig bis einschließlich (NULL = bis auf Widerruf)';
COMMENT ON COLUMN consent.revoked_at IS 'widerrufen am (Zeitpunkt der Erfassung; wirkt sofort)';
COMMENT ON COLUMN consent.revoked_by IS 'Widerruf erfasst von (Anmeldename)';
COMMENT ON COLUMN consent.revocation_note IS 'Anmerkung zum Widerruf';
COMMENT ON COLUMN consent.created_at IS 'erfasst am';
COMMENT ON COLUMN consent.created_by IS 'erfasst von (Anmeldename)';
COMMENT ON COLUMN consent.version IS 'Version für optimistisches Sperren';

CREATE INDEX consent_client ON consent (municipality_id, client_id, given_on DESC);

ALTER TABLE consent ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_tenant ON consent
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

CREATE TABLE consent_scan (
    municipality_id text        NOT NULL,
    consent_id      uuid        NOT NULL,
    file_name       text        NOT NULL CHECK (file_name ~ '^[A-Za-z0-9._-]{1,110}$'),
    media_type      text        NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes      bigint      NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256          text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea       NOT NULL,
    uploaded_at     timestamptz NOT NULL,
    uploaded_by     text        NOT NULL,
    PRIMARY KEY (municipality_id, consent_id),
    FOREIGN KEY (municipality_id, consent_id) REFERENCES consent (municipality_id, id) ON DELETE CASCADE,
    CHECK (octet_length(content) = size_bytes)
);
COMMENT ON TABLE consent_scan IS 'Scan des unterschriebenen Einwilligungsformulars (PDF, JPEG, PNG bis 10 MB; Typ am Inhalt geprüft)';
COMMENT ON COLUMN consent_scan.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN consent_scan.consent_id IS 'Einwilligung';
COMMENT ON COLUMN consent_scan.file_name IS 'bereinigter Dateiname';
COMMENT ON COLUMN consent_scan.media_type IS 'am Inhalt erkannter Typ';
COMMENT ON COLUMN consent_scan.size_bytes IS 'Größe in Bytes (höchstens 10 MB)';
COMMENT ON COLUMN consent_scan.sha256 IS 'SHA-256-Prüfsumme (hex)';
COMMENT ON COLUMN consent_scan.content IS 'Inhalt der Datei';
COMMENT ON COLUMN consent_scan.uploaded_at IS 'hochgeladen am';
COMMENT ON COLUMN consent_scan.uploaded_by IS 'hochgeladen von (Anmeldename)';
ALTER TABLE consent_scan ALTER COLUMN content SET STORAGE EXTERNAL;

ALTER TABLE consent_scan ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent_scan FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_scan_tenant ON consent_scan
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

CREATE TABLE transmission (
    municipality_id text        NOT NULL,
    id              uuid        NOT NULL,
    client_id       uuid        NOT NULL,
    transmitted_at  timestamptz NOT NULL,
    transmitted_by  text        NOT NULL,
    recipient_kind  text        NOT NULL CHECK (recipient_kind IN ('PARTNER', 'MUNICIPALITY')),
    recipient_id    text        NOT NULL,
    recipient_name  text        NOT NULL,
    data_categories text[]      NOT NULL CHECK (cardinality(data_categories) > 0),
    consent_id      uuid,
    legal_basis     text        CHECK (length(legal_basis) <= 300),
    occasion        text        NOT NULL CHECK (occasion IN ('REFERRAL', 'CONFERENCE', 'TRANSFER', 'EXPORT')),
    occasion_id     uuid        NOT NULL,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, client_id) REFERENCES client (municipality_id, id),
    CHECK (consent_id IS NOT NULL OR legal_basis IS NOT NULL)
);
COMMENT ON TABLE transmission IS 'Übermittlungsverzeichnis: jede Weitergabe von Daten einer Person an eine andere Stelle (Vermittlung, Fallkonferenz, Übergabe, Export) mit Rechtsgrundlage oder Einwilligung; Teil der Auskunft nach Art. 15 DSGVO';
COMMENT ON COLUMN transmission.municipality_id IS 'Mandant (Kreisschlüssel) der übermittelnden Kommune';
COMMENT ON COLUMN transmission.id IS 'Kennung';
COMMENT ON COLUMN transmission.client_id IS 'betroffene Person';
COMMENT ON COLUMN transmission.transmitted_at IS 'übermittelt am';
COMMENT ON COLUMN transmission.transmitted_by IS 'übermittelt von (Anmeldename)';
COMMENT ON COLUMN transmission.recipient_kind IS 'Art des Empfängers: PARTNER (Netzwerkpartner), MUNICIPALITY (andere Kommune)';
COMMENT ON COLUMN transmission.recipient_id IS 'Empfänger: Kennung des Partners oder Kreisschlüssel';
COMMENT ON COLUMN transmission.recipient_name IS 'Name des Empfängers zum Zeitpunkt der Übermittlung';
COMMENT ON COLUMN transmission.data_categories IS 'übermittelte Datenkategorien';
COMMENT ON COLUMN transmission.consent_id IS 'Einwilligung, auf der die Übermittlung beruht';
COMMENT ON COLUMN transmission.legal_basis IS 'gesetzliche Grundlage, falls keine Einwilligung (z. B. "§ 69 Abs. 1 Nr. 1 SGB X")';
COMMENT ON COLUMN transmission.occasion IS 'Anlass: REFERRAL (Vermittlung), CONFERENCE (Fallkonferenz), TRANSFER (Übergabe), EXPORT';
COMMENT ON COLUMN transmission.occasion_id IS 'Kennung des Anlasses (z. B. der Vermittlung)';

CREATE INDEX transmission_client ON transmission (municipality_id, client_id, transmitted_at DESC);
CREATE INDEX transmission_time ON transmission (municipality_id, transmitted_at DESC);

ALTER TABLE transmission ENABLE ROW LEVEL SECURITY;
ALTER TABLE transmission FORCE ROW LEVEL SECURITY;
CREATE POLICY transmission_tenant ON transmission
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
