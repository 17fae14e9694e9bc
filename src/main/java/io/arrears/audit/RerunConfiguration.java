package io.arrears.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.arrears.batch.JobRunner;
import io.arrears.finance.MonthEndAudit;
import io.arrears.estate.PublicListAudit;
import io.arrears.schedule.Schedules;

import io.arrears.dunning.ArrearsProperties;
import io.arrears.dunning.Assessor;

/**
 * The audit re-runs (SPEC §6) and the jobs under which a non-dry re-run posts a date's
 * corrections: {@code rerun-dunning}, {@code rerun-bulletin}, {@code rerun-month-end}.
 * Each has its own job name, apart from the job re-run, so that re-running a date never
 * collides with (or completes) the date's normal run; an instance is identified by the
 * as-of date, the mode and the audit run, so that each audit run's posting for a date is
 * one instance the job repository can show and never repeat.
 */
@Configuration(proxyBeanMethods = false)
class RerunConfiguration {

	/** The posting jobs' names: the prefix, then the name of the job re-run. */
	static final String JOB_PREFIX = "rerun-";

	static final String AS_OF = "as-of";

	static final String MODE = "mode";

	static final String RUN_ID = "run-id";

	@Bean
	Job rerunDunningJob(JobRepository jobRepository, Step postCorrectionsStep) {
		return new JobBuilder(JOB_PREFIX + DunningRerun.NAME, jobRepository).start(postCorrectionsStep).build();
	}

	@Bean
	Job rerunBulletinJob(JobRepository jobRepository, Step postCorrectionsStep) {
		return new JobBuilder(JOB_PREFIX + BulletinRerun.NAME, jobRepository).start(postCorrectionsStep).build();
	}

	@Bean
	Job rerunMonthEndJob(JobRepository jobRepository, Step postCorrectionsStep) {
		return new JobBuilder(JOB_PREFIX + MonthEndRerun.NAME, jobRepository).start(postCorrectionsStep).build();
	}

	@Bean
	Step postCorrectionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PostCorrectionsTasklet postCorrectionsTasklet) {
		return new StepBuilder("post-corrections", jobRepository).tasklet(postCorrectionsTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	PostCorrectionsTasklet postCorrectionsTasklet(PendingCorrections pending, AuditRuns auditRuns,
			@Value("#{jobParameters['run-id']}") Long runId, @Value("#{jobParameters['as-of']}") LocalDate asOf) {
		return new PostCorrectionsTasklet(pending, auditRuns, runId, asOf);
	}

	@Bean
	CorrectionsJob correctionsJob(PendingCorrections pendingCorrections, JobRunner jobRunner, Job rerunDunningJob,
			Job rerunBulletinJob, Job rerunMonthEndJob) {
		return new CorrectionsJob(pendingCorrections, jobRunner, Map.of(DunningRerun.NAME, rerunDunningJob,
				BulletinRerun.NAME, rerunBulletinJob, MonthEndRerun.NAME, rerunMonthEndJob));
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
	AuditRecorder auditRecorder(AuditRuns auditRuns, ArrearsProperties properties, Clock clock) {
		return new AuditRecorder(auditRuns, new ReconciliationReport(properties.outputDir().resolve("audit")), clock);
	}

	@Bean
	RerunWalk rerunWalk(DataSource dataSource, Assessor assessor, RecordedDunning recordedDunning) {
		return new RerunWalk(dataSource, assessor, recordedDunning);
	}

	@Bean
	DunningRerun dunningRerun(RerunWalk rerunWalk, RecordedDunning recordedDunning, AuditRecorder auditRecorder,
			CorrectionsJob correctionsJob, Clock clock) {
		return new DunningRerun(rerunWalk, recordedDunning, auditRecorder, correctionsJob, clock);
	}

	@Bean
	BulletinRerun bulletinRerun(RerunWalk rerunWalk, AuditRecorder auditRecorder, AuditRuns auditRuns,
			CorrectionsJob correctionsJob, Clock clock, PublicListAudit publicListAudit, Schedules schedules) {
		return new BulletinRerun(rerunWalk, auditRecorder, auditRuns, correctionsJob, clock, publicListAudit,
				schedules);
	}

	@Bean
	MonthEndRerun monthEndRerun(RerunWalk rerunWalk, AuditRecorder auditRecorder, AuditRuns auditRuns,
			CorrectionsJob correctionsJob, Clock clock, MonthEndAudit monthEndAudit, Schedules schedules) {
		return new MonthEndRerun(rerunWalk, auditRecorder, auditRuns, correctionsJob, clock, monthEndAudit, schedules);
	}

}
