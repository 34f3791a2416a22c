-- The last 30-second step whose second-factor code a user has logged in with: a code is
-- accepted once, so one seen over a shoulder or in a proxy's log cannot be used again within
-- its validity window (RFC 6238, section 5.2).
ALTER TABLE users ADD COLUMN totp_step BIGINT NOT NULL DEFAULT 0;
