-- Clinics that embed Mosaic. Portable SQL: runs on H2 and PostgreSQL.
create table clinic (
    id                  varchar(64)  not null primary key,
    name                varchar(200) not null,
    primary_orientation varchar(64),
    locale              varchar(16)  not null,
    created_at          timestamp    not null,
    version             bigint       not null default 0
);

insert into clinic (id, name, primary_orientation, locale, created_at, version)
values ('demo', 'Harbour Street Counselling (demo)', 'cbt', 'en', current_timestamp, 0);
