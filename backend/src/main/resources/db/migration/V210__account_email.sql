-- Issue 14: an account's own e-mail address, so that staff and managers receive alerts by mail too
-- (an enterprise account without one falls back to its enterprise's contact address).
ALTER TABLE app_user ADD COLUMN email varchar(128);
