-- Widget settings per clinic: the origins allowed to embed the chat (space-separated, e.g.
-- "https://www.clinic.example https://clinic.example"; Mosaic's own origin is always allowed),
-- the accent colour (#rrggbb) and the launcher's text.
alter table clinic add column allowed_origins varchar(2000);
alter table clinic add column accent_colour varchar(7);
alter table clinic add column launcher_text varchar(60);
update clinic set accent_colour = '#1d5c63', launcher_text = 'Start here' where id = 'demo';
