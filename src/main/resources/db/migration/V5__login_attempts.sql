-- Fehlgeschlagene Anmeldeversuche, damit die Sperre nach wiederholten Fehlversuchen über alle
-- Instanzen gilt. Auch für unbekannte Benutzernamen (keine Auskunft, ob es ein Konto gibt); gespeichert
-- wird nur ein Hash des Namens, denn oft landet versehentlich ein Passwort im Namensfeld.

CREATE TABLE login_attempt (
    username_hash   text        PRIMARY KEY CHECK (username_hash ~ '^[0-9a-f]{64}$'),
    failures        integer     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_failure_at timestamptz NOT NULL DEFAULT now(),
    locked_until    timestamptz
);
COMMENT ON TABLE login_attempt IS 'Aufeinanderfolgende fehlgeschlagene Anmeldungen je Benutzername (ohne Mandant: vor der Anmeldung ist keiner bekannt)';
COMMENT ON COLUMN login_attempt.username_hash IS 'SHA-256 des klein geschriebenen Benutzernamens (hex)';
COMMENT ON COLUMN login_attempt.failures IS 'Fehlversuche seit der letzten erfolgreichen Anmeldung';
COMMENT ON COLUMN login_attempt.last_failure_at IS 'letzter Fehlversuch';
COMMENT ON COLUMN login_attempt.locked_until IS 'gesperrt bis (wächst mit jedem weiteren Fehlversuch nach Ablauf der Sperre)';

CREATE INDEX login_attempt_last_failure ON login_attempt (last_failure_at);
