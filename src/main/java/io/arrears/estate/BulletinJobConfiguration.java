package io.arrears.estate;

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

import io.arrears.dunning.ArrearsProperties;
import io.arrears.dunning.DunningCompletedCheck;
import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.Rules;
import io.arrears.document.DocumentProperties;
import io.arrears.document.DocumentRenderer;

/**
 * The bulletin job (SPEC §5; the seed, parts 3 and 5): per estate, the bulletin-board
 * list and the open letter, from the stage history a completed dunning run wrote for the
 * as-of date. Its one identifying parameter is the as-of date, so a date is posted once
 * and a failed run restarts after the last estate it committed.
 */
@Configuration(proxyBeanMethods = false)
class BulletinJobConfiguration {

	static final String JOB_NAME = "bulletin";

	static final String STEP_NAME = "post-estate-lists";

	static final String CHECK_STEP = "check-dunning";

	@Bean
	Job bulletinJob(JobRepository jobRepository, Step dunningCompletedStep, Step bulletinStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(dunningCompletedStep).next(bulletinStep).build();
	}

	@Bean
	Step dunningCompletedStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DunningCompletedCheck dunningCompleted) {
		return new StepBuilder(CHECK_STEP, jobRepository).tasklet(dunningCompleted, transactionManager).build();
	}

	@Bean
	@StepScope
	DunningCompletedCheck dunningCompleted(DunningRuns dunningRuns,
			@Value("#{jobParameters['as-of']}") LocalDate asOf) {
		return new DunningCompletedCheck(dunningRuns, asOf, EstateDocumentRuns.refusal(asOf));
	}

	@Bean
	Step bulletinStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ByEstateReader<StageHistoryReaders.Row, EstateStages> stageHistoryReader,
			EstatePostingProcessor estatePostingProcessor, EstateDocumentWriter estateDocumentWriter,
			DocumentProperties properties) {
		return new StepBuilder(STEP_NAME, jobRepository)
			.<EstateStages, EstatePosting>chunk(properties.bulletinChunkSize())
			.transactionManager(transactionManager)
			.reader(stageHistoryReader)
			.processor(estatePostingProcessor)
			.writer(estateDocumentWriter)
			.build();
	}

	@Bean
	@StepScope
	ByEstateReader<StageHistoryReaders.Row, EstateStages> stageHistoryReader(DataSource dataSource,
			@Value("#{jobParameters['as-of']}") LocalDate asOf) {
		return StageHistoryReaders.reader(dataSource, asOf);
	}

	@Bean
	@StepScope
	EstatePostingProcessor estatePostingProcessor(DocumentProperties properties, Rules rules,
			@Value("#{jobParameters['as-of']}") LocalDate asOf) {
		return new EstatePostingProcessor(
				new EstateLists(rules.ladder(), properties.bulletinDeadlineDays(), properties.openLetterDeadlineDays()),
				asOf);
	}

	@Bean
	EstateDocumentWriter estateDocumentWriter(DocumentRenderer documentRenderer, JdbcTemplate jdbcTemplate,
			ArrearsProperties arrears) {
		return new EstateDocumentWriter(documentRenderer, jdbcTemplate, arrears.outputDir());
	}

}
