package io.arrears.dunning.internal;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

import io.arrears.dunning.ArrearsProperties.Remote;
import io.arrears.dunning.DunningJobConfiguration;

/**
 * Says why the remote manager step failed when its workers did not finish in time. Spring
 * Batch reports only a bare {@link TimeoutException}; this counts the partitions that no
 * worker picked up (still {@code STARTING}: no worker consumes the queue) and those still
 * running (a slow worker, or one that died), and puts that in place of it.
 */
class UnfinishedPartitions implements StepExecutionListener {

	private final JobRepository jobRepository;

	private final Remote remote;

	UnfinishedPartitions(JobRepository jobRepository, Remote remote) {
		this.jobRepository = jobRepository;
		this.remote = remote;
	}

	@Override
	public ExitStatus afterStep(StepExecution manager) {
		if (manager.getFailureExceptions().stream().noneMatch(TimeoutException.class::isInstance)) {
			return null;
		}
		Map<BatchStatus, Integer> partitions = new EnumMap<>(BatchStatus.class);
		String prefix = DunningJobConfiguration.WORKER_STEP_NAME + ":";
		for (StepExecution partition : jobRepository.getJobExecution(manager.getJobExecutionId()).getStepExecutions()) {
			if (partition.getStepName().startsWith(prefix)) {
				partitions.merge(partition.getStatus(), 1, Integer::sum);
				if (partition.getStatus() == BatchStatus.STARTING) {
					neverPickedUp(partition);
				}
			}
		}
		int total = partitions.values().stream().mapToInt(Integer::intValue).sum();
		int waiting = partitions.getOrDefault(BatchStatus.STARTING, 0);
		int running = partitions.getOrDefault(BatchStatus.STARTED, 0);
		String message = "the remote workers did not finish the assessment within " + remote.timeout() + " ("
				+ "arrears.dunning.remote.timeout): " + waiting + " of " + total
				+ " partitions were never picked up from queue '" + remote.queue() + "'"
				+ (waiting > 0 ? " (is a 'work' process running against this database and broker?)" : "") + ", "
				+ running + " still running in a worker (or left by one that died). Run the same command again"
				+ " (or 'jobs restart') with workers up to restart the unfinished partitions";
		manager.getFailureExceptions().removeIf(TimeoutException.class::isInstance);
		manager.addFailureException(new IllegalStateException(message));
		return ExitStatus.FAILED.addExitDescription(message);
	}

	/**
	 * Marks a partition that no worker took as failed, so that the run restarts at once:
	 * Batch refuses to restart while a step of the last execution is running. Its request
	 * expires from the queue, and a worker that takes it first anyway drops it, since the
	 * job execution is about to fail; if a worker got there before this update, the
	 * repository's version check refuses it, and the partition counts as running.
	 */
	private void neverPickedUp(StepExecution partition) {
		partition.setStatus(BatchStatus.FAILED);
		partition.setExitStatus(ExitStatus.FAILED.addExitDescription(
				"never picked up by a worker within " + remote.timeout() + " from queue '" + remote.queue() + "'"));
		partition.setEndTime(LocalDateTime.now());
		try {
			jobRepository.update(partition);
		}
		catch (OptimisticLockingFailureException taken) {
			// a worker took it meanwhile
		}
	}

}
