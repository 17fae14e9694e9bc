package io.arrears.collection;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.infrastructure.item.file.separator.SimpleRecordSeparatorPolicy;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job that imports one collection file ({@code import-collection}, the file's kind a
 * parameter). Two steps: the rows, in chunks of {@value #CHUNK_SIZE} (each chunk parsed,
 * checked with one query per kind of fact, stored and its rejects recorded in
 * {@code import_reject} in one transaction); then the rejects file, written from the
 * table in line order, or removed when nothing was rejected so that a clean re-run leaves
 * no stale rejects behind.
 */
@Configuration(proxyBeanMethods = false)
class CollectionImportJobConfiguration {

	static final int CHUNK_SIZE = 1000;

	@Bean
	Job importCollectionJob(JobRepository jobRepository, Step importCollectionStep, Step rejectCollectionStep) {
		return new JobBuilder("import-collection", jobRepository).start(importCollectionStep)
			.next(rejectCollectionStep)
			.build();
	}

	@Bean
	Step importCollectionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FlatFileItemReader<CollectionLine> collectionReader, CollectionRowsWriter collectionWriter) {
		return new StepBuilder("import-collection", jobRepository).<CollectionLine, CollectionLine>chunk(CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(collectionReader)
			.writer(collectionWriter)
			.stream(collectionWriter)
			.build();
	}

	/**
	 * One record per physical line, so that line numbers are the ones an editor shows;
	 * the header must be the file's, else the whole file is refused.
	 */
	@Bean
	@StepScope
	FlatFileItemReader<CollectionLine> collectionReader(@Value("#{jobParameters['kind']}") String kind,
			@Value("#{jobParameters['file']}") String file, @Value("#{jobParameters['encoding']}") String encoding) {
		CollectionFile type = CollectionFile.valueOf(kind);
		return new FlatFileItemReaderBuilder<CollectionLine>().name("collection-" + type.kind())
			.resource(new FileSystemResource(file))
			.encoding(encoding)
			.strict(true)
			.linesToSkip(1)
			.skippedLinesCallback(type::checkHeader)
			.comments(new String[0])
			.recordSeparatorPolicy(new SimpleRecordSeparatorPolicy())
			.lineMapper((line, number) -> new CollectionLine(number, line))
			.build();
	}

	/**
	 * A row without {@code recorded_at} (every collector row) is recorded at the moment
	 * the import started, one time for the whole file, to the second like the column.
	 */
	@Bean
	@StepScope
	CollectionRowsWriter collectionWriter(@Value("#{jobParameters['kind']}") String kind,
			@Value("#{jobParameters['file']}") String file, @Value("#{stepExecution.jobExecutionId}") long execution,
			JdbcTemplate jdbc, Clock clock, CollectionSettings collectionSettings) {
		return new CollectionRowsWriter(CollectionFile.valueOf(kind), jdbc, execution, file,
				LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), collectionSettings);
	}

	@Bean
	Step rejectCollectionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcTemplate jdbc) {
		return new StepBuilder("import-collection-rejects", jobRepository).tasklet((contribution, chunkContext) -> {
			var parameters = chunkContext.getStepContext().getJobParameters();
			CollectionFile kind = CollectionFile.valueOf((String) parameters.get("kind"));
			String file = (String) parameters.get("file");
			Charset encoding = Charset.forName((String) parameters.get("encoding"));
			long execution = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
			writeRejects(jdbc, kind, file, encoding, execution);
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	/**
	 * {@code line,reason,} then the original fields exactly as they were, in the input's
	 * encoding so that it opens like the input did; streamed from the table.
	 */
	private static void writeRejects(JdbcTemplate jdbc, CollectionFile kind, String file, Charset encoding,
			long execution) throws IOException {
		Path rejects = CollectionImport.rejectsFile(Path.of(file));
		Integer count = jdbc.queryForObject(
				"SELECT COUNT(*) FROM import_reject WHERE job_execution_id = ? AND file_name = ?", Integer.class,
				execution, file);
		if (count == null || count == 0) {
			Files.deleteIfExists(rejects);
			return;
		}
		try (Writer out = Files.newBufferedWriter(rejects, encoding)) {
			out.write("line,reason," + kind.header() + "\n");
			jdbc.query("SELECT line_number, reason, line FROM import_reject WHERE job_execution_id = ?"
					+ " AND file_name = ? ORDER BY line_number", rs -> {
						try {
							out.write(rs.getLong(1) + ",\"" + rs.getString(2).replace("\"", "\"\"") + "\","
									+ rs.getString(3) + "\n");
						}
						catch (IOException e) {
							throw new IllegalStateException("cannot write " + rejects + ": " + e.getMessage(), e);
						}
					}, execution, file);
		}
	}

}
