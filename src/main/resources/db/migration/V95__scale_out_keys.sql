-- Bereit für Citus (ADR 0005, docs/betrieb/skalierung.md): jede Mandantentabelle trägt den
-- Kreisschlüssel in ihrem Primärschlüssel und in jeder eindeutigen Bedingung, damit sie nach
-- municipality_id verteilt werden kann. Geprüft von ScaleOutReadinessIT.

-- Hochgeladene Tabellen: Primärschlüssel bisher nur die Kennung.
ALTER TABLE import_upload DROP CONSTRAINT import_upload_pkey;
ALTER TABLE import_upload ADD CONSTRAINT import_upload_pkey PRIMARY KEY (municipality_id, id);

-- Aktenzeichen der Zuwendungsbescheide: eindeutig je Kommune. Die Nummer stammt weiter aus der einen
-- Sequenz funding_notice_number und bleibt damit landesweit verschieden.
ALTER TABLE funding_notice DROP CONSTRAINT funding_notice_reference_number_key;
ALTER TABLE funding_notice ADD CONSTRAINT funding_notice_reference_number_key UNIQUE (municipality_id, reference_number);
