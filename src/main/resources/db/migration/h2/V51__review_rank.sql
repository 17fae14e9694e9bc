-- The daily review's ranking of a date (SPEC §9), written by the dunning run of that date, so that
-- the review of a later day can mark the collectors ranked last three days running without
-- computing the earlier days again. One row per estate, collector and date; a re-run of the date
-- replaces its rows.
CREATE TABLE review_rank (
	as_of          DATE        NOT NULL,
	estate_code    VARCHAR(64) NOT NULL,
	collector_code VARCHAR(64) NOT NULL,
	-- null when the collector has no principal overdue at the start of the month to recover
	ranked         INT,
	ranked_last    BOOLEAN     NOT NULL,
	PRIMARY KEY (as_of, estate_code, collector_code)
);
