-- Vermittlungen (Modul cooperation). Die Tabelle referral hält nur Kennungen und Codes: ihre Zahlen
-- (je Rechtskreis, Status, Ablehnungsgrund) darf auch die Landesebene für alle Kommunen auswerten
-- (ADR 0405). Was an Inhalt übermittelt wurde (Daten der Person, Anmerkungen, Ergebnis), steht in
-- referral_content und bleibt im Mandanten.

CREATE TABLE referral (
    municipality_id text        NOT NULL REFERENCES municipality (key),
    id              uuid        NOT NULL,
    case_id         uuid        NOT NULL,
    client_id       uuid        NOT NULL,
    partner_id      uuid        NOT NULL,
    consent_id      uuid        NOT NULL,
    legal_domain    text        NOT NULL CHECK (legal_domain IN ('SGB_II', 'SGB_III', 'SGB_VIII', 'SGB_IX', 'SGB_XII',
                                    'ASYLBLG', 'AUFENTHG', 'STAG', 'BAFOEG', 'OTHER')),
    life_domain     text        CHECK (life_domain IN ('RESIDENCE', 'LANGUAGE', 'EDUCATION', 'WORK', 'RECOGNITION', 'HOUSING',
                                    'HEALTH', 'LIVELIHOOD', 'FAMILY', 'PARTICIPATION', 'NATURALISATION')),
    data_categories text[]      NOT NULL CHECK (cardinality(data_categories) > 0),
    status          text        NOT NULL CHECK (status IN ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'WITHDRAWN')),
    decline_reason  text        CHECK (decline_reason IN ('NO_CAPACITY', 'NOT_RESPONSIBLE', 'CLIENT_DID_NOT_APPEAR',
                                    'CLIENT_REFUSED', 'OTHER')),
    sent_on         date        NOT NULL,
    sent_at         timestamptz NOT NULL,
    sent_by         text        NOT NULL,
    answered_at     timestamptz,
    updated_at      timestamptz NOT NULL,
    updated_by      text        NOT NULL,
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, case_id) REFERENCES case_file (municipality_id, id),
    FOREIGN KEY (municipality_id, partner_id) REFERENCES partner (municipality_id, id),
    FOREIGN KEY (municipality_id, consent_id) REFERENCES consent (municipality_id, id),
    CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))
);
COMMENT ON TABLE referral IS 'Vermittlungen eines Falls an einen Netzwerkpartner, jede gedeckt durch eine Einwilligung; ohne Inhalte (die stehen in referral_content)';
COMMENT ON COLUMN referral.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN referral.id IS 'Kennung';
COMMENT ON COLUMN referral.case_id IS 'Fall';
COMMENT ON COLUMN referral.client_id IS 'betroffene Person';
COMMENT ON COLUMN referral.partner_id IS 'empfangender Netzwerkpartner';
COMMENT ON COLUMN referral.consent_id IS 'Einwilligung, die die Übermittlung deckte';
COMMENT ON COLUMN referral.legal_domain IS 'Rechtskreis (angegeben oder aus dem Partner abgeleitet)';
COMMENT ON COLUMN referral.life_domain IS 'Handlungsfeld, falls angegeben (z. B. LANGUAGE)';
COMMENT ON COLUMN referral.data_categories IS 'übermittelte Datenkategorien';
COMMENT ON COLUMN referral.status IS 'SENT (gesendet), ACCEPTED (angenommen), DECLINED (abgelehnt), COMPLETED (abgeschlossen), WITHDRAWN (zurückgezogen)';
COMMENT ON COLUMN referral.decline_reason IS 'Ablehnungsgrund: NO_CAPACITY, NOT_RESPONSIBLE, CLIENT_DID_NOT_APPEAR, CLIENT_REFUSED, OTHER';
COMMENT ON COLUMN referral.sent_on IS 'vermittelt am (Tag, für Auswertungen je Jahr)';
COMMENT ON COLUMN referral.sent_at IS 'vermittelt am (Zeitpunkt)';
COMMENT ON COLUMN referral.sent_by IS 'vermittelt von (Anmeldename)';
COMMENT ON COLUMN referral.answered_at IS 'erste Antwort des Partners am';
COMMENT ON COLUMN referral.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN referral.updated_by IS 'zuletzt geändert von (Anmeldename)';
COMMENT ON COLUMN referral.version IS 'Version für optimistisches Sperren';

CREATE INDEX referral_case ON referral (municipality_id, case_id, sent_at DESC);
CREATE INDEX referral_partner ON referral (municipality_id, partner_id, sent_at DESC);
CREATE INDEX referral_year ON referral (municipality_id, sent_on);

ALTER TABLE referral ENABLE ROW LEVEL SECURITY;
ALTER TABLE referral FORCE ROW LEVEL SECURITY;
CREATE POLICY referral_tenant ON referral
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
-- Landesebene (Ministerium, Bewilligungsbehörde; kim.state_roles wie in ADR 0301): nur lesen, und die
-- Anwendung liest hier nur Summen (ReferralFigures). Ausgeschrieben, weil kim_state_scope() erst mit V40 entsteht.
CREATE POLICY referral_state_read ON referral FOR SELECT
    USING (coalesce(string_to_array(nullif(current_setting('kim.state_roles', true), ''), ',')
                    && ARRAY['GRANT_OFFICER', 'MINISTRY_ANALYST']::text[], false));

CREATE TABLE referral_content (
    municipality_id text  NOT NULL,
    referral_id     uuid  NOT NULL,
    note            text  CHECK (length(note) <= 2000),
    disclosed       jsonb NOT NULL,
    outcome         text  CHECK (length(outcome) <= 2000),
    PRIMARY KEY (municipality_id, referral_id),
    FOREIGN KEY (municipality_id, referral_id) REFERENCES referral (municipality_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE referral_content IS 'Inhalt einer Vermittlung: übermittelte Daten je Kategorie, Anmerkung der Fallführung, Ergebnis; der Partner sieht sie nur, solange eine Einwilligung die Kategorie deckt';
COMMENT ON COLUMN referral_content.municipality_id IS 'Mandant (Kreisschlüssel)';
COMMENT ON COLUMN referral_content.referral_id IS 'Vermittlung';
COMMENT ON COLUMN referral_content.note IS 'Anmerkung der Fallführung an den Partner';
COMMENT ON COLUMN referral_content.disclosed IS 'übermittelte Daten je Datenkategorie (JSON), Stand bei Vermittlung';
COMMENT ON COLUMN referral_content.outcome IS 'Ergebnis der Vermittlung';

ALTER TABLE referral_content ENABLE ROW LEVEL SECURITY;
ALTER TABLE referral_content FORCE ROW LEVEL SECURITY;
CREATE POLICY referral_content_tenant ON referral_content
    USING (municipality_id = kim_current_municipality())
    WITH CHECK (municipality_id = kim_current_municipality());
