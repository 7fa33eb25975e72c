-- Encryption at rest (#19): each intake's words and answers are sealed under the intake's own data
-- key, wrapped by the master key (kept outside the database). Erasing an intake deletes its key.
create table intake_key (
    intake_id     varchar(36)   not null primary key,
    master_key_id varchar(32)   not null,
    wrapped_key   varchar(1000) not null,
    created_at    timestamp     not null
);
-- sealed text is longer than the plain text it holds
alter table plan_version alter column note set data type varchar(4000);
alter table plan_version alter column change_summary set data type varchar(8000);
