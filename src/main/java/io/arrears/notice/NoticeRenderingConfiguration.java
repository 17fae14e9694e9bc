package io.arrears.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.async.AsyncItemProcessor;
import org.springframework.batch.integration.async.AsyncItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.arrears.dunning.ArrearsProperties;
import io.arrears.dunning.DunningJobPreparation;
import io.arrears.batch.Databases;
import io.arrears.dunning.Rules;
import io.arrears.document.DocumentRenderer;
import io.arrears.document.LawFirm;
import io.arrears.dunning.NoticeKind;
import io.arrears.document.DocumentProperties;
import io.arrears.limitation.LimitationSettings;

/**
 * The dunning job's document steps: render the notices issued on the as-of date into
 * print batches (each notice filled once, each batch exported once, batches in parallel),
 * then the case files. Rendering is a step of its own, after the assessment, so it can be
 * measured and restarted on its own; templates are compiled once, by the one renderer.
 */
@Configuration(proxyBeanMethods = false)
class NoticeRenderingConfiguration {

	/** Case files are one file each; a failed chunk renders them again. */
	private static final int RENDER_CHUNK = 50;

	@Bean
	DocumentRenderer documentRenderer(DocumentProperties properties) {
		return new DocumentRenderer(properties.templates(), properties.paymentUrls());
	}

	/**
	 * The templates of the dunning day's documents, compiled in the background from the
	 * job's start, while the assessment runs: on a fresh process the render steps would
	 * otherwise begin with compiling them (about a second each, more in a cold JVM).
	 */
	@Bean
	DunningJobPreparation dayTemplates(DocumentRenderer documentRenderer) {
		return () -> documentRenderer.prepare(List.of("reminder", "lawyer-letter", "cover-sheet", "case-file"));
	}

	/**
	 * Print batches in flight per render thread: the reader reads and binds the next
	 * batches while the threads render the earlier ones, and batches of unequal size (a
	 * lawyer's letters' batch of ten pages beside a reminders' batch of five hundred)
	 * even out within a chunk.
	 */
	static final int BATCHES_PER_THREAD = 4;

	/**
	 * Print batches are rendered on as many threads as {@code render-threads} (one per
	 * core by default). The reader and the writer stay on the step's thread; each batch
	 * the reader cuts is handed to a render thread at once ({@link AsyncItemProcessor}),
	 * so reading the registry and binding the next batch overlap with rendering, and the
	 * writer records a chunk's batches, in order, once all of them are written
	 * ({@link AsyncItemWriter}). A chunk holds {@value #BATCHES_PER_THREAD} batches per
	 * thread.
	 */
	@Bean
	Step renderNoticesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PrintBatchReader printBatchReader, DocumentRenderer documentRenderer, JdbcTemplate jdbcTemplate,
			ArrearsProperties arrears, DocumentProperties properties) {
		AsyncItemProcessor<NoticeBatch, PrintBatchRenderer.Printed> renderer = new AsyncItemProcessor<>(
				PrintBatchRenderer.renderer(documentRenderer, arrears.outputDir(), properties.duplex(),
						properties.singleFiles()));
		renderer.setTaskExecutor(properties.renderThreadPool("render-"));
		return new StepBuilder("render-notices", jobRepository).<NoticeBatch, Future<PrintBatchRenderer.Printed>>chunk(
				properties.renderThreads() * BATCHES_PER_THREAD)
			.transactionManager(transactionManager)
			.reader(printBatchReader)
			.processor(renderer)
			.writer(new AsyncItemWriter<>(PrintBatchRenderer.recorder(jdbcTemplate)))
			.build();
	}

	@Bean
	Step renderCaseFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CaseFileReader caseFileReader, CaseFileWriter caseFileWriter) {
		return new StepBuilder("render-case-files", jobRepository).<CaseFileInput, CaseFileInput>chunk(RENDER_CHUNK)
			.transactionManager(transactionManager)
			.reader(caseFileReader)
			.writer(caseFileWriter)
			.build();
	}

	@Bean
	@StepScope
	CaseFileReader caseFileReader(DataSource dataSource, @Value("#{jobParameters['as-of']}") LocalDate asOf) {
		return new CaseFileReader(dataSource, asOf, Databases.streamingFetchSize(dataSource));
	}

	/**
	 * Case files are rendered on as many threads as {@code render-threads}, within each
	 * chunk; the writer records them in order on the step's thread.
	 */
	@Bean
	CaseFileWriter caseFileWriter(Rules rules, LimitationSettings limitationSettings, DocumentRenderer documentRenderer,
			JdbcTemplate jdbcTemplate, ArrearsProperties arrears, DocumentProperties properties) {
		return new CaseFileWriter(new CaseFiles(rules.lateFee(), limitationSettings), documentRenderer, jdbcTemplate,
				arrears.outputDir(), properties.renderThreadPool("render-case-files-"));
	}

	/**
	 * Every notice of the day, the printed ones too (see {@link PrintBatchReader}), cut
	 * into print batches.
	 */
	@Bean
	@StepScope
	PrintBatchReader printBatchReader(DataSource dataSource, DocumentProperties properties,
			DocumentRenderer documentRenderer, ArrearsProperties arrears,
			@Value("#{jobParameters['as-of']}") LocalDate asOf) {
		return new PrintBatchReader(
				new IssuedNoticeReader(dataSource, asOf, false, Databases.streamingFetchSize(dataSource),
						deadlines(properties), properties.renderLimit()),
				documentRenderer, arrears.outputDir(), properties.printBatchSize());
	}

	static IssuedNoticeReader.Deadlines deadlines(DocumentProperties properties) {
		return new IssuedNoticeReader.Deadlines() {

			@Override
			public LocalDate deadline(NoticeKind kind, LocalDate issuedOn) {
				return issuedOn.plusDays(kind == NoticeKind.LAWYER_LETTER ? properties.lawyerDeadlineDays()
						: properties.reminderDeadlineDays());
			}

			@Override
			public LawFirm lawFirm() {
				return properties.lawFirm();
			}
		};
	}

}
