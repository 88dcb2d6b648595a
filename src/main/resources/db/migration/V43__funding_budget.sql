-- Förderung, Teil 4: Haushalt gegen die gesetzliche Mindestsumme nach § 3 Abs. 2 TIntG.
--
-- Mindestens 130.000.000 € jährlich für die Integrationsinfrastruktur (Basisjahr 2022); ab 2023 jeweils
-- Vorjahresbetrag × (1 + 0,8 × Tarifsteigerung TV-L + 0,2 × Veränderung des Verbraucherpreisindex für
-- Wohnung, Wasser, Strom, Gas und andere Brennstoffe). Die Veränderungen trägt das Ministerium je Jahr ein.

CREATE TABLE funding_budget_year (
    year                       integer       PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    statutory_base             numeric(12,2) CHECK (statutory_base >= 0),
    tvl_pay_rise_percent       numeric(7,4),
    cpi_housing_energy_percent numeric(7,4),
    kim_budget                 numeric(12,2) CHECK (kim_budget >= 0),
    note                       text          CHECK (length(note) <= 500),
    updated_at                 timestamptz   NOT NULL DEFAULT now(),
    updated_by                 text          NOT NULL,
    version                    integer       NOT NULL DEFAULT 0
);
COMMENT ON TABLE funding_budget_year IS 'Haushaltsdaten je Jahr (Landesebene): Indexveränderungen für die Fortschreibung der Mindestsumme nach § 3 Abs. 2 TIntG und der KIM-Haushaltsansatz';
COMMENT ON COLUMN funding_budget_year.year IS 'Haushaltsjahr';
COMMENT ON COLUMN funding_budget_year.statutory_base IS 'gesetzlicher Ausgangsbetrag der Mindestsumme (nur im Basisjahr 2022: 130.000.000 €)';
COMMENT ON COLUMN funding_budget_year.tvl_pay_rise_percent IS 'Tarifsteigerung nach TV-L in Prozent (Gewicht 80 %)';
COMMENT ON COLUMN funding_budget_year.cpi_housing_energy_percent IS 'Veränderung des Verbraucherpreisindex für Wohnung, Wasser, Strom, Gas und andere Brennstoffe in Prozent (Gewicht 20 %)';
COMMENT ON COLUMN funding_budget_year.kim_budget IS 'im Haushalt veranschlagter Betrag für KIM in Euro';
COMMENT ON COLUMN funding_budget_year.note IS 'Anmerkung, z. B. Quelle der Indexwerte';
COMMENT ON COLUMN funding_budget_year.updated_at IS 'zuletzt geändert am';
COMMENT ON COLUMN funding_budget_year.updated_by IS 'zuletzt geändert von';
COMMENT ON COLUMN funding_budget_year.version IS 'Version für optimistisches Sperren';

INSERT INTO funding_budget_year (year, statutory_base, note, updated_by)
VALUES (2022, 130000000.00, '§ 3 Abs. 2 TIntG: mindestens 130.000.000 € (Basisjahr 2022)', 'migration');

-- Nur die Landesebene liest; das Ministerium schreibt.
ALTER TABLE funding_budget_year ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_budget_year FORCE ROW LEVEL SECURITY;
CREATE POLICY funding_budget_year_read ON funding_budget_year FOR SELECT USING (kim_state_scope());
CREATE POLICY funding_budget_year_insert ON funding_budget_year FOR INSERT WITH CHECK (kim_state_role('MINISTRY_ANALYST'));
CREATE POLICY funding_budget_year_update ON funding_budget_year FOR UPDATE
    USING (kim_state_role('MINISTRY_ANALYST')) WITH CHECK (kim_state_role('MINISTRY_ANALYST'));
REVOKE DELETE ON funding_budget_year FROM ${appRole};
