-- Each transcript line names the turn it belongs to (0: the start; then one per answer), so that what a
-- turn showed is found by its turn, not by matching timestamps. Lines written before this migration are
-- numbered by their time, which is what every line of one turn shared.
alter table intake_message add column turn integer;
update intake_message set turn = (select count(distinct m2.created_at) from intake_message m2
    where m2.intake_id = intake_message.intake_id and m2.created_at < intake_message.created_at);
alter table intake_message alter column turn set not null;
