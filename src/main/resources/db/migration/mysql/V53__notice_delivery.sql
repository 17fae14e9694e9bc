-- SPEC §10: the proof of delivery on the notice's registry row, so that the registry answers "how
-- did this lawyer's letter reach the owner, and what is its tracking number" without the receipts.
-- `import --receipts` fills it from the notice's earliest receipt (by received_on, then recorded_at,
-- then method and tracking: the one the limitation clock counts); a later receipt leaves it as it
-- is, an earlier one imported afterwards replaces it. NULL while no receipt is known. The receipt
-- table keeps every receipt: these columns are its summary, never the evidence itself.
ALTER TABLE notice ADD COLUMN received_on DATE;
ALTER TABLE notice ADD COLUMN delivery_method VARCHAR(16);
-- the tracking number or the witness; NULL for a signed slip or a read receipt without one
ALTER TABLE notice ADD COLUMN tracking VARCHAR(100) CHARACTER SET utf8mb4;
