-- Förderung, Teil 3: Antrag → Bescheid → Auszahlungen.
--
-- Row-Level Security: die Kommune legt Anträge an und ändert sie, solange sie bei ihr liegen; die
-- Bewilligungsbehörde (kim_state_role('GRANT_OFFICER')) gibt zurück, entscheidet, erlässt Bescheide
-- und zahlt aus; Ministerium und Bewilligungsbehörde lesen alles (kim_state_scope()).

CREATE TABLE funding_application (
    municipality_id  text          NOT NULL REFERENCES municipality (key),
    id               uuid          NOT NULL,
    year             integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status           text          NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'DECIDED')),
    material_costs   numeric(12,2) NOT NULL DEFAULT 0 CHECK (material_costs >= 0),
    requested_amount numeric(12,2) NOT NULL CHECK (requested_amount >= 0),
    submitted_on     date,
    late             boolean       NOT NULL DEFAULT false,
    return_reason    text          CHECK (length(return_reason) <= 2000),
    version          integer       NOT NULL DEFAULT 0,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    created_by       text          NOT NULL,
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_id, id)
);
COMMENT ON TABLE funding_application IS 'Förderantrag einer Kommune für ein Jahr (fällig am 31. Oktober des Vorjahres; verspätete werden angenommen und markiert)';
COMMENT ON COLUMN funding_application.municipality_id IS 'Mandant (antragstellende Kommune)';
COMMENT ON COLUMN funding_application.id IS 'Kennung';
COMMENT ON COLUMN funding_application.year IS 'Förderjahr N';
COMMENT ON COLUMN funding_application.status IS 'DRAFT (Entwurf), SUBMITTED (eingereicht), RETURNED (zur Korrektur zurückgegeben), DECIDED (beschieden)';
COMMENT ON COLUMN funding_application.material_costs IS 'beantragte Sachkosten in Euro (Baustein 1)';
COMMENT ON COLUMN funding_application.requested_amount IS 'beantragter Betrag in Euro: nach den Regeln der Richtlinie aus den geplanten Stellen berechnet, zuzüglich Sachkosten';
COMMENT ON COLUMN funding_application.submitted_on IS 'zuletzt eingereicht am';
COMMENT ON COLUMN funding_application.late IS 'verspätet: nach dem 31. Oktober des Vorjahres eingereicht';
COMMENT ON COLUMN funding_application.return_reason IS 'Grund der letzten Rückgabe zur Korrektur';
COMMENT ON COLUMN funding_application.version IS 'Version für optimistisches Sperren';
COMMENT ON COLUMN funding_application.created_at IS 'angelegt am';
COMMENT ON COLUMN funding_application.created_by IS 'angelegt von';
COMMENT ON COLUMN funding_application.updated_at IS 'zuletzt geändert am';
CREATE INDEX funding_application_year ON funding_application (municipality_id, year);

CREATE TABLE funding_application_position (
    municipality_id text         NOT NULL,
    application_id  uuid         NOT NULL,
    line            integer      NOT NULL,
    module          smallint     NOT NULL CHECK (module IN (1, 2, 3)),
    kind            text         NOT NULL CHECK (kind IN ('STAFF', 'ADMIN_ASSISTANCE')),
    fte             numeric(3,2) NOT NULL CHECK (fte >= 0.05 AND fte <= 1.00 AND mod(fte * 100, 5) = 0),
    months          integer      NOT NULL CHECK (months BETWEEN 1 AND 12),
    new_position    boolean      NOT NULL DEFAULT false,
    PRIMARY KEY (municipality_id, application_id, line),
    FOREIGN KEY (municipality_id, application_id) REFERENCES funding_application (municipality_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE funding_application_position IS 'Geplante Stellen eines Antrags je Baustein';
COMMENT ON COLUMN funding_application_position.municipality_id IS 'Mandant';
COMMENT ON COLUMN funding_application_position.application_id IS 'Antrag';
COMMENT ON COLUMN funding_application_position.line IS 'Zeile';
COMMENT ON COLUMN funding_application_position.module IS 'Baustein 1, 2 oder 3';
COMMENT ON COLUMN funding_application_position.kind IS 'STAFF oder ADMIN_ASSISTANCE';
COMMENT ON COLUMN funding_application_position.fte IS 'geplanter Stellenumfang (VZÄ)';
COMMENT ON COLUMN funding_application_position.months IS 'geplante Monate im Förderjahr';
COMMENT ON COLUMN funding_application_position.new_position IS 'neue Stelle (Arbeitsplatzausstattung, nur Baustein 1)';

CREATE TABLE funding_pass_through (
    municipality_id text          NOT NULL,
    application_id  uuid          NOT NULL,
    line            integer       NOT NULL,
    recipient_name  text          NOT NULL CHECK (length(recipient_name) BETWEEN 1 AND 200),
    recipient_kind  text          NOT NULL CHECK (recipient_kind IN ('TOWN', 'WELFARE_ORG')),
    amount          numeric(12,2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (municipality_id, application_id, line),
    FOREIGN KEY (municipality_id, application_id) REFERENCES funding_application (municipality_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE funding_pass_through IS 'Geplante Weiterleitungen eines Antrags an kreisangehörige Gemeinden oder Träger der Freien Wohlfahrtspflege (§ 9 Abs. 2 TIntG)';
COMMENT ON COLUMN funding_pass_through.municipality_id IS 'Mandant';
COMMENT ON COLUMN funding_pass_through.application_id IS 'Antrag';
COMMENT ON COLUMN funding_pass_through.line IS 'Zeile';
COMMENT ON COLUMN funding_pass_through.recipient_name IS 'Empfänger';
COMMENT ON COLUMN funding_pass_through.recipient_kind IS 'TOWN (Gemeinde) oder WELFARE_ORG (Wohlfahrtsverband)';
COMMENT ON COLUMN funding_pass_through.amount IS 'weitergeleiteter Betrag in Euro';

CREATE SEQUENCE funding_notice_number;
COMMENT ON SEQUENCE funding_notice_number IS 'laufende Nummer der Zuwendungsbescheide (Teil des Aktenzeichens)';

CREATE TABLE funding_notice (
    municipality_id   text          NOT NULL REFERENCES municipality (key),
    id                uuid          NOT NULL,
    application_id    uuid          NOT NULL,
    year              integer       NOT NULL,
    reference_number  text          NOT NULL UNIQUE,
    decision          text          NOT NULL CHECK (decision IN ('APPROVED', 'PARTLY_APPROVED', 'REJECTED')),
    decided_on        date          NOT NULL,
    computed_amount   numeric(12,2) NOT NULL CHECK (computed_amount >= 0),
    approved_amount   numeric(12,2) NOT NULL CHECK (approved_amount >= 0 AND approved_amount <= computed_amount),
    approved_module1  numeric(12,2) NOT NULL CHECK (approved_module1 >= 0),
    approved_module2  numeric(12,2) NOT NULL CHECK (approved_module2 >= 0),
    approved_module3  numeric(12,2) NOT NULL CHECK (approved_module3 >= 0),
    computed_module1  numeric(12,2) NOT NULL,
    computed_module2  numeric(12,2) NOT NULL,
    computed_module3  numeric(12,2) NOT NULL,
    reason            text          CHECK (length(reason) <= 2000),
    conditions        text          NOT NULL CHECK (length(conditions) <= 10000),
    guideline_version text          NOT NULL,
    decided_by        text          NOT NULL,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, application_id) REFERENCES funding_application (municipality_id, id),
    CHECK (approved_amount = approved_module1 + approved_module2 + approved_module3)
);
COMMENT ON TABLE funding_notice IS 'Zuwendungsbescheid der Bewilligungsbehörde zu einem Antrag: bewilligter Betrag je Baustein (nach denselben Regeln berechnet, mit Begründung herabsetzbar), Nebenbestimmungen, Aktenzeichen';
COMMENT ON COLUMN funding_notice.municipality_id IS 'Mandant (Zuwendungsempfängerin)';
COMMENT ON COLUMN funding_notice.id IS 'Kennung';
COMMENT ON COLUMN funding_notice.application_id IS 'beschiedener Antrag';
COMMENT ON COLUMN funding_notice.year IS 'Förderjahr';
COMMENT ON COLUMN funding_notice.reference_number IS 'Aktenzeichen des Bescheids';
COMMENT ON COLUMN funding_notice.decision IS 'APPROVED (bewilligt), PARTLY_APPROVED (teilweise bewilligt), REJECTED (abgelehnt)';
COMMENT ON COLUMN funding_notice.decided_on IS 'Datum des Bescheids';
COMMENT ON COLUMN funding_notice.computed_amount IS 'nach der Richtlinie aus dem Antrag berechneter Betrag in Euro';
COMMENT ON COLUMN funding_notice.approved_amount IS 'bewilligter Betrag in Euro (Summe der Bausteine, höchstens der berechnete)';
COMMENT ON COLUMN funding_notice.approved_module1 IS 'bewilligt Baustein 1 in Euro';
COMMENT ON COLUMN funding_notice.approved_module2 IS 'bewilligt Baustein 2 in Euro';
COMMENT ON COLUMN funding_notice.approved_module3 IS 'bewilligt Baustein 3 in Euro';
COMMENT ON COLUMN funding_notice.computed_module1 IS 'berechnet Baustein 1 in Euro';
COMMENT ON COLUMN funding_notice.computed_module2 IS 'berechnet Baustein 2 in Euro';
COMMENT ON COLUMN funding_notice.computed_module3 IS 'berechnet Baustein 3 in Euro';
COMMENT ON COLUMN funding_notice.reason IS 'Begründung (Pflicht bei Herabsetzung und Ablehnung)';
COMMENT ON COLUMN funding_notice.conditions IS 'Nebenbestimmungen';
COMMENT ON COLUMN funding_notice.guideline_version IS 'Richtlinienfassung und Sätze, nach denen berechnet wurde';
COMMENT ON COLUMN funding_notice.decided_by IS 'entschieden von (Anmeldename)';
COMMENT ON COLUMN funding_notice.created_at IS 'erfasst am';
CREATE UNIQUE INDEX funding_notice_application ON funding_notice (municipality_id, application_id);
CREATE INDEX funding_notice_year ON funding_notice (year);

CREATE TABLE funding_payment (
    municipality_id text          NOT NULL,
    id              uuid          NOT NULL,
    notice_id       uuid          NOT NULL,
    paid_on         date          NOT NULL,
    amount          numeric(12,2) NOT NULL CHECK (amount > 0),
    recorded_at     timestamptz   NOT NULL DEFAULT now(),
    recorded_by     text          NOT NULL,
    PRIMARY KEY (municipality_id, id),
    FOREIGN KEY (municipality_id, notice_id) REFERENCES funding_notice (municipality_id, id)
);
COMMENT ON TABLE funding_payment IS 'Auszahlungen (Abschläge) auf einen Bescheid; zusammen nie mehr als bewilligt';
COMMENT ON COLUMN funding_payment.municipality_id IS 'Mandant';
COMMENT ON COLUMN funding_payment.id IS 'Kennung';
COMMENT ON COLUMN funding_payment.notice_id IS 'Bescheid';
COMMENT ON COLUMN funding_payment.paid_on IS 'ausgezahlt am';
COMMENT ON COLUMN funding_payment.amount IS 'Betrag in Euro';
COMMENT ON COLUMN funding_payment.recorded_at IS 'erfasst am';
COMMENT ON COLUMN funding_payment.recorded_by IS 'erfasst von';
CREATE INDEX funding_payment_notice ON funding_payment (municipality_id, notice_id);

ALTER TABLE funding_application ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_application FORCE ROW LEVEL SECURITY;
CREATE POLICY funding_application_read ON funding_application FOR SELECT
    USING (municipality_id = kim_current_municipality() OR kim_state_scope());
CREATE POLICY funding_application_insert ON funding_application FOR INSERT
    WITH CHECK (municipality_id = kim_current_municipality());
CREATE POLICY funding_application_update ON funding_application FOR UPDATE
    USING (municipality_id = kim_current_municipality() OR kim_state_role('GRANT_OFFICER'))
    WITH CHECK (municipality_id = kim_current_municipality() OR kim_state_role('GRANT_OFFICER'));

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['funding_application_position', 'funding_pass_through']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (municipality_id = kim_current_municipality() OR kim_state_scope())', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (municipality_id = kim_current_municipality())', t || '_insert', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (municipality_id = kim_current_municipality())', t || '_delete', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['funding_notice', 'funding_payment']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (municipality_id = kim_current_municipality() OR kim_state_scope())', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (kim_state_role(''GRANT_OFFICER''))', t || '_insert', t);
    END LOOP;
END
$$;
REVOKE UPDATE, DELETE ON funding_notice, funding_payment FROM ${appRole};
REVOKE DELETE ON funding_application FROM ${appRole};
