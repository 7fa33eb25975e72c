-- Per-clinic alert webhooks (#19), signed the Standard Webhooks way with the clinic's own secret.
alter table clinic add column webhook_url varchar(500);
alter table clinic add column webhook_secret varchar(200);
