package io.arrears.console;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The runs a console user starts (a dry-run re-run, a month-end, a restart): queued on
 * one thread of their own, so that the page answers at once and two long runs started
 * from browsers never compete for the machine with each other. Each goes through the
 * module's own start ({@code JobRunner}: its lock, recovery and clean stop); what the job
 * did is in the job repository and on {@code /jobs}. This list only says what was asked
 * from the console, by whom, and how it ended, for as long as the process lives.
 */
@Component
class BackgroundRuns implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BackgroundRuns.class);

	/** How many launches the pages show. */
	static final int KEPT = 50;

	/** Where a launch stands. */
	enum State {

		QUEUED, RUNNING, DONE, FAILED

	}

	/**
	 * One launch.
	 *
	 * @param kind what page it belongs to: {@code audit}, {@code month-end},
	 * {@code restart}
	 * @param outcome the run's own one-line answer once ended, else null
	 */
	record Launch(long id, String kind, String what, String user, LocalDateTime asked, State state, String outcome) {

		Launch with(State state, String outcome) {
			return new Launch(id, kind, what, user, asked, state, outcome);
		}

	}

	private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "console-run");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicLong ids = new AtomicLong();

	private final List<Launch> launches = new ArrayList<>();

	private final Clock clock;

	BackgroundRuns(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Queues the work and answers at once.
	 * @param work returns its outcome in one line; an exception is a failure, its message
	 * the outcome
	 */
	Launch submit(String kind, String what, String user, Callable<String> work) {
		Launch launch = new Launch(ids.incrementAndGet(), kind, what, user,
				LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), State.QUEUED, null);
		update(launch);
		executor.execute(() -> {
			update(launch.with(State.RUNNING, null));
			try {
				update(launch.with(State.DONE, work.call()));
			}
			catch (Exception | LinkageError e) {
				log.warn("console run {} ({}) failed", launch.id(), what, e);
				update(launch.with(State.FAILED, e.getMessage() == null ? e.toString() : e.getMessage()));
			}
		});
		return launch;
	}

	/** The launches of a kind, newest first. */
	synchronized List<Launch> recent(String kind) {
		return launches.stream()
			.filter(l -> l.kind().equals(kind))
			.sorted(Comparator.comparingLong(Launch::id).reversed())
			.toList();
	}

	private synchronized void update(Launch launch) {
		launches.removeIf(l -> l.id() == launch.id());
		launches.add(launch);
		launches.sort(Comparator.comparingLong(Launch::id));
		while (launches.size() > KEPT) {
			launches.remove(0);
		}
	}

	/**
	 * Takes no new work and lets the job running end: the job runner stops it at its next
	 * chunk as the context closes.
	 */
	@Override
	public void destroy() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(30, TimeUnit.SECONDS);
	}

}
