-- Where an intake came from, as a keyed hash of the client address (never the address): escalations
-- arriving in a burst from one source are flagged for staff as possibly not genuine (#19).
alter table intake add column source_hash varchar(64);
create index intake_source on intake (source_hash, created_at);
