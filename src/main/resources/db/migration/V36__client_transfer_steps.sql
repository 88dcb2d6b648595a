-- Die Schritte der Module bei der Annahme einer Übergabe (ADR 0409). Jede Funktion bewegt nur Tabellen
-- ihres Moduls; kim_transfer_accept ruft sie in der Reihenfolge von client_transfer_step. Kontext p:
-- transfer, from, to, client, oldCase, newCase, organisation, by, byName, today, at.
-- Fehler KT409: der Vorgang passt nicht mehr (Person schon übergeben, Fall geschlossen).

-- Modul client: die Person mit derselben Kennung in die aufnehmende Kommune (Organisation der annehmenden
-- Person); in der abgebenden bleibt ein Grabstein ohne Personendaten, den die Anwendung als „nicht vorhanden“ behandelt.
CREATE FUNCTION kim_transfer_step_client(p jsonb) RETURNS void
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
DECLARE
    c client;
BEGIN
    PERFORM set_config('kim.municipality_id', p ->> 'from', true);
    SELECT * INTO c FROM client
     WHERE municipality_id = p ->> 'from' AND id = (p ->> 'client')::uuid AND transferred_to IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Person % ist in % nicht (mehr) vorhanden', p ->> 'client', p ->> 'from' USING ERRCODE = 'KT409';
    END IF;
    PERFORM set_config('kim.municipality_id', p ->> 'to', true);
    INSERT INTO client (municipality_id, id, organisation_id, given_name, family_name, original_script_name, birth_date,
                        gender, nationalities, languages, arrival_date, phone, email, search_names, phonetic_codes,
                        created_at, created_by, updated_at, version)
    VALUES (p ->> 'to', c.id, (p ->> 'organisation')::uuid, c.given_name, c.family_name, c.original_script_name,
            c.birth_date, c.gender, c.nationalities, c.languages, c.arrival_date, c.phone, c.email, c.search_names,
            c.phonetic_codes, c.created_at, c.created_by, now(), 0)
    ON CONFLICT (municipality_id, id) DO UPDATE SET
        organisation_id = EXCLUDED.organisation_id, given_name = EXCLUDED.given_name,
        family_name = EXCLUDED.family_name, original_script_name = EXCLUDED.original_script_name,
        birth_date = EXCLUDED.birth_date, gender = EXCLUDED.gender, nationalities = EXCLUDED.nationalities,
        languages = EXCLUDED.languages, arrival_date = EXCLUDED.arrival_date, phone = EXCLUDED.phone,
        email = EXCLUDED.email, search_names = EXCLUDED.search_names, phonetic_codes = EXCLUDED.phonetic_codes,
        transferred_to = NULL, transferred_at = NULL, updated_at = now(), version = client.version + 1;
    PERFORM set_config('kim.municipality_id', p ->> 'from', true);
    UPDATE client SET given_name = '–', family_name = '–', original_script_name = NULL, birth_date = NULL,
                      gender = 'UNSPECIFIED', nationalities = '{}', languages = '{}', arrival_date = NULL, phone = NULL,
                      email = NULL, search_names = '', phonetic_codes = '{}', transferred_to = p ->> 'to',
                      transferred_at = now(), updated_at = now(), version = version + 1
     WHERE municipality_id = p ->> 'from' AND id = c.id;
END
$$;

-- Modul casework: neuer Fall (Fallmanagerin = annehmende Person, transferred_from = alter Fall) mit den offenen
-- Zielen, offenen Wiedervorlagen und Dokumenten; der alte Fall wird mit TRANSFERRED abgeschlossen und behält
-- nur Gerüst, Phasen, erledigte Arbeit und Kontakte ohne Vermerke.
CREATE FUNCTION kim_transfer_step_casework(p jsonb) RETURNS void
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
DECLARE
    old_case case_file;
    v_case   text := 'case_id = ($2 ->> ''oldCase'')::uuid';
BEGIN
    PERFORM set_config('kim.municipality_id', p ->> 'from', true);
    SELECT * INTO old_case FROM case_file
     WHERE municipality_id = p ->> 'from' AND id = (p ->> 'oldCase')::uuid AND client_id = (p ->> 'client')::uuid
       FOR UPDATE;
    IF NOT FOUND OR old_case.phase = 'CLOSED' THEN
        RAISE EXCEPTION 'Fall % ist nicht mehr offen', p ->> 'oldCase' USING ERRCODE = 'KT409';
    END IF;

    PERFORM set_config('kim.municipality_id', p ->> 'to', true);
    INSERT INTO case_file (municipality_id, id, client_id, organisation_id, case_manager, case_manager_name, phase,
                           team_shared, opened_on, created_at, updated_at, version, transferred_from)
    VALUES (p ->> 'to', (p ->> 'newCase')::uuid, old_case.client_id, (p ->> 'organisation')::uuid, p ->> 'by',
            p ->> 'byName', old_case.phase, false, (p ->> 'today')::date, now(), now(), 0, old_case.id);
    INSERT INTO case_phase_change (municipality_id, case_id, seq, from_phase, to_phase, changed_on, changed_at, changed_by)
    VALUES (p ->> 'to', (p ->> 'newCase')::uuid, 1, NULL, old_case.phase, (p ->> 'today')::date, now(), p ->> 'by');

    PERFORM kim_transfer_copy('case_goal', v_case || ' AND status = ''OPEN''', p,
                              jsonb_build_object('case_id', p ->> 'newCase'));
    PERFORM kim_transfer_copy('case_follow_up', v_case || ' AND NOT done', p,
                              jsonb_build_object('case_id', p ->> 'newCase', 'assigned_to', p ->> 'by'));
    PERFORM kim_transfer_copy('case_document', v_case, p, jsonb_build_object('case_id', p ->> 'newCase'));

    PERFORM kim_transfer_delete('case_goal', v_case || ' AND status = ''OPEN''', p);
    PERFORM kim_transfer_delete('case_follow_up', v_case || ' AND NOT done', p);
    PERFORM kim_transfer_delete('case_document', v_case, p);
    UPDATE case_contact SET note = NULL
     WHERE municipality_id = p ->> 'from' AND case_id = old_case.id;
    UPDATE case_assessment_domain SET note = NULL
     WHERE municipality_id = p ->> 'from'
       AND assessment_id IN (SELECT id FROM case_assessment WHERE municipality_id = p ->> 'from' AND case_id = old_case.id);
    UPDATE case_file SET phase = 'CLOSED', closed_on = (p ->> 'today')::date, closure_reason = 'TRANSFERRED',
                         closure_note = NULL, transferred_to = p ->> 'to', updated_at = now(), version = version + 1
     WHERE municipality_id = p ->> 'from' AND id = old_case.id;
    INSERT INTO case_phase_change (municipality_id, case_id, seq, from_phase, to_phase, changed_on, changed_at, changed_by)
    VALUES (p ->> 'from', old_case.id,
            (SELECT coalesce(max(seq), 0) + 1 FROM case_phase_change WHERE municipality_id = p ->> 'from' AND case_id = old_case.id),
            old_case.phase, 'CLOSED', (p ->> 'today')::date, now(), p ->> 'by');
END
$$;

-- Modul consent: Einwilligungen (mit Scan) und das Übermittlungsverzeichnis der Person gehen als Kopie mit;
-- die abgebende Kommune behält ihre Stücke als Nachweis ihrer früheren Übermittlungen (Art. 5 Abs. 2,
-- Art. 7 Abs. 1 DSGVO), lesen kann sie sie ohne die Person nicht mehr.
CREATE FUNCTION kim_transfer_step_consent(p jsonb) RETURNS void
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_client text := 'client_id = ($2 ->> ''client'')::uuid';
BEGIN
    PERFORM kim_transfer_copy('consent', v_client, p);
    PERFORM kim_transfer_copy('consent_scan',
        'consent_id IN (SELECT c.id FROM consent c WHERE c.municipality_id = $1 AND c.client_id = ($2 ->> ''client'')::uuid)', p);
    PERFORM kim_transfer_copy('transmission', v_client, p);
END
$$;

-- Modul residence: Aufenthaltsstatus mit Historie, Angaben für Perspektivhinweise, Hinweise und
-- Rechtskreiswechsel ziehen um; Erinnerungen an Personen der abgebenden Kommune entfallen.
CREATE FUNCTION kim_transfer_step_residence(p jsonb) RETURNS void
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_client text := 'client_id = ($2 ->> ''client'')::uuid';
    v_status text := 'status_id IN (SELECT s.id FROM residence_status s WHERE s.municipality_id = $1 AND s.client_id = ($2 ->> ''client'')::uuid)';
BEGIN
    PERFORM kim_transfer_copy('residence_status', v_client, p);
    PERFORM kim_transfer_copy('residence_status_revision', v_status, p);
    PERFORM kim_transfer_copy('residence_facts', v_client, p);
    PERFORM kim_transfer_copy('perspective_hint', v_client, p);
    PERFORM kim_transfer_copy('legal_domain_change', v_client, p);

    PERFORM kim_transfer_delete('legal_domain_change', v_client, p);
    PERFORM kim_transfer_delete('residence_notification', v_client, p);
    PERFORM kim_transfer_delete('residence_status_revision', v_status, p);
    PERFORM kim_transfer_delete('perspective_hint', v_client, p);
    PERFORM kim_transfer_delete('residence_facts', v_client, p);
    PERFORM kim_transfer_delete('residence_status', v_client, p);
END
$$;

REVOKE ALL ON FUNCTION kim_transfer_step_client(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION kim_transfer_step_casework(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION kim_transfer_step_consent(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION kim_transfer_step_residence(jsonb) FROM PUBLIC;

INSERT INTO client_transfer_step (position, module, function_name, description) VALUES
    (10, 'client', 'kim_transfer_step_client', 'Person (gleiche Kennung); Grabstein in der abgebenden Kommune'),
    (20, 'casework', 'kim_transfer_step_casework', 'neuer Fall mit offenen Zielen, offenen Wiedervorlagen und Dokumenten; alter Fall TRANSFERRED'),
    (30, 'consent', 'kim_transfer_step_consent', 'Einwilligungen mit Scan und Übermittlungsverzeichnis (Kopie)'),
    (40, 'residence', 'kim_transfer_step_residence', 'Aufenthaltsstatus mit Historie, Angaben, Hinweise, Rechtskreiswechsel');
