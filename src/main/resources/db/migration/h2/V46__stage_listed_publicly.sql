-- SPEC §9: a household whose promise holds or whose hold is active is not listed on the bulletin
-- or the open letter that day; the dunning run records it with the day's stage.
ALTER TABLE stage_history ADD COLUMN listed_publicly BOOLEAN NOT NULL DEFAULT TRUE;
