-- Accounts and administration (issue 12).

-- A password an administrator sets works as given; CHANGE_AT_SIGN_IN asks the web app to change it at
-- the first sign-in (HTTP Basic clients are not held up by it); ONE_TIME (a reset) is good for nothing
-- but choosing a new password. An account that signed itself up is unverified until staff verify it,
-- and until then speaks for no enterprise.
ALTER TABLE app_user
    ADD COLUMN password_state      varchar(20) NOT NULL DEFAULT 'SET'
        CHECK (password_state IN ('SET', 'CHANGE_AT_SIGN_IN', 'ONE_TIME')),
    ADD COLUMN verified            boolean     NOT NULL DEFAULT true,
    ADD COLUMN created_at          timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN password_changed_at timestamptz;
ALTER TABLE app_user ADD CONSTRAINT app_user_enterprise_only_for_enterprises_ck
    CHECK (enterprise_id IS NULL OR role = 'ENTERPRISE');
CREATE INDEX app_user_enterprise_idx ON app_user (enterprise_id);

-- Failed sign-ins per account and per client address, and other attempts that are rate-limited
-- (sign-ups per address). Shared by every app instance; a row is removed when its window has passed.
CREATE TABLE throttle (
    scope         varchar(16)  NOT NULL CHECK (scope IN ('ACCOUNT', 'ADDRESS', 'SIGNUP')),
    subject       varchar(128) NOT NULL,
    attempts      int          NOT NULL CHECK (attempts > 0),
    first_at      timestamptz  NOT NULL,
    last_at       timestamptz  NOT NULL,
    blocked_until timestamptz,
    PRIMARY KEY (scope, subject)
);

-- A prospective investor not yet registered in China has no credit code: a prospect, completed later.
-- Enterprises, parks and industries get versions for If-Match, like the inventory.
ALTER TABLE enterprise ALTER COLUMN credit_code DROP NOT NULL;
ALTER TABLE enterprise
    ADD COLUMN version    bigint      NOT NULL DEFAULT 0,
    ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE park ADD COLUMN version bigint NOT NULL DEFAULT 0;
-- A retired industry stays for the data that names it but is offered for nothing new.
ALTER TABLE industry
    ADD COLUMN retired boolean NOT NULL DEFAULT false,
    ADD COLUMN version bigint  NOT NULL DEFAULT 0;
