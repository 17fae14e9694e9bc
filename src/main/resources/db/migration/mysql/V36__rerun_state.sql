-- A re-run's own state (SPEC §6), written by each chunk of its date steps in the chunk's
-- transaction, so that a re-run that dies restarts from its last committed chunk and sees what
-- the earlier dates and chunks computed: the standing of every household on every date, the
-- late fees and notices the re-run itself issued (which later dates of the range see in place of
-- the pipeline's), and, for a festival mailing, the corrected cards a non-dry re-run issued.

CREATE TABLE audit_rerun_standing (
	run_id               BIGINT        NOT NULL,
	as_of                DATE          NOT NULL,
	household_code       VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin   NOT NULL,
	stage                VARCHAR(16)   NOT NULL,
	days_overdue         INT           NOT NULL,
	oldest_due_date      DATE,
	principal_overdue    DECIMAL(14,2) NOT NULL,
	late_fee_posted      DECIMAL(14,2) NOT NULL,
	late_fee_outstanding DECIMAL(14,2) NOT NULL,
	prior_year_principal DECIMAL(14,2) NOT NULL,
	team                 VARCHAR(16),
	PRIMARY KEY (run_id, as_of, household_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A late fee the re-run posts on a date of its range, as the ledger entry it would be.
CREATE TABLE audit_rerun_fee (
	run_id           BIGINT        NOT NULL,
	reference        VARCHAR(128)  NOT NULL,
	household_code   VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin   NOT NULL,
	fee_item         VARCHAR(64),
	period           VARCHAR(7),
	amount           DECIMAL(14,2) NOT NULL,
	effective_date   DATE          NOT NULL,
	recorded_at      DATETIME,
	PRIMARY KEY (run_id, reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX audit_rerun_fee_date_idx ON audit_rerun_fee (run_id, effective_date);

-- A notice the re-run issues on a date of its range: the registry of the later dates.
CREATE TABLE audit_rerun_notice (
	run_id           BIGINT       NOT NULL,
	household_code   VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin  NOT NULL,
	kind             VARCHAR(16)  NOT NULL,
	number           INT          NOT NULL,
	episode_due_date DATE         NOT NULL,
	issued_on        DATE         NOT NULL,
	PRIMARY KEY (run_id, household_code, kind, number, episode_due_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A festival card issued corrected beside the card the mailing sent, which stays as it was; the
-- latest row of a (festival, year, household) is what a following restatement compares with.
CREATE TABLE audit_card (
	run_id           BIGINT        NOT NULL,
	festival         VARCHAR(16)   NOT NULL,
	festival_year    INT           NOT NULL,
	household_code   VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin   NOT NULL,
	as_of            DATE          NOT NULL,
	stage            VARCHAR(16)   NOT NULL,
	arrears          DECIMAL(14,2) NOT NULL,
	file_path        VARCHAR(500)  NOT NULL,
	fingerprint      CHAR(64)      NOT NULL,
	recorded_at      DATETIME      NOT NULL,
	PRIMARY KEY (festival, festival_year, household_code, run_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
