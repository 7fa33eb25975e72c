-- Roles (#19): an admin without a clinic administered every clinic; it keeps that power as a
-- superadmin. Admins of one clinic now administer that clinic only.
UPDATE staff_account SET roles = 'superadmin,' || roles WHERE clinic_id IS NULL AND roles LIKE '%admin%' AND roles NOT LIKE '%superadmin%';
