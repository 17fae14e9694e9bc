package io.arrears.ledger;

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
 * The job that imports a estates file (SPEC §7). Each run is its own job instance (a run
 * key among its identifying parameters), so the same file can be imported again; content
 * decides what a re-import changes.
 */
@Configuration(proxyBeanMethods = false)
class EstateImportJobConfiguration {

	private static final ImportKind KIND = ImportKind.ESTATES;

	@Bean
	Job importEstatesJob(JobRepository jobRepository, Step importEstatesStep) {
		return new JobBuilder(KIND.jobName(), jobRepository).start(importEstatesStep).build();
	}

	@Bean
	Step importEstatesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FlatFileItemReader<CsvRow> estatesReader, ItemProcessor<CsvRow, ImportRow<EstateRow>> estatesProcessor,
			ImportWriter<EstateRow> estatesWriter) {
		return new StepBuilder(KIND.jobName(), jobRepository)
			.<CsvRow, ImportRow<EstateRow>>chunk(ImportFiles.CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(estatesReader)
			.processor(estatesProcessor)
			.writer(estatesWriter)
			.build();
	}

	@Bean
	@StepScope
	FlatFileItemReader<CsvRow> estatesReader(@Value("#{jobParameters['file']}") String file,
			@Value("#{jobParameters['encoding']}") String encoding) {
		return ImportFiles.reader(KIND, file, encoding);
	}

	/** Parses a row; blank lines are dropped. */
	@Bean
	ItemProcessor<CsvRow, ImportRow<EstateRow>> estatesProcessor() {
		return row -> row.isBlank() ? null : EstateRow.parse(row);
	}

	@Bean
	@StepScope
	FlatFileItemWriter<Rejection> estatesRejectsWriter(@Value("#{jobParameters['file']}") String file,
			@Value("#{jobParameters['encoding']}") String encoding) {
		return ImportFiles.rejectsWriter(KIND, file, encoding);
	}

	@Bean
	@StepScope
	ImportWriter<EstateRow> estatesWriter(FlatFileItemWriter<Rejection> estatesRejectsWriter,
			NamedParameterJdbcTemplate jdbc, @Value("#{stepExecution.jobExecutionId}") long jobExecutionId,
			@Value("#{jobParameters['file']}") String file) {
		return new ImportWriter<>(KIND.writerName(), new EstateImporter(jdbc), estatesRejectsWriter,
				jdbc.getJdbcTemplate(), jobExecutionId, file);
	}

}
