package io.arrears.dunning;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

import io.arrears.batch.Databases;
import io.arrears.dunning.internal.RemotePartitioningConfiguration;
import io.arrears.dunning.internal.HouseholdRanges;
import org.springframework.transaction.interceptor.TransactionAttribute;

/**
 * The daily dunning job: one streaming pass over the ledger, household by household,
 * putting each on the ladder, posting late fees on posting days and registering the
 * notices due; then the notices' documents. Its one identifying parameter is the as-of
 * date, so a date runs once and a failed run restarts.
 */
@Configuration(proxyBeanMethods = false)
public class DunningJobConfiguration {

	static final String JOB_NAME = "dunning";

	public static final String STEP_NAME = "assess";

	/**
	 * The worker step of a partitioned assessment; its executions are named
	 * {@code assess-range:partitionN}.
	 */
	public static final String WORKER_STEP_NAME = "assess-range";

	/**
	 * Assess every household, then render the notices the assessment issued into print
	 * batches, and the case files it opened; last, the collectors' work lists and the
	 * daily review of the day (the collection module's step, which reads what the
	 * assessment and the registry now hold). When the job starts, each
	 * {@link DunningJobPreparation} starts what it can do during the assessment.
	 */
	@Bean
	Job dunningJob(JobRepository jobRepository, Step dunningStep, Step renderNoticesStep, Step renderCaseFilesStep,
			Step collectionDocumentsStep, ObjectProvider<DunningJobPreparation> preparations) {
		return new JobBuilder(JOB_NAME, jobRepository).start(dunningStep)
			.next(renderNoticesStep)
			.next(renderCaseFilesStep)
			.next(collectionDocumentsStep)
			.listener(new JobExecutionListener() {
				@Override
				public void beforeJob(JobExecution jobExecution) {
					preparations.orderedStream().forEach(DunningJobPreparation::start);
				}
			})
			.build();
	}

	/**
	 * The assessment with local partitioning (the default; with
	 * {@code arrears.dunning.partitioning=remote} it is
	 * {@link RemotePartitioningConfiguration}'s). With {@code arrears.dunning.grid-size}
	 * 1 (the default) the assessment is one chunk-oriented step; with N it is a
	 * partitioned step of that name whose N workers each read one key range of households
	 * on their own thread. The rules are per household and the writes per household, so
	 * the ranges need no coordination; a failed worker restarts by key inside its own
	 * range.
	 */
	@Bean
	@ConditionalOnProperty(name = "arrears.dunning.partitioning", havingValue = "local", matchIfMissing = true)
	Step dunningStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			HouseholdLedgerReader householdLedgerReader, DunningProcessor dunningProcessor, DunningWriter dunningWriter,
			DunningProgress dunningProgress, ArrearsProperties properties, JdbcTemplate jdbcTemplate,
			ObjectProvider<HouseholdTreatment.Factory> treatments) {
		int gridSize = properties.dunning().gridSize();
		TreatmentRunListener run = new TreatmentRunListener(treatments);
		if (gridSize == 1) {
			return assessChunks(new StepBuilder(STEP_NAME, jobRepository).listener(run), transactionManager,
					new DefaultTransactionAttribute(), householdLedgerReader, dunningProcessor, dunningWriter,
					dunningProgress, properties);
		}
		Step worker = assessChunks(WORKER_STEP_NAME, jobRepository, transactionManager, readCommitted(),
				householdLedgerReader, dunningProcessor, dunningWriter, dunningProgress, properties);
		SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("assess-");
		workers.setConcurrencyLimit(gridSize);
		TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
		handler.setStep(worker);
		handler.setTaskExecutor(workers);
		handler.setGridSize(gridSize);
		return new StepBuilder(STEP_NAME, jobRepository).listener(run)
			.partitioner(WORKER_STEP_NAME, new HouseholdRanges(jdbcTemplate))
			.partitionHandler(handler)
			.build();
	}

	/**
	 * The transaction of a partition's chunks, local or remote. The notice insert checks
	 * for the episode's notice in the same statement; under MySQL's REPEATABLE READ that
	 * check takes gap locks, and workers inserting at the end of the index deadlock each
	 * other. READ COMMITTED checks without gap locks, and is enough: a household's
	 * notices are only ever written by the one worker whose range holds it.
	 */
	public static TransactionAttribute readCommitted() {
		DefaultTransactionAttribute readCommitted = new DefaultTransactionAttribute();
		readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		return readCommitted;
	}

	public static Step assessChunks(String name, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, TransactionAttribute transaction,
			HouseholdLedgerReader householdLedgerReader, DunningProcessor dunningProcessor, DunningWriter dunningWriter,
			DunningProgress dunningProgress, ArrearsProperties properties) {
		return assessChunks(new StepBuilder(name, jobRepository), transactionManager, transaction,
				householdLedgerReader, dunningProcessor, dunningWriter, dunningProgress, properties);
	}

	/**
	 * The chunks of the assessment on a given builder: a plain one, or the remote
	 * worker's, which also listens for the manager's requests.
	 */
	public static Step assessChunks(StepBuilder builder, PlatformTransactionManager transactionManager,
			TransactionAttribute transaction, HouseholdLedgerReader householdLedgerReader,
			DunningProcessor dunningProcessor, DunningWriter dunningWriter, DunningProgress dunningProgress,
			ArrearsProperties properties) {
		return builder.<HouseholdLedger, Dunning>chunk(properties.dunning().chunkSize())
			.transactionManager(transactionManager)
			.transactionAttribute(transaction)
			.reader(householdLedgerReader)
			.processor(dunningProcessor)
			.writer(dunningWriter)
			.listener(dunningProgress)
			.build();
	}

	@Bean
	@StepScope
	HouseholdLedgerReader householdLedgerReader(DataSource dataSource,
			@Value("#{jobParameters['as-of']}") LocalDate asOf) {
		return new HouseholdLedgerReader(dataSource, asOf, Databases.streamingFetchSize(dataSource));
	}

	/**
	 * The treatment of one step or partition, shared by its processor and its writer: the
	 * daily run's ({@link HouseholdTreatment.Factory#forRun}).
	 */
	@Bean
	@StepScope
	HouseholdTreatment dunningTreatment(@Value("#{jobParameters['as-of']}") LocalDate asOf,
			ObjectProvider<HouseholdTreatment.Factory> treatments) {
		HouseholdTreatment.Factory factory = treatments.getIfAvailable();
		return factory == null ? HouseholdTreatment.NONE : factory.forRun(asOf);
	}

	@Bean
	@StepScope
	DunningProcessor dunningProcessor(Assessor assessor, @Value("#{jobParameters['as-of']}") LocalDate asOf,
			HouseholdTreatment dunningTreatment) {
		return new DunningProcessor(assessor, asOf, dunningTreatment);
	}

	@Bean
	@StepScope
	DunningProgress dunningProgress(@Value("#{jobParameters['as-of']}") LocalDate asOf) {
		return new DunningProgress(asOf);
	}

	/** Step-scoped: it keeps the run's totals, and each partition counts its own. */
	@Bean
	@StepScope
	DunningWriter dunningWriter(JdbcTemplate jdbcTemplate, HouseholdTreatment dunningTreatment) {
		return new DunningWriter(jdbcTemplate, dunningTreatment);
	}

}
