-- The clinic's session budget: plans keep their estimated course length within it (clinical reference, section 12).
ALTER TABLE clinic ADD COLUMN session_budget INTEGER DEFAULT 20 NOT NULL;
