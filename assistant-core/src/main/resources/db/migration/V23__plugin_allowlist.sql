-- Plugin trust (#17): the SHA-256 of each plugin jar a superadmin allow-listed before uploading it
-- (the other way an upload is trusted is a signature by a certificate in mosaic.plugins.trust-store).
create table plugin_allowlist (
    sha256   varchar(64)  not null primary key,
    added_by varchar(64)  not null,
    added_at timestamp    not null,
    note     varchar(200)
);
