package io.arrears.audit;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.arrears.dunning.ArrearsProperties;
import io.arrears.dunning.Assessor;
import io.arrears.estate.FestivalCardAudit;
import io.arrears.estate.PublicListAudit;
import io.arrears.dunning.HouseholdTreatment;
import io.arrears.finance.MonthEndAudit;
import io.arrears.schedule.Schedules;
import io.arrears.batch.JobRunner;

/**
 * The audit re-runs (SPEC §6): a job per re-runnable job, {@code rerun-dunning},
 * {@code rerun-bulletin}, {@code rerun-month-end}, {@code rerun-festival}, whose steps
 * are the dates of the run ({@link RerunSteps}). Each has its own job name, apart from
 * the job re-run, so that re-running a date never collides with (or completes) the date's
 * normal run; an instance is identified by its audit run, so that each re-run is one
 * instance the job repository can show, restart and never repeat.
 */
@Configuration(proxyBeanMethods = false)
class RerunConfiguration {

	/** The re-run jobs' names: the prefix, then the name of the job re-run. */
	static final String JOB_PREFIX = "rerun-";

	@Bean
	RerunJob rerunDunningJob(JobRepository jobRepository, RerunSteps rerunSteps, JobExecutionListener auditRunStatus) {
		return job(DunningRerun.NAME, jobRepository, auditRunStatus, rerunSteps::dunning);
	}

	@Bean
	RerunJob rerunBulletinJob(JobRepository jobRepository, RerunSteps rerunSteps, BulletinRerun bulletinRerun,
			JobExecutionListener auditRunStatus) {
		return job(BulletinRerun.NAME, jobRepository, auditRunStatus, run -> rerunSteps.documents(run, bulletinRerun));
	}

	@Bean
	RerunJob rerunMonthEndJob(JobRepository jobRepository, RerunSteps rerunSteps, MonthEndRerun monthEndRerun,
			JobExecutionListener auditRunStatus) {
		return job(MonthEndRerun.NAME, jobRepository, auditRunStatus, run -> rerunSteps.documents(run, monthEndRerun));
	}

	@Bean
	RerunJob rerunFestivalJob(JobRepository jobRepository, RerunSteps rerunSteps, FestivalCardAudit festivalCardAudit,
			JobExecutionListener auditRunStatus) {
		return job(FestivalRerun.NAME, jobRepository, auditRunStatus,
				run -> rerunSteps.festival(run, festivalCardAudit));
	}

	private static RerunJob job(String name, JobRepository jobRepository, JobExecutionListener auditRunStatus,
			java.util.function.Function<RerunRun, java.util.List<org.springframework.batch.core.step.Step>> plan) {
		RerunJob job = new RerunJob(JOB_PREFIX + name, jobRepository, plan);
		job.registerJobExecutionListener(auditRunStatus);
		return job;
	}

	/**
	 * Keeps {@code audit_run.status} with the job: running again when an execution starts
	 * (a restart), failed with the differences found so far when one fails. The report
	 * step marks it completed.
	 */
	@Bean
	JobExecutionListener auditRunStatus(AuditRuns auditRuns, Clock clock) {
		return new JobExecutionListener() {

			@Override
			public void beforeJob(JobExecution execution) {
				auditRuns.reopen(RerunRun.of(execution.getJobParameters()).runId());
			}

			@Override
			public void afterJob(JobExecution execution) {
				if (execution.getStatus() != org.springframework.batch.core.BatchStatus.COMPLETED) {
					long runId = RerunRun.of(execution.getJobParameters()).runId();
					auditRuns.finish(runId, "FAILED", auditRuns.differences(runId).size(), null, null,
							java.time.LocalDateTime.now(clock));
				}
			}
		};
	}

	@Bean
	RerunSteps rerunSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, Assessor assessor, ObjectProvider<HouseholdTreatment.Factory> treatments,
			AuditRuns auditRuns, RerunState rerunState, RecordedDunning recordedDunning, ArrearsProperties properties,
			Clock clock) {
		return new RerunSteps(jobRepository, transactionManager, dataSource, assessor, treatments.getIfAvailable(),
				auditRuns, rerunState, recordedDunning,
				new ReconciliationReport(properties.outputDir().resolve("audit")), clock,
				properties.dunning().chunkSize());
	}

	@Bean
	RerunLauncher rerunLauncher(ObjectProvider<RerunJob> rerunJobs, JobRunner jobRunner, AuditRuns auditRuns,
			Clock clock) {
		return new RerunLauncher(rerunJobs, jobRunner, auditRuns, clock);
	}

	@Bean
	AuditRuns auditRuns(JdbcTemplate jdbcTemplate) {
		return new AuditRuns(jdbcTemplate);
	}

	@Bean
	RecordedDunning recordedDunning(JdbcTemplate jdbcTemplate) {
		return new RecordedDunning(jdbcTemplate);
	}

	@Bean
	RerunState rerunState(JdbcTemplate jdbcTemplate, RecordedDunning recordedDunning) {
		return new RerunState(jdbcTemplate, recordedDunning);
	}

	@Bean
	DunningRerun dunningRerun(RerunLauncher rerunLauncher) {
		return new DunningRerun(rerunLauncher);
	}

	@Bean
	BulletinRerun bulletinRerun(RerunLauncher rerunLauncher, AuditRuns auditRuns, PublicListAudit publicListAudit,
			Schedules schedules) {
		return new BulletinRerun(rerunLauncher, auditRuns, publicListAudit, schedules);
	}

	@Bean
	MonthEndRerun monthEndRerun(RerunLauncher rerunLauncher, AuditRuns auditRuns, MonthEndAudit monthEndAudit,
			Schedules schedules) {
		return new MonthEndRerun(rerunLauncher, auditRuns, monthEndAudit, schedules);
	}

	@Bean
	FestivalRerun festivalRerun(RerunLauncher rerunLauncher, FestivalCardAudit festivalCardAudit) {
		return new FestivalRerun(rerunLauncher, festivalCardAudit);
	}

}
