-- Protokoll jedes Zugriffs auf Daten von Klient*innen: nur anfügen, je Kommune als Hash-Kette.

CREATE TABLE audit_chain (
    municipality_id text   PRIMARY KEY REFERENCES municipality (key),
    last_seq        bigint NOT NULL DEFAULT 0,
    last_hash       text   NOT NULL DEFAULT ''
);
COMMENT ON TABLE audit_chain IS 'Kopf der Hash-Kette des Protokolls je Kommune; die Zeile wird beim Anfügen gesperrt, damit die Kette lückenlos bleibt';
COMMENT ON COLUMN audit_chain.municipality_id IS 'Mandant';
COMMENT ON COLUMN audit_chain.last_seq IS 'laufende Nummer des letzten Eintrags';
COMMENT ON COLUMN audit_chain.last_hash IS 'Hash des letzten Eintrags (leer vor dem ersten)';

INSERT INTO audit_chain (municipality_id) SELECT key FROM municipality;

CREATE TABLE audit_event (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    seq             bigint      NOT NULL,
    at              timestamptz NOT NULL,
    actor           text        NOT NULL,
    action          text        NOT NULL CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DELETE', 'DISCLOSE', 'EXPORT')),
    entity_type     text        NOT NULL,
    entity_id       uuid,
    client_id       uuid,
    purpose         text,
    previous_hash   text        NOT NULL,
    hash            text        NOT NULL,
    PRIMARY KEY (municipality_id, seq)
);
COMMENT ON TABLE audit_event IS 'Zugriffsprotokoll (Art. 5, 32 DSGVO; § 67 ff. SGB X): wer wann was mit welchen Daten getan hat; nur anfügen, verkettet über SHA-256';
COMMENT ON COLUMN audit_event.municipality_id IS 'Mandant';
COMMENT ON COLUMN audit_event.seq IS 'laufende Nummer je Kommune, lückenlos';
COMMENT ON COLUMN audit_event.at IS 'Zeitpunkt (UTC, Mikrosekunden)';
COMMENT ON COLUMN audit_event.actor IS 'Anmeldename der handelnden Person';
COMMENT ON COLUMN audit_event.action IS 'READ, CREATE, UPDATE, DELETE, DISCLOSE (Weitergabe an Dritte), EXPORT';
COMMENT ON COLUMN audit_event.entity_type IS 'Art des Objekts, z. B. Client, Case, Contact';
COMMENT ON COLUMN audit_event.entity_id IS 'Kennung des Objekts';
COMMENT ON COLUMN audit_event.client_id IS 'betroffene Person';
COMMENT ON COLUMN audit_event.purpose IS 'Zweck des Zugriffs (kurz, ohne personenbezogene Daten)';
COMMENT ON COLUMN audit_event.previous_hash IS 'Hash des vorigen Eintrags derselben Kommune';
COMMENT ON COLUMN audit_event.hash IS 'SHA-256 über vorigen Hash und alle Felder dieses Eintrags (hex)';

CREATE INDEX audit_event_client ON audit_event (municipality_id, client_id, seq);

ALTER TABLE audit_chain ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_chain FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_chain_tenant ON audit_chain
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_tenant ON audit_event
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

-- Nur anfügen: die Anwendung darf weder ändern noch löschen, und ein Trigger verweigert es allen.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${appRole};

CREATE FUNCTION audit_event_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'Das Zugriffsprotokoll kann nicht geändert oder gelöscht werden';
END
$$;

CREATE TRIGGER audit_event_no_change
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
