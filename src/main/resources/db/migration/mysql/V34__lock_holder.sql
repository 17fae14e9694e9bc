-- Who took a run_lock or schedule_lock row last, committed beside the lock (which itself
-- writes nothing), so that a process refused the lock can name the one that holds it.
CREATE TABLE lock_holder (
	lock_table VARCHAR(40) NOT NULL,
	lock_name VARCHAR(190) NOT NULL,
	holder VARCHAR(300) NOT NULL,
	since TIMESTAMP NOT NULL,
	PRIMARY KEY (lock_table, lock_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
