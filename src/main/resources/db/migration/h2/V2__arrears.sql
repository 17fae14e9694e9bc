-- The arrears schema (SPEC §1, §3, §5, §7). Codes and references compare byte for byte
-- (binary comparison is H2's default) so that the database orders households exactly as the export requires.

CREATE TABLE estate (
	estate_code     VARCHAR(64)  NOT NULL PRIMARY KEY,
	name            VARCHAR(200) NOT NULL,
	company_name    VARCHAR(200) NOT NULL,
	service_phone   VARCHAR(64),
	manager_name    VARCHAR(100),
	address         VARCHAR(400),
	-- an estate may choose to show a masked surname (张**) on public lists; default none
	public_name_mode VARCHAR(16) NOT NULL DEFAULT 'NONE'
);

CREATE TABLE household (
	household_code  VARCHAR(64)  NOT NULL PRIMARY KEY,
	estate_code     VARCHAR(64)  NOT NULL,
	building        VARCHAR(32)  NOT NULL,
	unit            VARCHAR(32)  NOT NULL,
	room            VARCHAR(32)  NOT NULL,
	area_sqm        DECIMAL(10,2),
	owner_name      VARCHAR(100),
	owner_phone     VARCHAR(64),
	mailing_address VARCHAR(400),
	tags            VARCHAR(400) NOT NULL DEFAULT '',
	CONSTRAINT household_estate_fk FOREIGN KEY (estate_code) REFERENCES estate (estate_code)
);

CREATE INDEX household_estate_idx ON household (estate_code, building, unit, room);

-- Append-only: nothing is updated or deleted; a correction is a new entry.
CREATE TABLE ledger_entry (
	entry_id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
	reference       VARCHAR(160) NOT NULL,
	household_code  VARCHAR(64)  NOT NULL,
	entry_type      VARCHAR(16)  NOT NULL,
	fee_item        VARCHAR(64),
	period          CHAR(7),
	amount          DECIMAL(14,2) NOT NULL,
	effective_date  DATE         NOT NULL,
	recorded_at     DATETIME     NOT NULL,
	reverses        VARCHAR(160),
	CONSTRAINT ledger_reference_uk UNIQUE (reference),
	CONSTRAINT ledger_household_fk FOREIGN KEY (household_code) REFERENCES household (household_code),
	CONSTRAINT ledger_amount_ck CHECK (amount >= 0)
);

-- the dunning read: one household after another, entries in date order
CREATE INDEX ledger_household_idx ON ledger_entry (household_code, effective_date);

-- One row per household per as-of date: what the dunning run found.
CREATE TABLE stage_history (
	as_of                DATE         NOT NULL,
	household_code       VARCHAR(64)  NOT NULL,
	stage                VARCHAR(16)  NOT NULL,
	days_overdue         INT          NOT NULL,
	oldest_due_date      DATE,
	principal_overdue    DECIMAL(14,2) NOT NULL,
	late_fee_posted      DECIMAL(14,2) NOT NULL,
	late_fee_outstanding DECIMAL(14,2) NOT NULL,
	prior_year_principal DECIMAL(14,2) NOT NULL,
	team                 VARCHAR(16),
	PRIMARY KEY (as_of, household_code)
);

-- The notice registry (SPEC §5): each per-household notice at most once per episode.
CREATE TABLE notice (
	notice_id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
	household_code   VARCHAR(64)  NOT NULL,
	kind             VARCHAR(16)  NOT NULL,
	number           INT          NOT NULL,
	episode_due_date DATE         NOT NULL,
	issued_on        DATE         NOT NULL,
	principal        DECIMAL(14,2) NOT NULL,
	late_fee         DECIMAL(14,2) NOT NULL,
	total            DECIMAL(14,2) NOT NULL,
	file_path        VARCHAR(500),
	fingerprint      CHAR(64),
	CONSTRAINT notice_episode_uk UNIQUE (household_code, kind, number, episode_due_date)
);

CREATE INDEX notice_issued_idx ON notice (issued_on, kind);

-- Rows an import turned away, with their line and reason (SPEC §7).
CREATE TABLE import_reject (
	reject_id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
	job_execution_id BIGINT       NOT NULL,
	file_name        VARCHAR(500) NOT NULL,
	line_number      BIGINT       NOT NULL,
	reason           VARCHAR(500) NOT NULL,
	line             TEXT
);
