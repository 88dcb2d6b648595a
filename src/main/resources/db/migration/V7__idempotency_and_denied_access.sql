-- Wiederholbare Anlage-Anfragen (Kopfzeile Idempotency-Key) und protokollierte Zugriffsverweigerungen.

CREATE TABLE idempotency_key (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    username        text        NOT NULL,
    key             text        NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request_hash    text        NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
    status          integer     CHECK (status BETWEEN 100 AND 599),
    content_type    text,
    location        text,
    body            bytea,
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    PRIMARY KEY (municipality_id, username, key)
);
COMMENT ON TABLE idempotency_key IS 'Antworten auf Anlage-Anfragen mit Idempotency-Key: dieselbe Anfrage mit demselben Schlüssel bekommt dieselbe Antwort, ohne zweite Anlage';
COMMENT ON COLUMN idempotency_key.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN idempotency_key.username IS 'Anmeldename: Schlüssel gelten je Person';
COMMENT ON COLUMN idempotency_key.key IS 'vom Aufrufer gewählter Schlüssel (Kopfzeile Idempotency-Key)';
COMMENT ON COLUMN idempotency_key.request_hash IS 'SHA-256 über Methode, Pfad und Inhalt der ersten Anfrage (hex)';
COMMENT ON COLUMN idempotency_key.status IS 'HTTP-Status der ersten Antwort; leer, solange sie noch bearbeitet wird';
COMMENT ON COLUMN idempotency_key.content_type IS 'Content-Type der ersten Antwort';
COMMENT ON COLUMN idempotency_key.location IS 'Location-Kopfzeile der ersten Antwort';
COMMENT ON COLUMN idempotency_key.body IS 'Inhalt der ersten Antwort';
COMMENT ON COLUMN idempotency_key.created_at IS 'erste Anfrage am';
COMMENT ON COLUMN idempotency_key.expires_at IS 'danach gilt der Schlüssel als unbenutzt und wird gelöscht';

CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);

ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_key FORCE ROW LEVEL SECURITY;
CREATE POLICY idempotency_key_tenant ON idempotency_key
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

-- Verweigerte Zugriffe auf Daten von Klient*innen (fremde oder nicht freigegebene Kennung, fehlende Rolle).
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
    CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DELETE', 'DISCLOSE', 'EXPORT', 'DENIED'));
COMMENT ON COLUMN audit_event.action IS 'READ, CREATE, UPDATE, DELETE, DISCLOSE (Weitergabe an Dritte), EXPORT, DENIED (Zugriff verweigert)';
