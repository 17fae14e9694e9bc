-- Audit re-runs (SPEC §6): what each re-run was asked, every difference it found, and the
-- corrected outcome a non-dry re-run recorded. stage_history and the notice registry stay as the
-- pipeline wrote them: they are evidence of what happened, so corrections live beside them.

CREATE TABLE audit_run (
	run_id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
	job_name         VARCHAR(64)  NOT NULL,
	mode             VARCHAR(16)  NOT NULL,
	dry_run          BOOLEAN      NOT NULL,
	from_date        DATE         NOT NULL,
	to_date          DATE         NOT NULL,
	started_at       DATETIME     NOT NULL,
	finished_at      DATETIME,
	status           VARCHAR(16)  NOT NULL,
	differences      INT          NOT NULL DEFAULT 0,
	report_csv       VARCHAR(500),
	report_pdf       VARCHAR(500)
);

-- One row per difference: a household on a date, what kind, what the re-run computes and what
-- was recorded.
CREATE TABLE audit_difference (
	run_id           BIGINT       NOT NULL,
	seq              INT          NOT NULL,
	as_of            DATE         NOT NULL,
	household_code   VARCHAR(64)  NOT NULL,
	kind             VARCHAR(16)  NOT NULL,
	subject          VARCHAR(200) NOT NULL,
	expected         VARCHAR(500) NOT NULL,
	recorded         VARCHAR(500) NOT NULL,
	PRIMARY KEY (run_id, seq)
);

CREATE INDEX audit_difference_date_idx ON audit_difference (as_of, household_code);

-- The restated outcome of a household on a date, written by a non-dry re-run where it differed:
-- the stage row it computes and the notice it would have issued (notice_kind null: none). The
-- latest row of a (date, household) supersedes stage_history and the registry for later audits.
CREATE TABLE audit_restated (
	run_id               BIGINT       NOT NULL,
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
	notice_kind          VARCHAR(16),
	notice_number        INT,
	notice_episode       DATE,
	notice_principal     DECIMAL(14,2),
	notice_late_fee      DECIMAL(14,2),
	notice_total         DECIMAL(14,2),
	notice_digest        CHAR(64),
	PRIMARY KEY (as_of, household_code, run_id)
);

-- One row per job instance being run (e.g. dunning:2026-04-30), locked FOR UPDATE on a connection
-- of its own while the run goes on. A process that dies loses its connection and the server
-- releases the lock; so holding it proves that no live process is running that instance.
CREATE TABLE run_lock (
	lock_name VARCHAR(190) NOT NULL PRIMARY KEY
);
