-- Whether the clinic lets its language model read the client's words (said in its consent text).
alter table clinic add column language_model boolean default false not null;

-- The summary of a finished intake beyond the formulation: the narrative paragraph (marked when a
-- language model wrote it) and the client's goals, as JSON.
alter table intake add column summary varchar(1000000);
