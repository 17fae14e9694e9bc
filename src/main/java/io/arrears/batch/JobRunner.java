package io.arrears.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.arrears.batch.StaleExecutions.Recovery;
import io.arrears.batch.StaleExecutions.Verdict;

/**
 * The one way to start a job, from the command line and from the scheduler alike.
 * <ol>
 * <li>Take the job instance's {@link RunLock} (job name and identifying parameters), so
 * that no two processes run it at once; refused, say which process holds it.</li>
 * <li>Holding it, recover an execution left running by a dead process
 * ({@link StaleExecutions}: the rules of docs/audit.md); one written to too recently to
 * be taken for dead is left alone, and the refusal says how long to wait.</li>
 * <li>Start the instance: a new one runs, a {@code FAILED} or {@code STOPPED} one
 * restarts from its last committed chunk, a complete one is reported as done.</li>
 * <li>Report a failure by its root cause, in one line.</li>
 * </ol>
 * <p>
 * It also stops cleanly what this process runs: when the application context closes (on
 * SIGTERM or Ctrl-C, through Spring Boot's shutdown hook) it asks
 * {@link JobOperator#stop(JobExecution)} for each execution it started and waits, up to
 * {@code arrears.recovery.stop-wait}, for them to end {@code STOPPED} at their next chunk
 * boundary, before the data source is closed under them. The same command run again
 * restarts them at once: a stopped execution needs no recovery.
 */
@Component
public class JobRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

	/** The longest lock name {@code run_lock} keeps; longer names are hashed. */
	private static final int LOCK_NAME_LENGTH = 190;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final RunLock runLock;

	private final StaleExecutions staleExecutions;

	private final Duration stopWait;

	/** The instances this process is running now, by lock name. */
	private final Map<String, Running> running = new ConcurrentHashMap<>();

	private volatile boolean lifecycleRunning;

	JobRunner(JobOperator jobOperator, JobRepository jobRepository, RunLock runLock, StaleExecutions staleExecutions,
			RecoveryProperties properties) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.runLock = runLock;
		this.staleExecutions = staleExecutions;
		this.stopWait = properties.stopWait();
	}

	/** How a start ended. */
	public enum Outcome {

		/** Ran now and completed. */
		COMPLETED,
		/** The instance had completed before: nothing ran, nothing changed. */
		ALREADY_DONE,
		/** Ran now and failed (or ended {@code UNKNOWN}): the same start restarts it. */
		FAILED,
		/** Stopped on request (SIGTERM, Ctrl-C): the same start restarts it. */
		STOPPED,
		/** Another process holds the instance's lock: it is running there. */
		BUSY,
		/**
		 * An execution left running was written to too recently to be taken for dead.
		 */
		TOO_RECENT

	}

	/**
	 * What one start did.
	 *
	 * @param execution the execution that ran or had completed; for a refusal, the one
	 * found running, or null
	 * @param message why it did not complete, in one line for an operator (null when it
	 * completed or was already done)
	 * @param took how long the run took (zero when nothing ran)
	 */
	public record JobRun(String job, Outcome outcome, JobExecution execution, String message, Duration took) {

		public boolean alreadyDone() {
			return outcome == Outcome.ALREADY_DONE;
		}

		/** Nothing was started: it runs elsewhere, or may still. */
		public boolean refused() {
			return outcome == Outcome.BUSY || outcome == Outcome.TOO_RECENT;
		}

		/**
		 * The execution's status; {@code STARTED} for a refusal (it runs, or may run,
		 * elsewhere), {@code FAILED} when no execution could be made.
		 */
		public BatchStatus status() {
			if (refused()) {
				return BatchStatus.STARTED;
			}
			return execution == null ? BatchStatus.FAILED : execution.getStatus();
		}
	}

	/**
	 * Starts the job instance the parameters identify, holding its lock: see the class
	 * comment.
	 */
	public JobRun start(Job job, JobParameters parameters) throws Exception {
		String lockName = lockName(job.getName(), parameters);
		return runLock.holding(lockName, () -> {
			Recovery recovery = staleExecutions.recover(job.getName(),
					jobRepository.getLastJobExecution(job.getName(), parameters));
			if (recovery.verdict() == Verdict.MAYBE_ALIVE) {
				return tooRecent(job.getName(), parameters, recovery);
			}
			return run(lockName, job, parameters);
		}).orElseGet(() -> busy(job.getName(), parameters, lockName));
	}

	/**
	 * Starts a new instance of a job whose every run is an instance of its own, told
	 * apart by a parameter of its own ({@code runParameter}, a random id): an import,
	 * whose content rules, not the job repository, decide what importing again does. The
	 * lock is on the other parameters (the file), and an execution with the same other
	 * parameters left running by a dead process is recovered (marked {@code FAILED},
	 * never restarted: the new run imports the whole file again, which changes nothing
	 * that was imported).
	 */
	public JobRun startNew(Job job, JobParameters parameters, String runParameter) throws Exception {
		Map<String, JobParameter<?>> others = new LinkedHashMap<>();
		parameters.parameters().forEach(p -> {
			if (!p.name().equals(runParameter)) {
				others.put(p.name(), p);
			}
		});
		JobParameters key = new JobParameters(new java.util.HashSet<>(others.values()));
		String lockName = lockName(job.getName(), key);
		return runLock.holding(lockName, () -> {
			for (JobExecution left : jobRepository.findRunningJobExecutions(job.getName())) {
				if (!sameOtherParameters(left.getJobParameters(), key, runParameter)) {
					continue;
				}
				Recovery recovery = staleExecutions.recover(job.getName(), left);
				if (recovery.verdict() == Verdict.MAYBE_ALIVE) {
					return tooRecent(job.getName(), key, recovery);
				}
			}
			return run(lockName, job, parameters);
		}).orElseGet(() -> busy(job.getName(), key, lockName));
	}

	private JobRun run(String lockName, Job job, JobParameters parameters) throws Exception {
		long started = System.nanoTime();
		JobExecution execution;
		running.put(lockName, new Running(job.getName(), parameters));
		try {
			execution = jobOperator.start(job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException e) {
			return new JobRun(job.getName(), Outcome.ALREADY_DONE,
					jobRepository.getLastJobExecution(job.getName(), parameters), null, Duration.ZERO);
		}
		catch (JobExecutionAlreadyRunningException e) {
			// running though the lock was free: a live run of an older version, which
			// holds no lock, written to just now
			return new JobRun(job.getName(), Outcome.BUSY, null,
					describe(job.getName(), parameters) + " is running in another process that holds no lock ("
							+ e.getMessage() + "); it will be done when that one finishes",
					Duration.ZERO);
		}
		catch (InvalidJobParametersException | JobRestartException e) {
			return new JobRun(job.getName(), Outcome.FAILED, null, oneLine(e), Duration.ZERO);
		}
		finally {
			running.remove(lockName);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		return switch (execution.getStatus()) {
			case COMPLETED -> new JobRun(job.getName(), Outcome.COMPLETED, execution, null, took);
			case STOPPED -> new JobRun(job.getName(), Outcome.STOPPED, execution,
					"stopped on request (SIGTERM or Ctrl-C) after its last committed chunk", took);
			default -> new JobRun(job.getName(), Outcome.FAILED, execution, failure(execution), took);
		};
	}

	private JobRun tooRecent(String job, JobParameters parameters, Recovery recovery) {
		JobExecution execution = recovery.execution();
		long seconds = Math.max(1, (recovery.retryIn().toMillis() + 999) / 1000);
		String message = describe(job, parameters) + ": execution " + execution.getId() + " is " + execution.getStatus()
				+ " but nothing holds its lock, and it was last written at " + CLOCK.format(recovery.lastWritten())
				+ ", less than " + duration(recovery.staleAfter().toSeconds())
				+ " ago (arrears.recovery.stale-after), so it may still be alive: retry in " + duration(seconds)
				+ ", or after " + CLOCK.format(recovery.retryAt()) + ", and it is taken for dead and restarted";
		return new JobRun(job, Outcome.TOO_RECENT, execution, message, Duration.ZERO);
	}

	private JobRun busy(String job, JobParameters parameters, String lockName) {
		JobExecution execution = jobRepository.getLastJobExecution(job, parameters);
		StringBuilder message = new StringBuilder(describe(job, parameters)).append(" is running in ");
		Optional<DatabaseLock.Holder> holder = runLock.holder(lockName);
		message.append("another process")
			.append(holder.map(h -> ", " + h.holder() + " (since " + CLOCK.format(h.since()) + ")").orElse(""));
		if (execution != null && execution.isRunning()) {
			message.append(", execution ").append(execution.getId());
			LocalDateTime lastWritten = StaleExecutions.lastWritten(jobRepository.getJobExecution(execution.getId()));
			if (lastWritten != null) {
				message.append(", last written at ").append(CLOCK.format(lastWritten));
			}
		}
		message.append(": it holds the run's lock, so it is left alone; it will be done when that one finishes"
				+ " (`jobs list` shows its progress)");
		return new JobRun(job, Outcome.BUSY, execution, message.toString(), Duration.ZERO);
	}

	/** The root cause of the first failure, in one line. */
	public static String failure(JobExecution execution) {
		return execution.getAllFailureExceptions().stream().map(JobRunner::oneLine).findFirst().orElseGet(() -> {
			String exit = execution.getExitStatus().getExitDescription();
			return exit == null || exit.isBlank() ? execution.getStatus().name() : firstLine(exit);
		});
	}

	/**
	 * The innermost cause's message in one line, without the class name when it is one of
	 * the plain kinds our own code throws to say what is wrong.
	 */
	public static String oneLine(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		boolean plain = root instanceof InvalidJobParametersException || root instanceof IllegalStateException
				|| root instanceof IllegalArgumentException;
		String message = root.getMessage() == null ? "" : firstLine(root.getMessage());
		return plain && !message.isEmpty() ? message
				: root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return (end < 0 ? text : text.substring(0, end)).strip();
	}

	/** "1 min 40 s". */
	static String duration(long seconds) {
		if (seconds < 60) {
			return seconds + " s";
		}
		long minutes = seconds / 60;
		long rest = seconds % 60;
		String text = minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
		return rest == 0 ? text : text + " " + rest + " s";
	}

	/** "dunning [as-of=2026-02-28]". */
	static String describe(String job, JobParameters parameters) {
		return job + " ["
				+ parameters.getIdentifyingParameters()
					.stream()
					.sorted(java.util.Comparator.comparing(JobParameter::name))
					.map(p -> p.name() + "=" + p.value())
					.collect(Collectors.joining(", "))
				+ "]";
	}

	/**
	 * The instance's lock name: the job and its identifying values in name order, such as
	 * {@code dunning:2026-04-30}; hashed when too long for the lock table (a file path).
	 */
	static String lockName(String job, JobParameters parameters) {
		String values = parameters.getIdentifyingParameters()
			.stream()
			.sorted(java.util.Comparator.comparing(JobParameter::name))
			.map(p -> String.valueOf(p.value()))
			.collect(Collectors.joining(","));
		String name = job + ":" + values;
		if (name.length() <= LOCK_NAME_LENGTH) {
			return name;
		}
		try {
			return job + ":sha256:" + HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(values.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean sameOtherParameters(JobParameters found, JobParameters key, String runParameter) {
		Map<String, Object> a = new LinkedHashMap<>();
		found.getIdentifyingParameters()
			.stream()
			.filter(p -> !p.name().equals(runParameter))
			.forEach(p -> a.put(p.name(), p.value()));
		Map<String, Object> b = new LinkedHashMap<>();
		key.getIdentifyingParameters().forEach(p -> b.put(p.name(), p.value()));
		return a.equals(b);
	}

	private static String duration(Duration d) {
		return duration(d.toSeconds());
	}

	@Override
	public void start() {
		lifecycleRunning = true;
	}

	/**
	 * Asks each execution this process runs to stop, and waits for them to end: called as
	 * the context closes, before the data source goes.
	 */
	@Override
	public void stop() {
		lifecycleRunning = false;
		if (running.isEmpty()) {
			return;
		}
		for (Running run : running.values()) {
			JobExecution execution = jobRepository.getLastJobExecution(run.job(), run.parameters());
			if (execution == null || !execution.isRunning()) {
				continue;
			}
			try {
				log.warn("stopping {} execution {}: the process is shutting down; the same command restarts it",
						run.job(), execution.getId());
				jobOperator.stop(withoutSteps(jobRepository.getJobExecution(execution.getId())));
			}
			catch (JobExecutionNotRunningException e) {
				// it ended meanwhile
			}
			catch (RuntimeException e) {
				log.warn("could not ask {} execution {} to stop: {}", run.job(), execution.getId(), oneLine(e));
			}
		}
		long deadline = System.nanoTime() + stopWait.toNanos();
		while (!running.isEmpty() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		if (!running.isEmpty()) {
			log.warn("{} still running after {}: left to be recovered as a dead run", running.keySet(), stopWait);
		}
	}

	/**
	 * The execution as the stop request needs it: without its step executions. Batch 6's
	 * {@code stop} also writes each running step execution it is handed, from this
	 * thread, while the job's own thread writes the same row at its next chunk: one of
	 * the two then fails on the row's version, and it was the job, which ended
	 * {@code FAILED} instead of {@code STOPPED}. The job execution's row is safe to write
	 * from here (Batch reconciles its version and status); the step learns of the stop
	 * from it at its next chunk boundary, and ends {@code STOPPED} there.
	 */
	private static JobExecution withoutSteps(JobExecution execution) {
		JobExecution copy = new JobExecution(execution.getId(), execution.getJobInstance(),
				execution.getJobParameters());
		copy.setVersion(execution.getVersion());
		copy.setStatus(execution.getStatus());
		copy.setExitStatus(execution.getExitStatus());
		copy.setCreateTime(execution.getCreateTime());
		copy.setStartTime(execution.getStartTime());
		copy.setLastUpdated(execution.getLastUpdated());
		copy.setExecutionContext(execution.getExecutionContext());
		return copy;
	}

	@Override
	public boolean isRunning() {
		return lifecycleRunning;
	}

	/** Stops before everything else, Quartz included, while the data source is open. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	private record Running(String job, JobParameters parameters) {
	}

}
