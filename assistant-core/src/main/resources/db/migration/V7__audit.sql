-- Append-only audit of staff access to client data: who, what, when, from where. Each record carries
-- the hash of the one before, so a changed or deleted row breaks the chain (admin: verify).
create table audit_log (
    seq       bigint       not null primary key,
    at        timestamp    not null,
    actor     varchar(100) not null,
    action    varchar(40)  not null,
    intake_id varchar(36),
    remote    varchar(64),
    prev_hash varchar(64)  not null,
    hash      varchar(64)  not null
);
