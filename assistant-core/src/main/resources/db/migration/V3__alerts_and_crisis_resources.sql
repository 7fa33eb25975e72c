-- Clinician alerts: written in the same transaction as the turn that raised them, delivered later
-- (at least once) to the configured webhook. No client text: only ids, level and times.
create table alert_outbox (
    id              varchar(36)  not null primary key,
    intake_id       varchar(36)  not null,
    clinic_id       varchar(64)  not null,
    level           varchar(16)  not null,
    raised_at       timestamp    not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamp    not null,
    delivered_at    timestamp,
    last_error      varchar(500)
);
create index alert_outbox_due on alert_outbox (delivered_at, next_attempt_at);

-- A clinic's own crisis resources per locale (JSON); absent: the defaults for the locale.
alter table clinic add column crisis_resources varchar(100000);
