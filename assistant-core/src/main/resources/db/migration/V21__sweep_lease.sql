-- Background sweeps (completion, sessions, abandoned intakes) run on one instance at a time: the
-- instance that takes a sweep's lease runs it; a lease that its holder did not renew lapses (#20).
create table sweep_lease (
    name       varchar(64)  not null primary key,
    held_until timestamp    not null,
    held_by    varchar(100) not null
);
