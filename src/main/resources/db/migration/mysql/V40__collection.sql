-- Collection work (SPEC §9): collectors, contacts and holds, append-only like the ledger. A
-- collector who changes is a new row (the latest recorded counts); a hold that ends early is a
-- RELEASE row, never an UPDATE. recorded_at lets a replay see only what was recorded by then (§6).

CREATE TABLE collector (
	collector_id    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
	collector_code  VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	name            VARCHAR(100) NOT NULL,
	phone           VARCHAR(64),
	team            VARCHAR(16)  NOT NULL,
	estate_code     VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	-- ';'-separated as in collectors.csv; empty for the whole estate
	buildings       VARCHAR(400) NOT NULL DEFAULT '',
	active          BOOLEAN      NOT NULL,
	recorded_at     DATETIME     NOT NULL,
	CONSTRAINT collector_version_uk UNIQUE (collector_code, recorded_at),
	CONSTRAINT collector_estate_fk FOREIGN KEY (estate_code) REFERENCES estate (estate_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- collector_code names a collector, not a row of collector (which has one row per version), so
-- it has no foreign key; the import checks it.
CREATE TABLE contact (
	contact_id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
	reference       VARCHAR(160) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	household_code  VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	collector_code  VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	contacted_on    DATE         NOT NULL,
	channel         VARCHAR(16)  NOT NULL,
	outcome         VARCHAR(16)  NOT NULL,
	promise_date    DATE,
	-- empty: the overdue principal on contacted_on
	promise_amount  DECIMAL(14,2),
	-- may hold personal data: never on a public document
	note            VARCHAR(500),
	recorded_at     DATETIME     NOT NULL,
	CONSTRAINT contact_reference_uk UNIQUE (reference),
	CONSTRAINT contact_household_fk FOREIGN KEY (household_code) REFERENCES household (household_code),
	CONSTRAINT contact_promise_ck CHECK ((outcome = 'PROMISED') = (promise_date IS NOT NULL)),
	CONSTRAINT contact_amount_ck CHECK (promise_amount IS NULL OR promise_amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- the dunning read: one household's contacts in date order
CREATE INDEX contact_household_idx ON contact (household_code, contacted_on);

-- HOLD is a reserved word of standard SQL: the table is collection_hold.
CREATE TABLE collection_hold (
	hold_id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
	reference       VARCHAR(160) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	household_code  VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	reason          VARCHAR(16)  NOT NULL,
	from_date       DATE         NOT NULL,
	-- empty for a RELEASE only
	until_date      DATE,
	approved_by     VARCHAR(100) NOT NULL,
	note            VARCHAR(500),
	recorded_at     DATETIME     NOT NULL,
	CONSTRAINT hold_reference_uk UNIQUE (reference),
	CONSTRAINT hold_household_fk FOREIGN KEY (household_code) REFERENCES household (household_code),
	CONSTRAINT hold_until_ck CHECK ((reason = 'RELEASE') = (until_date IS NULL)),
	CONSTRAINT hold_dates_ck CHECK (until_date IS NULL OR until_date >= from_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX hold_household_idx ON collection_hold (household_code, from_date);

CREATE TRIGGER collector_no_update BEFORE UPDATE ON collector FOR EACH ROW
	SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'collector is append-only: import a new row for the collector instead of UPDATE';

CREATE TRIGGER collector_no_delete BEFORE DELETE ON collector FOR EACH ROW
	SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'collector is append-only: import the collector with active false instead of DELETE';

CREATE TRIGGER contact_no_update BEFORE UPDATE ON contact FOR EACH ROW
	SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'contact is append-only: record a new contact instead of UPDATE';

CREATE TRIGGER contact_no_delete BEFORE DELETE ON contact FOR EACH ROW
	SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'contact is append-only: record a new contact instead of DELETE';

CREATE TRIGGER hold_no_update BEFORE UPDATE ON collection_hold FOR EACH ROW
	SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'collection_hold is append-only: import a RELEASE instead of UPDATE';

CREATE TRIGGER hold_no_delete BEFORE DELETE ON collection_hold FOR EACH ROW
	SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'collection_hold is append-only: import a RELEASE instead of DELETE';
