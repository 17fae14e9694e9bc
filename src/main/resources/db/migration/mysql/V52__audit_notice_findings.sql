-- SPEC §9 in the audit (§6): a re-run's notice rows say what they mean for the owner (finding:
-- EXPLAINED, SHOULD_NOT_HAVE_GONE_OUT, WOULD_BE_ISSUED), which notice, and the promise or hold
-- behind them. A notice kept back by a promise or hold that neither the re-run nor the record
-- issued is a row of kind WITHHELD: explained, not a difference. Empty on the other rows.
ALTER TABLE audit_difference ADD COLUMN finding VARCHAR(32);
ALTER TABLE audit_difference ADD COLUMN notice VARCHAR(64);
-- HOLD or PROMISE
ALTER TABLE audit_difference ADD COLUMN cause VARCHAR(16);
-- the hold's reason, or PROMISED
ALTER TABLE audit_difference ADD COLUMN cause_reason VARCHAR(16);
-- the hold's or the contact's reference
ALTER TABLE audit_difference ADD COLUMN cause_reference VARCHAR(160);
-- the hold's until date or the promise date
ALTER TABLE audit_difference ADD COLUMN cause_until DATE;
