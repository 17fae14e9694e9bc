-- The web console's users (issue 14): created with `users add`, never by default. The password is
-- kept as a BCrypt hash only. A COLLECTOR is tied to the collector code its work list is under.
-- failed_logins and locked_until are the lockout after repeated failures.
CREATE TABLE console_user (
	username        VARCHAR(64)  NOT NULL PRIMARY KEY,
	password_hash   VARCHAR(100) NOT NULL,
	role            VARCHAR(16)  NOT NULL,
	collector_code  VARCHAR(64),
	enabled         BOOLEAN      NOT NULL,
	failed_logins   INT          NOT NULL DEFAULT 0,
	locked_until    DATETIME,
	created_at      DATETIME     NOT NULL,
	CONSTRAINT console_user_collector_ck CHECK ((role = 'COLLECTOR') = (collector_code IS NOT NULL))
);
