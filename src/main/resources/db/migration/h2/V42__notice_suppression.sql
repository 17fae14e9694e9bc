-- What the dunning run of a date did not issue because a promise or a hold kept it back (SPEC §9),
-- so that an audit can explain a notice that did not go out, and a restatement after a backdated
-- hold can say which ones should not have. One row per household and date, as stage_history.
CREATE TABLE notice_suppression (
	as_of            DATE         NOT NULL,
	household_code   VARCHAR(64)  NOT NULL,
	kind             VARCHAR(16)  NOT NULL,
	number           INT          NOT NULL,
	episode_due_date DATE         NOT NULL,
	-- PROMISE or HOLD
	cause            VARCHAR(16)  NOT NULL,
	-- the hold's reason, or PROMISED
	reason           VARCHAR(16)  NOT NULL,
	-- the contact or hold that kept it back
	cause_reference  VARCHAR(160) NOT NULL,
	-- the promise date or the hold's until date
	until_date       DATE,
	PRIMARY KEY (as_of, household_code)
);
