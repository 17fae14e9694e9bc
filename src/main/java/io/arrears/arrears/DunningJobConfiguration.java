package io.arrears.arrears;

import java.time.LocalDate;

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

/**
 * The daily dunning job: one streaming pass over the ledger, household by household, putting each
 * on the ladder, posting late fees on posting days and registering the notices due; then the
 * notices' documents. Its one identifying parameter is the as-of date, so a date runs once and a
 * failed run restarts.
 */
@Configuration(proxyBeanMethods = false)
class DunningJobConfiguration {

	static final String JOB_NAME = "dunning";

	static final String STEP_NAME = "assess";

	/**
	 * Assess every household, then render the notices the assessment issued and the case files it
	 * opened, and merge the notices into print batches.
	 */
	@Bean
	Job dunningJob(JobRepository jobRepository, Step dunningStep, Step renderNoticesStep, Step renderCaseFilesStep,
			Step printBatchesStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(dunningStep)
			.next(renderNoticesStep)
			.next(renderCaseFilesStep)
			.next(printBatchesStep)
			.build();
	}

	@Bean
	Step dunningStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			HouseholdLedgerReader householdLedgerReader, DunningProcessor dunningProcessor,
			DunningWriter dunningWriter, DunningProgress dunningProgress, ArrearsProperties properties) {
		return new StepBuilder(STEP_NAME, jobRepository)
			.<HouseholdLedger, Dunning>chunk(properties.dunning().chunkSize())
			.transactionManager(transactionManager)
			.reader(householdLedgerReader)
			.processor(dunningProcessor)
			.writer(dunningWriter)
			.listener(dunningProgress)
			.build();
	}

	@Bean
	@StepScope
	HouseholdLedgerReader householdLedgerReader(DataSource dataSource,
			@Value("#{jobParameters['as-of']}") LocalDate asOf) {
		return new HouseholdLedgerReader(dataSource, asOf, Databases.streamingFetchSize(dataSource));
	}

	@Bean
	@StepScope
	DunningProcessor dunningProcessor(Assessor assessor, @Value("#{jobParameters['as-of']}") LocalDate asOf) {
		return new DunningProcessor(assessor, asOf);
	}

	@Bean
	@StepScope
	DunningProgress dunningProgress(@Value("#{jobParameters['as-of']}") LocalDate asOf) {
		return new DunningProgress(asOf);
	}

	@Bean
	DunningWriter dunningWriter(JdbcTemplate jdbcTemplate) {
		return new DunningWriter(jdbcTemplate);
	}
}
