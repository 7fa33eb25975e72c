-- The clinician console: lock-out after repeated failed logins, server-side sessions (the cookie holds a
-- random token; only its SHA-256 is stored), and modality plugins switched off per clinic.
alter table staff_account add column failed_logins integer default 0 not null;
alter table staff_account add column locked_until timestamp;

create table staff_session (
    token_hash   varchar(64)  not null primary key,
    username     varchar(100) not null,
    csrf_token   varchar(64)  not null,
    created_at   timestamp    not null,
    last_seen_at timestamp    not null
);
create index staff_session_username on staff_session (username);

-- A row only for a plugin a clinic switched off (or on again); no row: enabled.
create table clinic_plugin (
    clinic_id varchar(64) not null,
    plugin_id varchar(64) not null,
    enabled   boolean     not null,
    primary key (clinic_id, plugin_id)
);
