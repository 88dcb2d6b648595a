-- Förderung, Teil 6: die Zahlen des Sachberichts im Verwendungsnachweis.
--
-- Beim Einreichen hält der Verwendungsnachweis die Fallzahlen der Kommune für das Förderjahr fest
-- (nur Anzahlen, keine Personen), damit der geprüfte Sachbericht sich später nicht mehr ändert,
-- auch wenn Fälle nachträglich abgeschlossen werden. Im Entwurf werden sie jeweils neu ermittelt.
-- Vor dieser Migration eingereichte Nachweise haben keine festgehaltenen Zahlen (NULL).
ALTER TABLE funding_proof_of_use ADD COLUMN factual_figures jsonb;
ALTER TABLE funding_proof_of_use ADD COLUMN figures_as_of date;
COMMENT ON COLUMN funding_proof_of_use.factual_figures IS 'Zahlen des Sachberichts (Abschnitte mit Anzahlen, z. B. Fälle neu/offen/abgeschlossen je Grund), festgehalten beim Einreichen; im Entwurf leer';
COMMENT ON COLUMN funding_proof_of_use.figures_as_of IS 'Tag, an dem die Zahlen des Sachberichts festgehalten wurden (Einreichung)';
