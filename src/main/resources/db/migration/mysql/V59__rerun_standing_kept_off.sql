-- SPEC §9 in the audit (§6): a re-run's standing of a household says what kept it off the
-- bulletin and the open letter that day (the promise that held or the hold that was active), so
-- that the bulletin re-run leaves it off as the job did and its reconciliation says why. Empty
-- for a household the lists may name.
-- HOLD or PROMISE
ALTER TABLE audit_rerun_standing ADD COLUMN kept_off_cause VARCHAR(16);
-- the hold's reason, or PROMISED
ALTER TABLE audit_rerun_standing ADD COLUMN kept_off_reason VARCHAR(16);
-- the hold's or the contact's reference
ALTER TABLE audit_rerun_standing ADD COLUMN kept_off_reference VARCHAR(160);
-- the hold's until date or the promise date
ALTER TABLE audit_rerun_standing ADD COLUMN kept_off_until DATE;
