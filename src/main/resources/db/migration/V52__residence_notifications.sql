-- Erinnerungen an ablaufende Aufenthaltstitel: der geplante Job schreibt je Status und Vorlaufzeit genau
-- eine Benachrichtigung an die Person, die den Status erfasst hat (ADR 0504).

CREATE TABLE residence_notification (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    recipient       text        NOT NULL,
    client_id       uuid        NOT NULL,
    status_id       uuid        NOT NULL,
    lead_days       integer     NOT NULL CHECK (lead_days BETWEEN 0 AND 366),
    due_on          date        NOT NULL,
    created_at      timestamptz NOT NULL,
    read_at         timestamptz,
    PRIMARY KEY (municipality_id, id),
    UNIQUE (municipality_id, status_id, due_on, lead_days),
    FOREIGN KEY (municipality_id, status_id) REFERENCES residence_status (municipality_id, id)
);
COMMENT ON TABLE residence_notification IS 'Benachrichtigungen über ablaufende Aufenthaltstitel; je Status, Ablaufdatum und Vorlaufzeit höchstens eine';
COMMENT ON COLUMN residence_notification.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN residence_notification.id IS 'Kennung';
COMMENT ON COLUMN residence_notification.recipient IS 'Empfänger*in (Anmeldename)';
COMMENT ON COLUMN residence_notification.client_id IS 'Klient*in';
COMMENT ON COLUMN residence_notification.status_id IS 'ablaufender Aufenthaltsstatus';
COMMENT ON COLUMN residence_notification.lead_days IS 'Vorlaufzeit in Tagen (z. B. 90, 30, 7)';
COMMENT ON COLUMN residence_notification.due_on IS 'Ablaufdatum des Status bei Erstellung';
COMMENT ON COLUMN residence_notification.created_at IS 'erstellt am';
COMMENT ON COLUMN residence_notification.read_at IS 'gelesen am (leer: ungelesen)';
CREATE INDEX residence_notification_recipient ON residence_notification (municipality_id, recipient, created_at);

ALTER TABLE residence_notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE residence_notification FORCE ROW LEVEL SECURITY;
CREATE POLICY residence_notification_tenant ON residence_notification
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
