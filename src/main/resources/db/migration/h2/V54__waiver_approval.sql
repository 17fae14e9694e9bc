-- Who approved a LATE_FEE_WAIVER entered in the console, and who entered it (SPEC §1: a waiver is
-- "by a named person"). The ledger row stays as an imported waiver's; this names the people.
-- Only ever appended to, like the ledger.
CREATE TABLE waiver_approval (
	reference       VARCHAR(160) NOT NULL PRIMARY KEY,
	approved_by     VARCHAR(64)  NOT NULL,
	entered_by      VARCHAR(64)  NOT NULL,
	note            VARCHAR(500),
	recorded_at     DATETIME     NOT NULL
);
