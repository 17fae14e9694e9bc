package io.arrears.audit;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * A {@code rerun-<job>} job: its steps are the dates of the request it was started with
 * (a chunk step per date, a document or card step after the dates that need one, the
 * report last), built from the job parameters at each execution. Spring Batch runs them
 * in order as it runs any job's steps, and a restart of a failed execution skips the
 * steps that completed and resumes the failed one from its last committed chunk. So it
 * restarts like any job: {@code jobs restart ID}, or a {@code JobOperator} in another
 * process.
 */
final class RerunJob extends AbstractJob {

	private final Function<RerunRun, List<Step>> plan;

	/**
	 * @param plan the steps of a run, in order
	 */
	RerunJob(String name, JobRepository jobRepository, Function<RerunRun, List<Step>> plan) {
		super(name);
		setJobRepository(jobRepository);
		this.plan = plan;
	}

	/** The steps depend on the parameters: none is known by name beforehand. */
	@Override
	public Step getStep(String stepName) {
		return null;
	}

	@Override
	public Collection<String> getStepNames() {
		return List.of();
	}

	@Override
	protected void doExecute(JobExecution execution) throws JobExecutionException {
		StepExecution last = null;
		for (Step step : plan.apply(RerunRun.of(execution.getJobParameters()))) {
			last = handleStep(step, execution);
			if (last.getStatus() != BatchStatus.COMPLETED) {
				break;
			}
		}
		if (last != null) {
			execution.upgradeStatus(last.getStatus());
			execution.setExitStatus(last.getExitStatus());
		}
	}

}
