package io.arrears.estate;

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
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.arrears.dunning.ArrearsProperties;
import io.arrears.batch.Databases;
import io.arrears.dunning.Assessor;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.HouseholdLedgerReader;
import io.arrears.document.DocumentProperties;
import io.arrears.document.DocumentRenderer;
import io.arrears.festival.FestivalCalendar;

/**
 * The festival job (SPEC §5; the seed, parts 1 and 2): a card for every household, with
 * the arrears on the mailing date assessed from the ledger as the dunning run would, but
 * nothing posted, each card recorded; then the cards rendered straight into print batches
 * (per estate, in delivery order, at most {@code print-batch-size} cards, a cover sheet
 * each, batches in parallel), as the dunning run renders its notices. Identified by
 * festival and year, so a year's cards go out once and a failed run restarts after its
 * last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
class FestivalJobConfiguration {

	static final String JOB_NAME = "festival";

	static final String FESTIVAL = "festival";

	static final String YEAR = "year";

	static final String CARDS_STEP = "record-cards";

	static final String BATCH_STEP = "print-batches";

	private static final String FESTIVAL_PARAMETER = "#{jobParameters['festival']}";

	private static final String YEAR_PARAMETER = "#{jobParameters['year']}";

	@Bean
	FestivalMailings festivalMailings(FestivalCalendar festivalCalendar) {
		return new FestivalMailings(festivalCalendar);
	}

	/**
	 * The parameters are checked by the steps' beans ({@link FestivalRun#of}), not by a
	 * {@code JobParametersValidator}: Spring Batch 6 validates after creating the job
	 * instance, and a refused start left an instance no later start could use.
	 */
	@Bean
	Job festivalJob(JobRepository jobRepository, Step festivalCardsStep, Step festivalPrintBatchStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(festivalCardsStep).next(festivalPrintBatchStep).build();
	}

	@Bean
	Step festivalCardsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			HouseholdLedgerReader festivalLedgerReader, FestivalArrearsProcessor festivalArrearsProcessor,
			FestivalCardWriter festivalCardWriter, DocumentProperties properties) {
		return new StepBuilder(CARDS_STEP, jobRepository)
			.<HouseholdLedger, HouseholdArrears>chunk(properties.festivalChunkSize())
			.transactionManager(transactionManager)
			.reader(festivalLedgerReader)
			.processor(festivalArrearsProcessor)
			.writer(festivalCardWriter)
			.build();
	}

	/**
	 * Print batches are rendered on as many threads as {@code render-threads}, as the
	 * notices are: the reader and the writer stay on one, the processor that renders runs
	 * concurrently within each chunk, one batch per thread.
	 */
	@Bean
	Step festivalPrintBatchStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CardBatchReader cardBatchReader, DocumentRenderer documentRenderer, JdbcTemplate jdbcTemplate,
			ArrearsProperties arrears, DocumentProperties properties) {
		ThreadPoolTaskExecutor renderThreads = properties.renderThreadPool("render-cards-");
		return new StepBuilder(BATCH_STEP, jobRepository).<CardBatch, PrintBatchWriter.Printed>chunk(
				properties.renderThreads())
			.transactionManager(transactionManager)
			.reader(cardBatchReader)
			.processor(PrintBatchWriter.renderer(documentRenderer, arrears.outputDir(), properties.duplex(),
					properties.singleFiles()))
			.writer(PrintBatchWriter.recorder(jdbcTemplate))
			.taskExecutor(renderThreads)
			.build();
	}

	@Bean
	@StepScope
	HouseholdLedgerReader festivalLedgerReader(DataSource dataSource, FestivalMailings festivalMailings,
			@Value(FESTIVAL_PARAMETER) String festival, @Value(YEAR_PARAMETER) Long year) {
		FestivalRun run = festivalMailings.run(festival, year);
		return new HouseholdLedgerReader(dataSource, run.asOf(), Databases.streamingFetchSize(dataSource));
	}

	@Bean
	@StepScope
	FestivalArrearsProcessor festivalArrearsProcessor(Assessor assessor, FestivalMailings festivalMailings,
			@Value(FESTIVAL_PARAMETER) String festival, @Value(YEAR_PARAMETER) Long year) {
		return new FestivalArrearsProcessor(assessor, festivalMailings.run(festival, year).asOf());
	}

	@Bean
	@StepScope
	FestivalCardWriter festivalCardWriter(JdbcTemplate jdbcTemplate, FestivalMailings festivalMailings,
			@Value(FESTIVAL_PARAMETER) String festival, @Value(YEAR_PARAMETER) Long year) {
		return new FestivalCardWriter(jdbcTemplate, festivalMailings.run(festival, year));
	}

	@Bean
	@StepScope
	CardBatchReader cardBatchReader(DataSource dataSource, DocumentProperties documentProperties,
			ArrearsProperties arrears, FestivalMailings festivalMailings, @Value(FESTIVAL_PARAMETER) String festival,
			@Value(YEAR_PARAMETER) Long year) {
		return FestivalCardReaders.reader(dataSource, festivalMailings.run(festival, year), arrears.outputDir(),
				documentProperties.printBatchSize());
	}

}
