package io.arrears.audit;

import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.arrears.arrears.ArrearsProperties;
import io.arrears.arrears.Assessor;

/**
 * The job under which a non-dry dunning re-run posts a date's corrections. Its own job
 * name, apart from {@code dunning}, so that re-running a date never collides with (or
 * completes) the date's normal run; identified by the as-of date, the mode and the audit
 * run, so that each audit run's posting for a date is one instance the job repository can
 * show and never repeat.
 */
@Configuration(proxyBeanMethods = false)
class RerunDunningJobConfiguration {

	static final String JOB_NAME = "rerun-dunning";

	static final String AS_OF = "as-of";

	static final String MODE = "mode";

	static final String RUN_ID = "run-id";

	@Bean
	Job rerunDunningJob(JobRepository jobRepository, Step postCorrectionsStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(postCorrectionsStep).build();
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
	AuditRuns auditRuns(JdbcTemplate jdbcTemplate) {
		return new AuditRuns(jdbcTemplate);
	}

	@Bean
	RecordedDunning recordedDunning(JdbcTemplate jdbcTemplate) {
		return new RecordedDunning(jdbcTemplate);
	}

	@Bean
	ReconciliationReport reconciliationReport(ArrearsProperties properties) {
		return new ReconciliationReport(properties.outputDir().resolve("audit"));
	}

	@Bean
	DunningRerun dunningRerun(DataSource dataSource, Assessor assessor, RecordedDunning recordedDunning,
			AuditRuns auditRuns, PendingCorrections pendingCorrections, JobOperator jobOperator, Job rerunDunningJob,
			ReconciliationReport reconciliationReport, Clock clock) {
		return new DunningRerun(dataSource, assessor, recordedDunning, auditRuns, pendingCorrections, jobOperator,
				rerunDunningJob, reconciliationReport, clock);
	}

}
