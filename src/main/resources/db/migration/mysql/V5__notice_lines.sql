-- What each notice stated, charge by charge (SPEC §4: "Notices state the late fee accrued to their
-- as-of date, charge by charge"): the evidence behind the notice's totals and its PDF.
CREATE TABLE notice_line (
	household_code   VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	kind             VARCHAR(16)  NOT NULL,
	number           INT          NOT NULL,
	episode_due_date DATE         NOT NULL,
	line_no          INT          NOT NULL,
	charge_reference VARCHAR(160) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	fee_item         VARCHAR(64),
	period           CHAR(7),
	due_date         DATE         NOT NULL,
	outstanding      DECIMAL(14,2) NOT NULL,
	late_fee         DECIMAL(14,2) NOT NULL,
	PRIMARY KEY (household_code, kind, number, episode_due_date, line_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
