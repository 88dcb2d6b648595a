-- Zweiter Faktor (TOTP nach RFC 6238) für Verwaltungskonten. Eigene Tabelle ohne RLS: bei der
-- Anmeldung gibt es noch keinen Mandanten, und der zuletzt verwendete Zeitschritt (Schutz vor dem
-- zweiten Einsatz desselben Codes) muss dann geschrieben werden. Zugriff nur über die Konto-Kennung.

CREATE TABLE app_user_totp (
    user_id      uuid        PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    secret       text        NOT NULL CHECK (secret ~ '^[A-Z2-7]{32}$'),
    enabled_at   timestamptz NOT NULL DEFAULT now(),
    last_step    bigint      NOT NULL DEFAULT 0
);
COMMENT ON TABLE app_user_totp IS 'Eingerichteter zweiter Faktor (TOTP) eines Benutzerkontos';
COMMENT ON COLUMN app_user_totp.user_id IS 'Benutzerkonto';
COMMENT ON COLUMN app_user_totp.secret IS 'gemeinsames Geheimnis, Base32 (160 Bit)';
COMMENT ON COLUMN app_user_totp.enabled_at IS 'eingerichtet am';
COMMENT ON COLUMN app_user_totp.last_step IS 'zuletzt angenommener Zeitschritt (30 s); ältere und gleiche Codes gelten nicht mehr';
