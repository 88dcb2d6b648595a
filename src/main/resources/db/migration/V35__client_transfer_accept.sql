-- Annahme einer Übergabe (ADR 0408, 0409): eine Funktion mit Eigentümerrechten, die nur für eine offene
-- (PENDING) Übergabe an die Kommune der Verbindung arbeitet und in einer Transaktion die registrierten
-- Schritte der Module ausführt (Tabelle client_transfer_step, Funktionen in V36).

ALTER TABLE client ADD COLUMN transferred_to text REFERENCES municipality (key);
ALTER TABLE client ADD COLUMN transferred_at timestamptz;
ALTER TABLE client ADD CHECK ((transferred_to IS NULL) = (transferred_at IS NULL));
COMMENT ON COLUMN client.transferred_to IS 'an diese Kommune übergeben: die Zeile ist nur noch ein Grabstein ohne Personendaten';
COMMENT ON COLUMN client.transferred_at IS 'übergeben am';

ALTER TABLE case_file ADD COLUMN transferred_from uuid;
ALTER TABLE case_file ADD COLUMN transferred_to text REFERENCES municipality (key);
ALTER TABLE case_file ADD CHECK (transferred_to IS NULL OR closure_reason = 'TRANSFERRED');
COMMENT ON COLUMN case_file.transferred_from IS 'Fall in der abgebenden Kommune, aus dem dieser Fall durch Übergabe entstand';
COMMENT ON COLUMN case_file.transferred_to IS 'aufnehmende Kommune, an die dieser Fall übergeben wurde';

ALTER TABLE client_transfer ADD COLUMN new_case_id uuid;
ALTER TABLE client_transfer ADD CHECK ((status = 'ACCEPTED') = (new_case_id IS NOT NULL));
COMMENT ON COLUMN client_transfer.new_case_id IS 'neuer Fall in der aufnehmenden Kommune (nach der Annahme)';

CREATE TABLE client_transfer_step (
    position      integer PRIMARY KEY,
    module        text    NOT NULL UNIQUE,
    function_name text    NOT NULL UNIQUE CHECK (function_name ~ '^kim_transfer_step_[a-z_]+$'),
    description   text    NOT NULL
);
COMMENT ON TABLE client_transfer_step IS 'Schritte der Module bei der Annahme einer Übergabe, in dieser Reihenfolge; je Modul eine Funktion (p jsonb)';
COMMENT ON COLUMN client_transfer_step.position IS 'Reihenfolge (Eltern vor Kindern: Person, Fall, Einwilligungen, Aufenthalt)';
COMMENT ON COLUMN client_transfer_step.module IS 'Modul, dem die Tabellen des Schritts gehören (Java-Gegenstück: ClientTransferStep)';
COMMENT ON COLUMN client_transfer_step.function_name IS 'Funktion des Schritts';
COMMENT ON COLUMN client_transfer_step.description IS 'was der Schritt bewegt';
-- keine Mandantendaten; nur die Migrationen tragen Schritte ein
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON client_transfer_step FROM ${appRole};
GRANT SELECT ON client_transfer_step TO ${appRole};

-- Kopiert die Zeilen einer Tabelle, die p_where in der abgebenden Kommune trifft ($2 = Kontext p), in die
-- aufnehmende Kommune; p_set überschreibt Spalten. Liest und schreibt je unter dem passenden Mandanten,
-- damit die Row-Level Security auch für den Eigentümer (FORCE) gilt. Vorhandene Zeilen bleiben
-- (eine Person kann zurückkehren; ihre alten Einwilligungen liegen dort noch als Nachweis).
CREATE FUNCTION kim_transfer_copy(p_table regclass, p_where text, p jsonb, p_set jsonb DEFAULT '{}')
    RETURNS integer
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_rows  jsonb;
    v_count integer;
BEGIN
    PERFORM set_config('kim.municipality_id', p ->> 'from', true);
    EXECUTE format('SELECT coalesce(jsonb_agg(to_jsonb(t)), ''[]'') FROM %s t WHERE t.municipality_id = $1 AND (%s)',
                   p_table, p_where)
        INTO v_rows USING p ->> 'from', p;
    PERFORM set_config('kim.municipality_id', p ->> 'to', true);
    EXECUTE format('INSERT INTO %1$s SELECT (jsonb_populate_record(NULL::%1$s, r || $1)).* FROM jsonb_array_elements($2) r '
                   'ON CONFLICT DO NOTHING', p_table)
        USING p_set || jsonb_build_object('municipality_id', p ->> 'to'), v_rows;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- Löscht in der abgebenden Kommune die Zeilen, die p_where trifft ($2 = Kontext p).
CREATE FUNCTION kim_transfer_delete(p_table regclass, p_where text, p jsonb)
    RETURNS integer
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_count integer;
BEGIN
    PERFORM set_config('kim.municipality_id', p ->> 'from', true);
    EXECUTE format('DELETE FROM %s t WHERE t.municipality_id = $1 AND (%s)', p_table, p_where) USING p ->> 'from', p;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- Die Annahme. Fehler: KT404 (keine an diese Kommune gerichtete Übergabe), KT409 (nicht mehr offen, Fall
-- geschlossen, Person nicht mehr da).
CREATE FUNCTION kim_transfer_accept(p_transfer uuid, p_new_case uuid, p_by text, p_by_name text, p_organisation uuid,
                                    p_today date)
    RETURNS uuid
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_to     text := kim_current_municipality();
    v_status text;
    t        client_transfer;
    p        jsonb;
    s        record;
BEGIN
    IF v_to IS NULL THEN
        RAISE EXCEPTION 'Übergabe ohne Kommune' USING ERRCODE = 'KT404';
    END IF;
    SELECT status INTO v_status FROM client_transfer WHERE id = p_transfer AND to_municipality = v_to;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Keine Übergabe % an %', p_transfer, v_to USING ERRCODE = 'KT404';
    END IF;
    IF v_status <> 'PENDING' THEN
        RAISE EXCEPTION 'Übergabe % ist %', p_transfer, v_status USING ERRCODE = 'KT409';
    END IF;
    SELECT * INTO t FROM client_transfer
     WHERE id = p_transfer AND to_municipality = v_to AND status = 'PENDING' FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Übergabe % wurde gerade beantwortet', p_transfer USING ERRCODE = 'KT409';
    END IF;
    UPDATE client_transfer SET status = 'ACCEPTED', answered_at = now(), answered_by = p_by, new_case_id = p_new_case
     WHERE municipality_id = t.municipality_id AND id = t.id;

    p := jsonb_build_object('transfer', t.id, 'from', t.municipality_id, 'to', v_to, 'client', t.client_id,
                            'oldCase', t.case_id, 'newCase', p_new_case, 'organisation', p_organisation, 'by', p_by,
                            'byName', p_by_name, 'today', p_today, 'at', now());
    FOR s IN SELECT function_name FROM client_transfer_step ORDER BY position LOOP
        EXECUTE format('SELECT %I($1)', s.function_name) USING p;
    END LOOP;
    PERFORM set_config('kim.municipality_id', v_to, true);
    RETURN t.case_id;
END
$$;
COMMENT ON FUNCTION kim_transfer_accept(uuid, uuid, text, text, uuid, date) IS
    'Annahme einer offenen Übergabe durch die Kommune der Verbindung: führt die registrierten Schritte atomar aus (ADR 0409)';

REVOKE ALL ON FUNCTION kim_transfer_copy(regclass, text, jsonb, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION kim_transfer_delete(regclass, text, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION kim_transfer_accept(uuid, uuid, text, text, uuid, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kim_transfer_accept(uuid, uuid, text, text, uuid, date) TO ${appRole};
