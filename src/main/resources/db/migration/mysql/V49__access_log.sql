-- Who looked at which household and downloaded which document naming owners, and when (issue 14:
-- the personal-information law expects a record). Only ever appended to.
CREATE TABLE access_log (
	access_id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
	username        VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	accessed_at     DATETIME     NOT NULL,
	-- VIEW_HOUSEHOLD, DOWNLOAD, DENIED
	action          VARCHAR(32)  NOT NULL,
	-- the household code or the document's name
	target          VARCHAR(500) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX access_log_time_idx ON access_log (accessed_at);
