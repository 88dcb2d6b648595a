-- Unscharfe Suche nach Klient*innen (ADR 0101): Trigramm-Index über die Suchformen des Namens und
-- ein Index über die Kölner-Phonetik-Codes, beide zuerst nach Mandant und Organisation gegliedert,
-- damit eine Suche nur die Einträge der eigenen Organisation berührt.

-- btree_gin erlaubt Gleichheitsspalten (Mandant, Organisation) im selben GIN-Index wie die Trigramme.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Die Codes als Feld statt als Text: so prüft der Index "enthält alle Codes der Anfrage" (@>).
ALTER TABLE client ALTER COLUMN phonetic_codes DROP DEFAULT;
ALTER TABLE client ALTER COLUMN phonetic_codes TYPE text[]
    USING coalesce(string_to_array(nullif(phonetic_codes, ''), ' '), '{}');
ALTER TABLE client ALTER COLUMN phonetic_codes SET DEFAULT '{}';

COMMENT ON COLUMN client.search_names IS 'Suchformen des Namens, von der Anwendung berechnet: lateinisch, klein, ASCII; ohne Diakritika, mit ae/oe/ue und zusammengezogen; Transliterationen aus Kyrillisch (BGN russisch/ukrainisch, ICU, deutsch nach Duden) und Arabisch; durch Leerzeichen getrennt';
COMMENT ON COLUMN client.phonetic_codes IS 'Kölner Phonetik jedes Worts jeder Suchform (ohne Dubletten)';

CREATE INDEX client_search_names ON client
    USING gin (municipality_id, organisation_id, search_names gin_trgm_ops);
COMMENT ON INDEX client_search_names IS 'Trigramm-Suche (Operator <%) innerhalb von Mandant und Organisation';

CREATE INDEX client_phonetic_codes ON client
    USING gin (municipality_id, organisation_id, phonetic_codes);
COMMENT ON INDEX client_phonetic_codes IS 'Phonetische Suche (Operator @>) innerhalb von Mandant und Organisation';
