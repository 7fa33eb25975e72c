-- Crisis lines are chosen by the clinic's country, not by the client's language (a Spanish-speaking
-- client of a US clinic needs US numbers). Existing clinics are placed by their default language,
-- which administrators can correct on the clinic settings page.
alter table clinic add column country varchar(2);
update clinic set country = case when locale = 'es' then 'ES' else 'US' end;
