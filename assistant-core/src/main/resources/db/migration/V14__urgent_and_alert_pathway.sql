-- An intake can be urgent for a danger other than suicide (violence at home): pinned for clinicians
-- whatever its suicide risk level. An alert names the pathway it is about (never the client's words).
alter table intake add column urgent boolean default false not null;
alter table alert_outbox add column pathway varchar(24);
