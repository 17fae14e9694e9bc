-- The assessment pass of a daily run leaves behind, per household the collection pass of the
-- same date will look at, what that pass derives from the ledger (docs/collection.md, "The
-- collection pass"), so that the pass reads no ledger. Written in the chunk's transaction.
CREATE TABLE collection_staged (
	as_of             DATE          NOT NULL,
	household_code    VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	-- the assessment as promises and holds leave it (team MANAGER while on hold)
	stage             VARCHAR(16)   NOT NULL,
	team              VARCHAR(16),
	days_overdue      INT           NOT NULL,
	principal_overdue DECIMAL(14,2) NOT NULL,
	-- what a notice of the day would state of late fees (the work list's column)
	late_fee_due      DECIMAL(14,2) NOT NULL,
	-- the LATE_FEE entries the run posted for the household
	late_fees         INT           NOT NULL,
	paid_today        DECIMAL(14,2) NOT NULL,
	paid_month        DECIMAL(14,2) NOT NULL,
	-- the earliest limitation_ends of its overdue charges, empty when none
	limitation_ends   DATE,
	-- the pass reads the household's ledger after all: a charge with something outstanding whose
	-- limitation period ends in the month (the month-end pack lists the period in full), or more
	-- promises than the column below holds
	read_ledger       BOOLEAN       NOT NULL,
	-- its promises judged, in the order made: amount:paid:status:holds:replaced_on;...
	promises          VARCHAR(4000) NOT NULL,
	PRIMARY KEY (as_of, household_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per daily run: the highest ids of the ledger and the facts when its assessment began,
-- and when it completed. The pass trusts collection_staged only for a completed run after which
-- nothing it would see was recorded.
CREATE TABLE collection_staging (
	as_of         DATE     NOT NULL PRIMARY KEY,
	ledger_mark   BIGINT   NOT NULL,
	contact_mark  BIGINT   NOT NULL,
	hold_mark     BIGINT   NOT NULL,
	receipt_mark  BIGINT   NOT NULL,
	started_at    DATETIME NOT NULL,
	completed_at  DATETIME
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
