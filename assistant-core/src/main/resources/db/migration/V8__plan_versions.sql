-- Every version of an intake's plan: the engine's proposal (version 1, author 'mosaic') and each
-- clinician's revision, with who changed it, when and why. Never updated.
create table plan_version (
    intake_id           varchar(36)      not null,
    version             integer          not null,
    plan                varchar(1000000) not null,
    primary_orientation varchar(64),
    author              varchar(100)     not null,
    created_at          timestamp        not null,
    note                varchar(500),
    primary key (intake_id, version)
);

-- The clinicians' review of an intake's plan: AWAITING_REVIEW until approved.
alter table intake add column review_status varchar(16) default 'AWAITING_REVIEW' not null;
alter table intake add column approved_by varchar(100);
alter table intake add column approved_at timestamp;
alter table intake add column approved_version integer;
