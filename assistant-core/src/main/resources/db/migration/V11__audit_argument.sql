-- The argument of an audited action (a plugin id, a username) in its own column, so the action stays a
-- fixed name and a long argument can never overflow it. Older records have none; the hash of a record
-- covers the argument only when there is one, so their chain still verifies.
alter table audit_log add column argument varchar(200);
