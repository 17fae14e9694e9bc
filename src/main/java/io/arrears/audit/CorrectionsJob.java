package io.arrears.audit;

import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import io.arrears.batch.JobRunner;
import io.arrears.batch.JobRunner.JobRun;

/**
 * Posts a date's corrections of a non-dry re-run under a job instance of its own:
 * {@code rerun-dunning}, {@code rerun-bulletin} or {@code rerun-month-end}, identified by
 * the date, the mode and the audit run, so that the job repository shows who changed what
 * and when, and never repeats a posting.
 */
class CorrectionsJob {

	private final PendingCorrections pending;

	private final JobRunner jobRunner;

	private final Map<String, Job> jobs;

	/**
	 * @param jobs the posting job of each re-runnable job, by the re-run's name
	 */
	CorrectionsJob(PendingCorrections pending, JobRunner jobRunner, Map<String, Job> jobs) {
		this.pending = pending;
		this.jobRunner = jobRunner;
		this.jobs = Map.copyOf(jobs);
	}

	void post(String job, Mode mode, Corrections corrections) throws Exception {
		Job postingJob = jobs.get(job);
		if (postingJob == null) {
			throw new IllegalArgumentException("no posting job for re-runs of " + job);
		}
		pending.put(corrections);
		JobParameters parameters = new JobParametersBuilder()
			.addLocalDate(RerunConfiguration.AS_OF, corrections.asOf(), true)
			.addString(RerunConfiguration.MODE, mode.name(), true)
			.addLong(RerunConfiguration.RUN_ID, corrections.runId(), true)
			.toJobParameters();
		JobRun run = jobRunner.start(postingJob, parameters);
		if (run.status() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("posting the corrections of " + corrections.asOf() + " "
					+ run.status().name().toLowerCase() + ": " + run.message());
		}
	}

}
