package io.arrears.testing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leaves in the job repository what a process killed during a step leaves: the job
 * execution and the step {@code STARTED}, last written some time ago, and no lock held.
 */
public final class DeadRuns {

	private DeadRuns() {
	}

	/**
	 * A new instance of the job with the parameters, its execution and the step
	 * {@code STARTED}, last written {@code ago}.
	 */
	public static JobExecution leftStarted(JobRepository jobRepository, JdbcTemplate jdbc, String job,
			JobParameters parameters, String step, Duration ago) throws Exception {
		JobInstance instance = jobRepository.createJobInstance(job, parameters);
		JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		LocalDateTime then = LocalDateTime.now().minus(ago);
		execution.setStartTime(then);
		execution.setStatus(BatchStatus.STARTED);
		jobRepository.update(execution);
		StepExecution stepExecution = jobRepository.createStepExecution(step, execution);
		stepExecution.setStartTime(then);
		stepExecution.setStatus(BatchStatus.STARTED);
		jobRepository.update(stepExecution);
		// Batch stamps every write with now: backdate them as a quiet process would
		Timestamp at = Timestamp.valueOf(then);
		jdbc.update("UPDATE BATCH_JOB_EXECUTION SET CREATE_TIME = ?, START_TIME = ?, LAST_UPDATED = ?"
				+ " WHERE JOB_EXECUTION_ID = ?", at, at, at, execution.getId());
		jdbc.update("UPDATE BATCH_STEP_EXECUTION SET CREATE_TIME = ?, START_TIME = ?, LAST_UPDATED = ?"
				+ " WHERE JOB_EXECUTION_ID = ?", at, at, at, execution.getId());
		return execution;
	}

}
