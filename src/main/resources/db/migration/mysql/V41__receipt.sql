-- Proof of delivery (SPEC §10): how an issued notice reached the owner. Append-only; a notice may
-- have several receipts (the earliest counts). The foreign key is the registry key of §5, so a
-- receipt for a notice never issued cannot be stored even if an import let it through.
CREATE TABLE receipt (
	receipt_id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
	household_code   VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	kind             VARCHAR(16)  NOT NULL,
	number           INT          NOT NULL,
	episode_due_date DATE         NOT NULL,
	received_on      DATE         NOT NULL,
	method           VARCHAR(16)  NOT NULL,
	-- the tracking number, or a hand delivery's witness; '' when none, so that the unique key
	-- below also catches a second identical row without one
	tracking         VARCHAR(100) NOT NULL DEFAULT '',
	recorded_at      DATETIME     NOT NULL,
	CONSTRAINT receipt_row_uk UNIQUE (household_code, kind, number, episode_due_date, received_on, method, tracking),
	CONSTRAINT receipt_notice_fk FOREIGN KEY (household_code, kind, number, episode_due_date)
		REFERENCES notice (household_code, kind, number, episode_due_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TRIGGER receipt_no_update BEFORE UPDATE ON receipt FOR EACH ROW
	SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'receipt is append-only: import another receipt instead of UPDATE';

CREATE TRIGGER receipt_no_delete BEFORE DELETE ON receipt FOR EACH ROW
	SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'receipt is append-only: it is the proof of delivery, never deleted';
