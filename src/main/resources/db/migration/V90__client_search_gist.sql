-- Unscharfe Suche bei landesweiten Daten (Issue 7, ADR 0804): Die GIN-Indizes aus V11 tragen Mandant und
-- Organisation als btree_gin-Spalten. Bei 300.000 Klient*innen (eine Kölner Organisation: 10.765) muss
-- GIN dafür die langen Trefferlisten von Kommune und Organisation schneiden; jede Hälfte der Suche
-- kostete so über 100 ms, und der Planer filterte lieber alle 10.765 Zeilen mit word_similarity
-- (EXPLAIN ANALYZE: 250–520 ms). GiST ordnet nach Mandant und Organisation zuerst und findet die
-- Trigramm-Treffer darin direkt (17–28 ms); die Kölner-Phonetik-Codes sind selten genug für einen
-- einfachen GIN-Index, Mandant und Organisation prüft die Zeile danach.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE INDEX client_search_names_gist ON client
    USING gist (municipality_id, organisation_id, search_names gist_trgm_ops);
COMMENT ON INDEX client_search_names_gist IS 'Trigramm-Suche (Operator <%) innerhalb von Mandant und Organisation (ersetzt client_search_names, ADR 0804)';

CREATE INDEX client_phonetic_codes_gin ON client USING gin (phonetic_codes);
COMMENT ON INDEX client_phonetic_codes_gin IS 'Phonetische Suche (Operator @>); Mandant und Organisation prüft die Zeile (ersetzt client_phonetic_codes, ADR 0804)';

DROP INDEX client_search_names;
DROP INDEX client_phonetic_codes;
