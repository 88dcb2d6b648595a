-- Row-Level Security lässt einen Index nur für Bedingungen zu, deren Operatoren als LEAKPROOF gelten
-- (sonst könnten sie vor der Mandantenprüfung Daten fremder Zeilen verraten). Die Operatoren der
-- unscharfen Suche (pg_trgm <% und %>, Feld-Enthaltensein @>) geben nur true/false zurück und werfen
-- keine wertabhängigen Fehler; ohne diese Kennzeichnung läuft jede Suche als Full Table Scan (ADR 0101).
-- Nur ein Superuser darf das setzen. Dieses Skript läuft nach jeder Migration (auch nach einem
-- Restore mit pg_restore, das die Kennzeichnung nicht mitnimmt); ohne Superuser-Rechte tut es nichts,
-- und die Anwendung warnt beim Start.
DO $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        IF NOT (SELECT proleakproof FROM pg_proc WHERE oid = 'word_similarity_op(text,text)'::regprocedure) THEN
            ALTER FUNCTION word_similarity_op(text, text) LEAKPROOF;
        END IF;
        IF NOT (SELECT proleakproof FROM pg_proc WHERE oid = 'word_similarity_commutator_op(text,text)'::regprocedure) THEN
            ALTER FUNCTION word_similarity_commutator_op(text, text) LEAKPROOF;
        END IF;
        IF NOT (SELECT proleakproof FROM pg_proc WHERE oid = 'pg_catalog.arraycontains(anyarray,anyarray)'::regprocedure) THEN
            ALTER FUNCTION pg_catalog.arraycontains(anyarray, anyarray) LEAKPROOF;
        END IF;
    END IF;
END
$$;
