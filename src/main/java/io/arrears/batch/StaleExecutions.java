package io.arrears.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Recognises an execution left {@code STARTED} by a process that died (SIGKILL, a power
 * cut) and marks it {@code FAILED} with {@link JobOperator#recover(JobExecution)}, so
 * that starting the same job instance again restarts it from its last committed chunk
 * instead of refusing with "already running".
 * <p>
 * {@code recover} itself checks nothing: it fails whatever it is given. Two guards keep
 * it from failing a run that is alive on another node: the caller must hold the
 * instance's {@link RunLock} (which a live run holds for its whole length), and the
 * execution must have written nothing to the job repository for
 * {@link RecoveryProperties#staleAfter()} (a live run updates its step execution at every
 * chunk). The second guard covers a live run that does not hold the lock: one started by
 * an older version, or whose lock connection the server dropped.
 */
@Component
@EnableConfigurationProperties(RecoveryProperties.class)
public class StaleExecutions {

	private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final Clock clock;

	private final Duration staleAfter;

	StaleExecutions(JobRepository jobRepository, JobOperator jobOperator, Clock clock, RecoveryProperties properties) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.clock = clock;
		this.staleAfter = properties.staleAfter();
	}

	/** What was found of the instance's last execution. */
	public enum Verdict {

		/** Never run, or its last execution ended: start it as usual. */
		NOT_RUNNING,
		/**
		 * It was left running by a dead process, or ended with an unknown outcome, and is
		 * now marked failed: starting it restarts it.
		 */
		RECOVERED,
		/** It may still be running: updated too recently to be taken for dead. */
		MAYBE_ALIVE

	}

	/**
	 * Call holding the instance's {@link RunLock}.
	 * <p>
	 * An execution that ended {@code UNKNOWN} is made {@code FAILED} as well. Batch ends
	 * a step {@code UNKNOWN} when a chunk's transaction could not even be rolled back
	 * (the connection was lost mid-chunk), since it cannot tell whether the server
	 * committed it, and then refuses to restart it. For a job whose chunk writes and step
	 * execution context go to the same database in the same transaction, as the dunning
	 * step's do, either outcome leaves the data and the restart point in agreement, so
	 * restarting from the step's committed context is safe: call this only for such jobs.
	 */
	public Verdict recoverIfStale(String jobName, JobParameters parameters) {
		return recover(jobName, jobRepository.getLastJobExecution(jobName, parameters)).verdict();
	}

	/**
	 * What was found of an execution, and when a run that may still be alive may be taken
	 * for dead.
	 *
	 * @param execution the execution looked at, or null if none
	 * @param lastWritten when it last wrote to the job repository, in the JVM's zone as
	 * Batch stamps it; null unless {@link Verdict#MAYBE_ALIVE}
	 * @param retryIn how long until it may be taken for dead; null unless
	 * {@link Verdict#MAYBE_ALIVE}
	 * @param staleAfter {@code arrears.recovery.stale-after}
	 */
	public record Recovery(Verdict verdict, JobExecution execution, LocalDateTime lastWritten, Duration retryIn,
			Duration staleAfter) {

		/** When the execution may be taken for dead, in the JVM's zone. */
		public LocalDateTime retryAt() {
			return lastWritten == null ? null : lastWritten.plus(staleAfter);
		}
	}

	/**
	 * {@link #recoverIfStale(String, JobParameters)} for a given execution (the last of
	 * its instance), saying how long to wait when it may still be alive.
	 */
	public Recovery recover(String jobName, JobExecution last) {
		if (last != null && last.getStatus() == BatchStatus.UNKNOWN) {
			failUnknown(jobRepository.getJobExecution(last.getId()));
			return new Recovery(Verdict.RECOVERED, last, null, null, staleAfter);
		}
		if (last == null) {
			return new Recovery(Verdict.NOT_RUNNING, null, null, null, staleAfter);
		}
		LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.systemDefault()));
		if (!last.isRunning()) {
			return recoverPartitionsIfStale(jobName, jobRepository.getJobExecution(last.getId()), now);
		}
		// the repository's own reading of the execution, with its step executions
		JobExecution execution = jobRepository.getJobExecution(last.getId());
		LocalDateTime lastWritten = lastWritten(execution);
		// Batch stamps last_updated with the JVM's local time, so compare in the same
		// zone
		if (lastWritten != null && Duration.between(lastWritten, now).compareTo(staleAfter) < 0) {
			log.warn("{} execution {} is {} and was updated at {}, less than {} ago: left alone", jobName,
					execution.getId(), execution.getStatus(), lastWritten, staleAfter);
			return new Recovery(Verdict.MAYBE_ALIVE, execution, lastWritten,
					staleAfter.minus(Duration.between(lastWritten, now)), staleAfter);
		}
		log.warn("{} execution {} was left {} by a process that is gone (last updated {}): marking it failed to"
				+ " restart it", jobName, execution.getId(), execution.getStatus(), lastWritten);
		jobOperator.recover(execution);
		return new Recovery(Verdict.RECOVERED, execution, null, null, staleAfter);
	}

	/**
	 * An execution that ended but left step executions running: the partitions of a
	 * remote manager step that timed out, run by a worker that died or is still at work.
	 * Batch refuses to restart an instance while any step of its last execution is
	 * running, so those that have written nothing for the stale-after time are marked
	 * failed; the restart then resumes each from its committed context, by key.
	 */
	private Recovery recoverPartitionsIfStale(String jobName, JobExecution execution, LocalDateTime now) {
		List<StepExecution> left = execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStatus().isRunning())
			.toList();
		if (left.isEmpty()) {
			return new Recovery(Verdict.NOT_RUNNING, execution, null, null, staleAfter);
		}
		for (StepExecution step : left) {
			LocalDateTime lastWritten = latest(step.getLastUpdated(), step.getStartTime());
			if (lastWritten != null && Duration.between(lastWritten, now).compareTo(staleAfter) < 0) {
				log.warn(
						"{} execution {} ended {}, but its step {} is {} and was updated at {}, less than {} ago:"
								+ " left alone",
						jobName, execution.getId(), execution.getStatus(), step.getStepName(), step.getStatus(),
						lastWritten, staleAfter);
				return new Recovery(Verdict.MAYBE_ALIVE, execution, lastWritten,
						staleAfter.minus(Duration.between(lastWritten, now)), staleAfter);
			}
		}
		String why = "left running when its job execution ended (a remote worker that died or never took it);"
				+ " marked failed to restart it";
		for (StepExecution step : left) {
			log.warn("{} execution {}: step {} was {}: {}", jobName, execution.getId(), step.getStepName(),
					step.getStatus(), why);
			step.setStatus(BatchStatus.FAILED);
			step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
			step.setEndTime(now);
			jobRepository.update(step);
		}
		return new Recovery(Verdict.RECOVERED, execution, null, null, staleAfter);
	}

	private void failUnknown(JobExecution execution) {
		String why = "chunk transaction ended with an unknown outcome (connection lost); the chunk and the step's"
				+ " restart point were in one transaction, so the step restarts from its committed context";
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
				jobRepository.update(step);
			}
		}
		log.warn("{} execution {} ended UNKNOWN: marked FAILED to restart it ({})",
				execution.getJobInstance().getJobName(), execution.getId(), why);
		execution.setStatus(BatchStatus.FAILED);
		execution.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
		jobRepository.update(execution);
	}

	/** When the execution last wrote anything: its own row or any of its steps'. */
	static LocalDateTime lastWritten(JobExecution execution) {
		LocalDateTime last = latest(execution.getLastUpdated(), execution.getStartTime());
		last = latest(last, execution.getCreateTime());
		for (StepExecution step : execution.getStepExecutions()) {
			last = latest(last, step.getLastUpdated());
			last = latest(last, step.getStartTime());
		}
		return last;
	}

	private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

}
