-- Staff can mark an intake "not genuine" (a flood, a test, a prank): hidden from the clinicians' list
-- by default, nothing deleted (its risk screen and alerts stay), who and when recorded (and audited).
alter table intake add column not_genuine_by varchar(100);
alter table intake add column not_genuine_at timestamp;
create index intake_list on intake (status, created_at);
