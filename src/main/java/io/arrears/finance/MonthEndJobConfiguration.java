package io.arrears.finance;

import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.arrears.dunning.ArrearsProperties;
import io.arrears.dunning.DunningCompletedCheck;
import io.arrears.dunning.DunningRuns;
import io.arrears.collection.CollectionDays;
import io.arrears.document.DocumentProperties;

/**
 * The month-end job: check that the date's dunning assessment is complete, then write
 * each estate's finance pack. Its one identifying parameter is the as-of date, so a date
 * runs once and a failed run restarts from the estates not yet written.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FinanceProperties.class)
class MonthEndJobConfiguration {

	static final String JOB_NAME = "month-end";

	static final String PACK_STEP = "finance-pack";

	/**
	 * Estates per chunk: each is a PDF and three CSV files, so a failed chunk redoes
	 * little.
	 */
	private static final int CHUNK = 10;

	@Bean
	Job monthEndJob(JobRepository jobRepository, Step monthEndAssessmentStep, Step financePackStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(monthEndAssessmentStep).next(financePackStep).build();
	}

	@Bean
	Step monthEndAssessmentStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DunningCompletedCheck assessmentCheck) {
		return new StepBuilder("assessment-complete", jobRepository).tasklet(assessmentCheck, transactionManager)
			.build();
	}

	@Bean
	Step financePackStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			MonthEndPackReader monthEndPackReader, MonthEndPackWriter monthEndPackWriter) {
		return new StepBuilder(PACK_STEP, jobRepository).<MonthEndPack, MonthEndPack>chunk(CHUNK)
			.transactionManager(transactionManager)
			.reader(monthEndPackReader)
			.writer(monthEndPackWriter)
			.build();
	}

	@Bean
	@StepScope
	DunningCompletedCheck assessmentCheck(DunningRuns dunningRuns, @Value("#{jobParameters['as-of']}") LocalDate asOf) {
		// MonthEndRuns runs the assessment before it starts the job; this guards any
		// other start
		return new DunningCompletedCheck(dunningRuns, asOf, "the dunning assessment as of " + asOf
				+ " is not complete: run `run dunning --as-of " + asOf + "`, then the month-end again");
	}

	@Bean
	@StepScope
	MonthEndPackReader monthEndPackReader(MonthEndQueries monthEndQueries,
			@Value("#{jobParameters['as-of']}") LocalDate asOf) {
		return new MonthEndPackReader(monthEndQueries, asOf);
	}

	@Bean
	MonthEndPackWriter monthEndPackWriter(ArrearsProperties arrears, MonthEndReport monthEndReport,
			FinanceProperties properties) {
		return new MonthEndPackWriter(arrears.outputDir(), monthEndReport, properties);
	}

	@Bean
	MonthEndQueries monthEndQueries(JdbcTemplate jdbcTemplate, FinanceProperties properties,
			CollectionDays collectionDays) {
		return new MonthEndQueries(jdbcTemplate, properties, collectionDays);
	}

	@Bean
	MonthEndReport monthEndReport(DocumentProperties documentProperties, FinanceProperties properties) {
		return new MonthEndReport(documentProperties.templates(), properties);
	}

}
