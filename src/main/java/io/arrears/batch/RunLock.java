package io.arrears.batch;

import java.util.Optional;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * A database lock per job instance (a {@code run_lock} row such as
 * {@code dunning:2026-04-30}), held for as long as the instance runs: see
 * {@link DatabaseLock} for how it is held and why a killed process leaves none.
 * <p>
 * A separate table from the scheduler's {@code schedule_lock} on purpose: a scheduled run
 * holds that row for the job name while it calls the run that takes this one, and one row
 * locked twice by the same process on two connections would look busy to itself.
 */
@Component
public class RunLock {

	private final DatabaseLock lock;

	RunLock(DataSource dataSource) {
		this.lock = new DatabaseLock(dataSource, "run_lock", "lock_name");
	}

	/**
	 * Runs the work holding the named lock; empty, without running it, when another holds
	 * it.
	 */
	public <T> Optional<T> holding(String name, Callable<T> work) throws Exception {
		return lock.holding(name, work);
	}

	/** Who took the named lock last. */
	public Optional<DatabaseLock.Holder> holder(String name) {
		return lock.holder(name);
	}

}
