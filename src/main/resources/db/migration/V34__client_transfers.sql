-- Übergaben an eine andere Kommune (Modul cooperation, ADR 0408). Die abgebende Kommune legt die
-- Anfrage an; die aufnehmende sieht sie über eine eigene Richtlinie (nur lesen und beantworten) samt der
-- Momentaufnahme der Daten, die die Einwilligung für die aufnehmende Kommune deckt.

CREATE TABLE client_transfer (
    municipality_id  text        NOT NULL REFERENCES municipality (key),
    id               uuid        NOT NULL,
    case_id          uuid        NOT NULL,
    client_id        uuid        NOT NULL,
    to_municipality  text        NOT NULL REFERENCES municipality (key),
    consent_id       uuid        NOT NULL,
    data_categories  text[]      NOT NULL CHECK (cardinality(data_categories) > 0),
    disclosed        jsonb       NOT NULL,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    decline_reason   text        CHECK (length(decline_reason) BETWEEN 1 AND 2000),
    requested_at     timestamptz NOT NULL,
    requested_by     text        NOT NULL,
    answered_at      timestamptz,
    answered_by      text,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, case_id) REFERENCES case_file (municipality_id, id),
    FOREIGN KEY (municipality_id, consent_id) REFERENCES consent (municipality_id, id),
    CHECK (to_municipality <> municipality_id),
    CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL)),
    CHECK ((status = 'PENDING') = (answered_at IS NULL))
);
COMMENT ON TABLE client_transfer IS 'Übergaben eines Falls an die Kommune, in die die Person zieht; gedeckt durch eine Einwilligung, die diese Kommune nennt';
COMMENT ON COLUMN client_transfer.municipality_id IS 'abgebende Kommune (Kreisschlüssel)';
COMMENT ON COLUMN client_transfer.id IS 'Kennung';
COMMENT ON COLUMN client_transfer.case_id IS 'Fall in der abgebenden Kommune';
COMMENT ON COLUMN client_transfer.client_id IS 'betroffene Person';
COMMENT ON COLUMN client_transfer.to_municipality IS 'aufnehmende Kommune (Kreisschlüssel)';
COMMENT ON COLUMN client_transfer.consent_id IS 'Einwilligung, die die Übermittlung an die aufnehmende Kommune deckt';
COMMENT ON COLUMN client_transfer.data_categories IS 'von der Einwilligung gedeckte und übermittelte Datenkategorien';
COMMENT ON COLUMN client_transfer.disclosed IS 'übermittelte Daten je Datenkategorie (JSON), Stand bei der Anfrage';
COMMENT ON COLUMN client_transfer.status IS 'PENDING (offen), ACCEPTED (angenommen), DECLINED (abgelehnt)';
COMMENT ON COLUMN client_transfer.decline_reason IS 'Begründung der Ablehnung durch die aufnehmende Kommune';
COMMENT ON COLUMN client_transfer.requested_at IS 'angefragt am';
COMMENT ON COLUMN client_transfer.requested_by IS 'angefragt von (Anmeldename)';
COMMENT ON COLUMN client_transfer.answered_at IS 'beantwortet am';
COMMENT ON COLUMN client_transfer.answered_by IS 'beantwortet von (Anmeldename, aufnehmende Kommune)';

CREATE UNIQUE INDEX client_transfer_one_pending ON client_transfer (municipality_id, case_id) WHERE status = 'PENDING';
CREATE INDEX client_transfer_incoming ON client_transfer (to_municipality, status, requested_at DESC);

ALTER TABLE client_transfer ENABLE ROW LEVEL SECURITY;
ALTER TABLE client_transfer FORCE ROW LEVEL SECURITY;
CREATE POLICY client_transfer_tenant ON client_transfer
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
CREATE POLICY client_transfer_receiver_read ON client_transfer FOR SELECT
    USING (to_municipality = kim_current_municipality());
CREATE POLICY client_transfer_receiver_answer ON client_transfer FOR UPDATE
    USING (to_municipality = kim_current_municipality() AND status = 'PENDING')
    WITH CHECK (to_municipality = kim_current_municipality());
