-- What each plan version changed, in words ("re-planned under humanistic; removed cbt.exposure"), beside the author's note.
alter table plan_version add column change_summary varchar(2000);
