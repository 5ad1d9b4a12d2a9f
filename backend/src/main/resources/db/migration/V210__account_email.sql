-- An optional e-mail address of an account, set by administrators: where the account's alerts go by
-- e-mail (staff and park managers have no enterprise contact address; an enterprise account's own address
-- comes before its enterprise's contact address).
ALTER TABLE app_user ADD COLUMN email varchar(128)
    CONSTRAINT app_user_email_ck CHECK (email IS NULL OR email ~ '^[^@[:space:]]+@[^@[:space:]]+$');
