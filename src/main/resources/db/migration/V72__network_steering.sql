-- Lenkungsgruppe (Modul network): Sitzungen, Tagesordnungspunkte aus Lücken, Beschlüsse.

CREATE TABLE network_meeting (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    held_on         date        NOT NULL,
    title           text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_id, id)
);
COMMENT ON TABLE network_meeting IS 'Sitzungen der Lenkungsgruppe des Kommunalen Integrationsmanagements';
COMMENT ON COLUMN network_meeting.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN network_meeting.id IS 'Kennung';
COMMENT ON COLUMN network_meeting.held_on IS 'Sitzungstag';
COMMENT ON COLUMN network_meeting.title IS 'Titel der Sitzung';
COMMENT ON COLUMN network_meeting.created_by IS 'angelegt von (Anmeldename)';
COMMENT ON COLUMN network_meeting.created_at IS 'angelegt am';

ALTER TABLE network_meeting ENABLE ROW LEVEL SECURITY;
ALTER TABLE network_meeting FORCE ROW LEVEL SECURITY;
CREATE POLICY network_meeting_tenant ON network_meeting
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

CREATE TABLE network_meeting_item (
    municipality_id text        NOT NULL,
    id              uuid        NOT NULL,
    meeting_id      uuid        NOT NULL,
    seq             integer     NOT NULL CHECK (seq >= 1),
    title           text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    decision        text        CHECK (length(decision) <= 4000),
    responsible_partner_id uuid,
    due_on          date,
    status          text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DECIDED', 'DONE')),
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id),
    UNIQUE (municipality_id, meeting_id, seq),
    FOREIGN KEY (municipality_id, meeting_id) REFERENCES network_meeting (municipality_id, id) ON DELETE CASCADE,
    FOREIGN KEY (municipality_id, responsible_partner_id) REFERENCES partner (municipality_id, id)
);
COMMENT ON TABLE network_meeting_item IS 'Tagesordnungspunkte einer Sitzung mit Beschluss, verantwortlichem Partner und Frist';
COMMENT ON COLUMN network_meeting_item.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN network_meeting_item.id IS 'Kennung';
COMMENT ON COLUMN network_meeting_item.meeting_id IS 'Sitzung';
COMMENT ON COLUMN network_meeting_item.seq IS 'Nummer des Tagesordnungspunkts';
COMMENT ON COLUMN network_meeting_item.title IS 'Titel des Tagesordnungspunkts';
COMMENT ON COLUMN network_meeting_item.decision IS 'Beschluss';
COMMENT ON COLUMN network_meeting_item.responsible_partner_id IS 'verantwortlicher Netzwerkpartner';
COMMENT ON COLUMN network_meeting_item.due_on IS 'Frist';
COMMENT ON COLUMN network_meeting_item.status IS 'OPEN (offen), DECIDED (beschlossen), DONE (erledigt)';
COMMENT ON COLUMN network_meeting_item.version IS 'Version für optimistisches Sperren';

ALTER TABLE network_meeting_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE network_meeting_item FORCE ROW LEVEL SECURITY;
CREATE POLICY network_meeting_item_tenant ON network_meeting_item
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());

CREATE TABLE network_meeting_item_gap (
    municipality_id text NOT NULL,
    item_id         uuid NOT NULL,
    gap_id          uuid NOT NULL,
    PRIMARY KEY (municipality_id, item_id, gap_id),
    FOREIGN KEY (municipality_id, item_id) REFERENCES network_meeting_item (municipality_id, id) ON DELETE CASCADE,
    FOREIGN KEY (municipality_id, gap_id) REFERENCES network_gap (municipality_id, id)
);
COMMENT ON TABLE network_meeting_item_gap IS 'Lücken, die ein Tagesordnungspunkt behandelt';
COMMENT ON COLUMN network_meeting_item_gap.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN network_meeting_item_gap.item_id IS 'Tagesordnungspunkt';
COMMENT ON COLUMN network_meeting_item_gap.gap_id IS 'Lücke';

ALTER TABLE network_meeting_item_gap ENABLE ROW LEVEL SECURITY;
ALTER TABLE network_meeting_item_gap FORCE ROW LEVEL SECURITY;
CREATE POLICY network_meeting_item_gap_tenant ON network_meeting_item_gap
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
