-- Uploaded plugin jars reach every instance (#20): the jar is kept in the database (base64, in
-- chunks, the same on H2 and PostgreSQL), and each instance installs what it does not have yet.
create table plugin_upload (
    plugin_id   varchar(64)  not null primary key,
    version     varchar(40)  not null,
    sha256      varchar(64)  not null,
    uploaded_at timestamp    not null
);
create table plugin_upload_chunk (
    plugin_id varchar(64)     not null,
    seq       integer         not null,
    data      varchar(100000) not null,
    primary key (plugin_id, seq)
);
