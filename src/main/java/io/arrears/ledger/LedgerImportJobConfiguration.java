package io.arrears.ledger;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job that imports a ledger file (SPEC §7). Each run is its own job instance (a run
 * key among its identifying parameters), so the same file can be imported again; content
 * decides what a re-import changes.
 */
@Configuration(proxyBeanMethods = false)
class LedgerImportJobConfiguration {

	private static final ImportKind KIND = ImportKind.LEDGER;

	@Bean
	Job importLedgerJob(JobRepository jobRepository, Step importLedgerStep) {
		return new JobBuilder(KIND.jobName(), jobRepository).start(importLedgerStep).build();
	}

	@Bean
	Step importLedgerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FlatFileItemReader<CsvRow> ledgerReader, ItemProcessor<CsvRow, ImportRow<LedgerRow>> ledgerProcessor,
			ImportWriter<LedgerRow> ledgerWriter) {
		return new StepBuilder(KIND.jobName(), jobRepository)
			.<CsvRow, ImportRow<LedgerRow>>chunk(ImportFiles.CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(ledgerReader)
			.processor(ledgerProcessor)
			.writer(ledgerWriter)
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
	FlatFileItemWriter<Rejection> ledgerRejectsWriter(@Value("#{jobParameters['file']}") String file,
			@Value("#{jobParameters['encoding']}") String encoding) {
		return ImportFiles.rejectsWriter(KIND, file, encoding);
	}

	@Bean
	@StepScope
	ImportWriter<LedgerRow> ledgerWriter(FlatFileItemWriter<Rejection> ledgerRejectsWriter,
			NamedParameterJdbcTemplate jdbc, @Value("#{stepExecution.jobExecutionId}") long jobExecutionId,
			@Value("#{jobParameters['file']}") String file) {
		return new ImportWriter<>(KIND.writerName(), new LedgerImporter(jdbc), ledgerRejectsWriter,
				jdbc.getJdbcTemplate(), jobExecutionId, file);
	}

}
