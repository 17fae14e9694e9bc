package io.arrears.collection;

import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.arrears.document.DocumentProperties;
import io.arrears.dunning.ArrearsProperties;

/**
 * The dunning job's collection step: after the assessment and the notices, each estate's
 * work lists of the day ({@link CollectionDocuments}). A step of its own, so that it is
 * measured and restarted on its own; it writes files only, each replaced whole.
 */
@Configuration(proxyBeanMethods = false)
class CollectionJobConfiguration {

	/** The step's name, as the job repository records it. */
	static final String STEP_NAME = "collection-documents";

	/** The key of the step's execution context that counts the work-list lines. */
	static final String LINES = "worklist.lines";

	@Bean
	Step collectionDocumentsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet collectionDocumentsTasklet) {
		return new StepBuilder(STEP_NAME, jobRepository).tasklet(collectionDocumentsTasklet, transactionManager)
			.build();
	}

	/**
	 * One for the process, so the work-list and review templates are compiled once, not
	 * at every day's step; the estates' files are written on {@code render-threads}
	 * threads.
	 */
	@Bean
	CollectionDocuments collectionDocuments(CollectionDays collectionDays, JdbcTemplate jdbcTemplate,
			ArrearsProperties arrears, DocumentProperties documents) {
		return new CollectionDocuments(collectionDays, jdbcTemplate, arrears.outputDir(), documents.templates(),
				documents.renderThreadPool("collection-documents-"));
	}

	@Bean
	@StepScope
	Tasklet collectionDocumentsTasklet(CollectionDocuments files, @Value("#{jobParameters['as-of']}") LocalDate asOf) {
		return (contribution, chunk) -> {
			long lines = files.write(asOf);
			contribution.getStepExecution().getExecutionContext().putLong(LINES, lines);
			return RepeatStatus.FINISHED;
		};
	}

}
