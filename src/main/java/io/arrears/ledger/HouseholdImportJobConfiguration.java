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
 * The job that imports a households file (SPEC §7). Each run is its own job instance (a
 * run key among its identifying parameters), so the same file can be imported again;
 * content decides what a re-import changes.
 */
@Configuration(proxyBeanMethods = false)
class HouseholdImportJobConfiguration {

	private static final ImportKind KIND = ImportKind.HOUSEHOLDS;

	@Bean
	Job importHouseholdsJob(JobRepository jobRepository, Step importHouseholdsStep) {
		return new JobBuilder(KIND.jobName(), jobRepository).start(importHouseholdsStep).build();
	}

	@Bean
	Step importHouseholdsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FlatFileItemReader<CsvRow> householdsReader,
			ItemProcessor<CsvRow, ImportRow<HouseholdRow>> householdsProcessor,
			ImportWriter<HouseholdRow> householdsWriter) {
		return new StepBuilder(KIND.jobName(), jobRepository)
			.<CsvRow, ImportRow<HouseholdRow>>chunk(ImportFiles.CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(householdsReader)
			.processor(householdsProcessor)
			.writer(householdsWriter)
			.build();
	}

	@Bean
	@StepScope
	FlatFileItemReader<CsvRow> householdsReader(@Value("#{jobParameters['file']}") String file,
			@Value("#{jobParameters['encoding']}") String encoding) {
		return ImportFiles.reader(KIND, file, encoding);
	}

	/** Parses a row; blank lines are dropped. */
	@Bean
	ItemProcessor<CsvRow, ImportRow<HouseholdRow>> householdsProcessor() {
		return row -> row.isBlank() ? null : HouseholdRow.parse(row);
	}

	@Bean
	@StepScope
	FlatFileItemWriter<Rejection> householdsRejectsWriter(@Value("#{jobParameters['file']}") String file,
			@Value("#{jobParameters['encoding']}") String encoding) {
		return ImportFiles.rejectsWriter(KIND, file, encoding);
	}

	@Bean
	@StepScope
	ImportWriter<HouseholdRow> householdsWriter(FlatFileItemWriter<Rejection> householdsRejectsWriter,
			NamedParameterJdbcTemplate jdbc, @Value("#{stepExecution.jobExecutionId}") long jobExecutionId,
			@Value("#{jobParameters['file']}") String file) {
		return new ImportWriter<>(KIND.writerName(), new HouseholdImporter(jdbc), householdsRejectsWriter,
				jdbc.getJdbcTemplate(), jobExecutionId, file);
	}

}
