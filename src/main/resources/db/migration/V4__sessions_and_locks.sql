-- HTTP-Sitzungen in PostgreSQL (Spring Session JDBC), damit jede Instanz jede Anfrage bedienen kann,
-- und Sperren für geplante Aufgaben (ShedLock), damit sie im Cluster nur einmal laufen.

CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);
COMMENT ON TABLE spring_session IS 'HTTP-Sitzungen (Spring Session JDBC)';
COMMENT ON COLUMN spring_session.primary_id IS 'interne Kennung';
COMMENT ON COLUMN spring_session.session_id IS 'Sitzungskennung (Cookie)';
COMMENT ON COLUMN spring_session.creation_time IS 'erstellt (ms seit 1970)';
COMMENT ON COLUMN spring_session.last_access_time IS 'letzter Zugriff (ms seit 1970)';
COMMENT ON COLUMN spring_session.max_inactive_interval IS 'Leerlaufzeit bis zum Ablauf (s)';
COMMENT ON COLUMN spring_session.expiry_time IS 'läuft ab (ms seit 1970)';
COMMENT ON COLUMN spring_session.principal_name IS 'Anmeldename';

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
COMMENT ON TABLE spring_session_attributes IS 'Attribute der HTTP-Sitzungen';
COMMENT ON COLUMN spring_session_attributes.session_primary_id IS 'Sitzung';
COMMENT ON COLUMN spring_session_attributes.attribute_name IS 'Name';
COMMENT ON COLUMN spring_session_attributes.attribute_bytes IS 'serialisierter Wert';

CREATE TABLE shedlock (
    name       varchar(64)  NOT NULL PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);
COMMENT ON TABLE shedlock IS 'Sperren geplanter Aufgaben (ShedLock): eine Aufgabe läuft im Cluster nur auf einer Instanz';
COMMENT ON COLUMN shedlock.name IS 'Name der Aufgabe';
COMMENT ON COLUMN shedlock.lock_until IS 'gesperrt bis';
COMMENT ON COLUMN shedlock.locked_at IS 'gesperrt seit';
COMMENT ON COLUMN shedlock.locked_by IS 'Instanz, die sperrt';
