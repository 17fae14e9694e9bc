package io.arrears.schedule;

import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import io.arrears.batch.DatabaseLock;
import io.arrears.schedule.ScheduledJob.Outcome;

/**
 * A cluster-wide lock per job name: the job's {@code schedule_lock} row, locked for as
 * long as the job runs, the same way as a run's lock ({@link DatabaseLock}).
 */
@Component
class JobLock {

	private final DatabaseLock lock;

	JobLock(DataSource dataSource) {
		this.lock = new DatabaseLock(dataSource, "schedule_lock", "job_name");
	}

	/** The work of one firing. */
	@FunctionalInterface
	interface Work {

		Outcome run() throws Exception;

	}

	/**
	 * Runs the work holding the job's lock; empty, without running it, when another node
	 * holds it.
	 */
	Optional<Outcome> runAlone(String job, Work work) throws Exception {
		return lock.holding(job, work::run);
	}

}
