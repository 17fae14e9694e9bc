package io.arrears.ledger;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.arrears.batch.Databases;
import io.arrears.ledger.ImportStaging.ReferenceGroup;
import io.arrears.ledger.ImportStaging.ReferenceRow;
import io.arrears.ledger.ImportStaging.TargetGroup;
import io.arrears.ledger.ImportStaging.TargetRow;
import io.arrears.ledger.LedgerFileRules.Decision;

/**
 * The job that imports a ledger file (SPEC §7), taking the file as a set. Five steps:
 * <ol>
 * <li>stage: every row is parsed and put into {@code import_row} as it stands;</li>
 * <li>decide: the staged rows are read back by reference, with what the ledger holds
 * under each; the entries are stored, the reversals wait;</li>
 * <li>reversals: read back by the entry they cancel, which is now in the ledger wherever
 * it stood in the file;</li>
 * <li>rejects: the rejected rows, in file order, to the rejects file and table;</li>
 * <li>clean: the run's staged rows are deleted.</li>
 * </ol>
 * Each step is one streaming query or one pass over the file, in chunks, so a file of any
 * size is imported in bounded memory. Each run is its own job instance (a run key among
 * its identifying parameters), so the same file can be imported again; content decides
 * what a re-import changes.
 */
@Configuration(proxyBeanMethods = false)
class LedgerImportJobConfiguration {

	private static final ImportKind KIND = ImportKind.LEDGER;

	private static final String RUN = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	@Bean
	Job importLedgerJob(JobRepository jobRepository, Step importLedgerStep, Step decideLedgerStep,
			Step reverseLedgerStep, Step rejectLedgerStep, Step cleanLedgerStep) {
		return new JobBuilder(KIND.jobName(), jobRepository).start(importLedgerStep)
			.next(decideLedgerStep)
			.next(reverseLedgerStep)
			.next(rejectLedgerStep)
			.next(cleanLedgerStep)
			.build();
	}

	@Bean
	Step importLedgerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FlatFileItemReader<CsvRow> ledgerReader, ItemProcessor<CsvRow, ImportRow<LedgerRow>> ledgerProcessor,
			ItemWriter<ImportRow<LedgerRow>> ledgerStager) {
		return new StepBuilder(KIND.jobName(), jobRepository)
			.<CsvRow, ImportRow<LedgerRow>>chunk(ImportFiles.CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(ledgerReader)
			.processor(ledgerProcessor)
			.writer(ledgerStager)
			.build();
	}

	@Bean
	@StepScope
	FlatFileItemReader<CsvRow> ledgerReader(@Value("#{jobParameters['file']}") String file,
			@Value("#{jobParameters['encoding']}") String encoding) {
		return ImportFiles.reader(KIND, file, encoding);
	}

	/**
	 * Parses a row; blank lines are dropped. A row without {@code recorded_at} is
	 * recorded at the moment the import started, one time for the whole file, to the
	 * second like the column.
	 */
	@Bean
	@StepScope
	LedgerRowProcessor ledgerProcessor(Clock clock) {
		return new LedgerRowProcessor(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * Parses a ledger row; a named class, so that the step-scoped proxy keeps its type.
	 */
	static class LedgerRowProcessor implements ItemProcessor<CsvRow, ImportRow<LedgerRow>> {

		private final LocalDateTime importedAt;

		LedgerRowProcessor(LocalDateTime importedAt) {
			this.importedAt = importedAt;
		}

		@Override
		public ImportRow<LedgerRow> process(CsvRow row) {
			return row.isBlank() ? null : LedgerRow.parse(row, importedAt);
		}

	}

	@Bean
	@StepScope
	ImportStaging ledgerStaging(JdbcTemplate jdbc, @Value(RUN) long run) {
		return new ImportStaging(jdbc, run);
	}

	@Bean
	ItemWriter<ImportRow<LedgerRow>> ledgerStager(ImportStaging ledgerStaging) {
		return chunk -> ledgerStaging.stage(chunk.getItems());
	}

	@Bean
	Step decideLedgerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			GroupReader<ReferenceRow, ReferenceGroup> ledgerReferences, DecisionWriter ledgerDecisions) {
		return new StepBuilder(KIND.jobName() + "-decide", jobRepository)
			.<ReferenceGroup, List<Decision>>chunk(ImportFiles.CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(ledgerReferences)
			.processor(g -> LedgerFileRules.byReference(g.rows(), g.stored(), g.householdKnown()))
			.writer(ledgerDecisions)
			.build();
	}

	@Bean
	@StepScope
	GroupReader<ReferenceRow, ReferenceGroup> ledgerReferences(DataSource dataSource, @Value(RUN) long run) {
		return new GroupReader<>("ledger-references", dataSource, ImportStaging.BY_REFERENCE, run, ReferenceRow::map,
				r -> r.row().entry().reference(), ReferenceGroup::of);
	}

	@Bean
	@StepScope
	DecisionWriter ledgerDecisions(JdbcTemplate jdbc, ImportStaging ledgerStaging) {
		return new DecisionWriter(KIND.writerName(), jdbc, ledgerStaging);
	}

	@Bean
	Step reverseLedgerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			GroupReader<TargetRow, TargetGroup> ledgerReversals, DecisionWriter ledgerDecisions) {
		return new StepBuilder(KIND.jobName() + "-reversals", jobRepository)
			.<TargetGroup, List<Decision>>chunk(ImportFiles.CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(ledgerReversals)
			.processor(g -> LedgerFileRules.byTarget(g.target(), g.rows()))
			.writer(ledgerDecisions)
			.build();
	}

	@Bean
	@StepScope
	GroupReader<TargetRow, TargetGroup> ledgerReversals(DataSource dataSource, @Value(RUN) long run) {
		return new GroupReader<>("ledger-reversals", dataSource, ImportStaging.BY_TARGET, run, TargetRow::map,
				r -> r.target().reference(), TargetGroup::of);
	}

	@Bean
	Step rejectLedgerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcCursorItemReader<Rejection> ledgerRejected, StagedRejectsWriter ledgerRejects) {
		return new StepBuilder(KIND.jobName() + "-rejects", jobRepository)
			.<Rejection, Rejection>chunk(ImportFiles.CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(ledgerRejected)
			.writer(ledgerRejects)
			.build();
	}

	@Bean
	@StepScope
	JdbcCursorItemReader<Rejection> ledgerRejected(DataSource dataSource, @Value(RUN) long run) {
		return new JdbcCursorItemReaderBuilder<Rejection>().name("ledger-rejected")
			.dataSource(dataSource)
			.sql(ImportStaging.REJECTED)
			.preparedStatementSetter(ps -> ps.setLong(1, run))
			.rowMapper(ImportStaging::rejection)
			.fetchSize(Databases.streamingFetchSize(dataSource))
			// a streaming MySQL result set cannot tell its position
			.verifyCursorPosition(false)
			.build();
	}

	@Bean
	@StepScope
	FlatFileItemWriter<Rejection> ledgerRejectsWriter(@Value("#{jobParameters['file']}") String file,
			@Value("#{jobParameters['encoding']}") String encoding) {
		return ImportFiles.rejectsWriter(KIND, file, encoding);
	}

	@Bean
	@StepScope
	StagedRejectsWriter ledgerRejects(FlatFileItemWriter<Rejection> ledgerRejectsWriter, JdbcTemplate jdbc,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId,
			@Value("#{jobParameters['file']}") String file) {
		return new StagedRejectsWriter(KIND.writerName(),
				new RejectsOutput(ledgerRejectsWriter, jdbc, jobExecutionId, file));
	}

	@Bean
	Step cleanLedgerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportStaging ledgerStaging) {
		return new StepBuilder(KIND.jobName() + "-clean", jobRepository).tasklet((contribution, chunkContext) -> {
			ledgerStaging.delete();
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

}
