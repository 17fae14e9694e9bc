package io.arrears.dunning.internal;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;

import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.MessageChannel;
import org.springframework.transaction.PlatformTransactionManager;

import io.arrears.dunning.ArrearsProperties.Remote;
import io.arrears.dunning.DunningJobConfiguration;
import io.arrears.dunning.ArrearsProperties;
import io.arrears.dunning.DunningProcessor;
import io.arrears.dunning.DunningProgress;
import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.DunningWriter;
import io.arrears.dunning.HouseholdLedgerReader;
import io.arrears.dunning.HouseholdTreatment;
import io.arrears.dunning.TreatmentRunListener;

/**
 * Remote partitioning of the assessment over RabbitMQ. The manager
 * ({@code arrears.dunning.partitioning=remote}) splits the households into the same key
 * ranges as the local partitioning and sends one {@link StepExecutionRequest} per range
 * to a queue; workers ({@code work}, which sets {@code arrears.dunning.remote.worker})
 * take one request at a time and run the range with the same reader, processor and writer
 * as a local partition. Manager and workers share the database: the workers write their
 * partitions' progress to the job repository and the manager reads it from there, so no
 * reply queue is needed, and a restart finds each unfinished range by its name and
 * resumes it by key.
 * <p>
 * Nothing here exists in the other modes, so that no other command connects to a broker.
 */
public class RemotePartitioningConfiguration {

	/** The key of the worker's signature in a partition's execution context. */
	public static final String WORKER = "assess.worker";

	private static final Logger log = LoggerFactory.getLogger(RemotePartitioningConfiguration.class);

	/** The manager: the {@code assess} step sends its ranges to the workers. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "arrears.dunning.partitioning", havingValue = "remote")
	@EnableBatchIntegration
	static class Manager {

		@Bean
		Queue assessRequestsQueue(ArrearsProperties properties) {
			return new Queue(properties.dunning().remote().queue(), true);
		}

		@Bean
		DirectChannel assessRequests() {
			return new DirectChannel();
		}

		/**
		 * A request expires from the queue when the manager stops waiting for it: a
		 * worker started later must not run a range of a run that has already failed.
		 */
		@Bean
		IntegrationFlow assessRequestsToRabbit(@Qualifier("assessRequests") MessageChannel assessRequests,
				AmqpTemplate amqpTemplate, ArrearsProperties properties) {
			Remote remote = properties.dunning().remote();
			return IntegrationFlow.from(assessRequests)
				.enrichHeaders(
						headers -> headers.header(AmqpHeaders.EXPIRATION, Long.toString(remote.timeout().toMillis())))
				.handle(Amqp.outboundAdapter(amqpTemplate).routingKey(remote.queue()))
				.get();
		}

		/**
		 * The same partitioner and grid size as the local partitioning; the manager polls
		 * the job repository until every range has ended, or fails the step after
		 * {@code arrears.dunning.remote.timeout}.
		 */
		@Bean
		Step dunningStep(RemotePartitioningManagerStepBuilderFactory managerSteps,
				@Qualifier("assessRequests") MessageChannel assessRequests, JdbcTemplate jdbcTemplate,
				JobRepository jobRepository, ArrearsProperties properties,
				ObjectProvider<HouseholdTreatment.Factory> treatments) {
			Remote remote = properties.dunning().remote();
			return managerSteps.get(DunningJobConfiguration.STEP_NAME)
				.partitioner(DunningJobConfiguration.WORKER_STEP_NAME, new HouseholdRanges(jdbcTemplate))
				.gridSize(properties.dunning().gridSize())
				.outputChannel(assessRequests)
				.pollInterval(remote.pollInterval().toMillis())
				.timeout(remote.timeout().toMillis())
				.listener(new UnfinishedPartitions(jobRepository, remote))
				.listener(new TreatmentRunListener(treatments))
				.build();
		}

	}

	/**
	 * A worker: takes the manager's requests from the queue, one per thread at a time,
	 * and runs {@code assess-range} for each.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("arrears.dunning.remote.worker")
	@EnableBatchIntegration
	static class Worker {

		@Bean
		Queue assessWorkQueue(ArrearsProperties properties) {
			return new Queue(properties.dunning().remote().queue(), true);
		}

		@Bean
		DirectChannel assessWork() {
			return new DirectChannel();
		}

		/**
		 * One request at a time per thread (prefetch 1), acknowledged once its range has
		 * run, so that an idle worker takes the next range rather than a busy one holding
		 * it. A request whose partition is no longer waiting is dropped, not run: see
		 * {@link StillWaiting}.
		 */
		@Bean
		IntegrationFlow assessRequestsFromRabbit(ConnectionFactory connectionFactory,
				@Qualifier("assessWork") MessageChannel assessWork, JobRepository jobRepository,
				ArrearsProperties properties) {
			Remote remote = properties.dunning().remote();
			// Java serialization, restricted to the request and what it holds
			SimpleMessageConverter requests = new SimpleMessageConverter();
			requests.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
			StillWaiting stillWaiting = new StillWaiting(jobRepository);
			return IntegrationFlow
				.from(Amqp.inboundAdapter(connectionFactory, remote.queue())
					.messageConverter(requests)
					.configureContainer(container -> container.prefetchCount(1)
						.concurrentConsumers(remote.workerThreads())
						.defaultRequeueRejected(false)
						// SIGTERM lets the ranges being run finish
						.shutdownTimeout(remote.timeout().toMillis())))
				.filter(StepExecutionRequest.class, stillWaiting::test)
				.channel(assessWork)
				.get();
		}

		/**
		 * The worker step of the local partitioning, with the same step-scoped reader,
		 * processor and writer and the same isolation, named as the manager's requests
		 * name it (the step locator finds it by its bean name).
		 */
		@Bean(DunningJobConfiguration.WORKER_STEP_NAME)
		Step assessRangeWorkerStep(RemotePartitioningWorkerStepBuilderFactory workerSteps,
				@Qualifier("assessWork") MessageChannel assessWork, PlatformTransactionManager transactionManager,
				HouseholdLedgerReader householdLedgerReader, DunningProcessor dunningProcessor,
				DunningWriter dunningWriter, DunningProgress dunningProgress, ArrearsProperties properties) {
			String name = properties.dunning().remote().workerName();
			String signature = name.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : name;
			return DunningJobConfiguration.assessChunks(
					workerSteps.get(DunningJobConfiguration.WORKER_STEP_NAME)
						.inputChannel(assessWork)
						.listener(new WorkerSignature(signature)),
					transactionManager, DunningJobConfiguration.readCommitted(), householdLedgerReader,
					dunningProcessor, dunningWriter, dunningProgress, properties);
		}

	}

	/**
	 * Whether a request's partition still waits for a worker: it is {@code STARTING} in a
	 * running job execution. A request delivered again after its first worker lost its
	 * connection finds its partition {@code STARTED} (or ended), and one left in the
	 * queue by a manager that gave up finds its job execution failed; running either
	 * would run a range twice, so both are dropped, and the range is left to a restart.
	 */
	static class StillWaiting {

		private final JobRepository jobRepository;

		StillWaiting(JobRepository jobRepository) {
			this.jobRepository = jobRepository;
		}

		boolean test(StepExecutionRequest request) {
			StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
			if (partition == null) {
				log.warn("work: dropped {}: no such step execution", request);
				return false;
			}
			JobExecution job = partition.getJobExecution();
			if (partition.getStatus() != BatchStatus.STARTING || job == null || !job.isRunning()) {
				log.warn("work: dropped {}: the partition is {} and its job execution {}; a restart runs it", request,
						partition.getStatus(), job == null ? "gone" : job.getStatus());
				return false;
			}
			log.info("work: {} of {} as of {}", partition.getStepName(), job.getJobInstance().getJobName(),
					job.getJobParameters().getLocalDate(DunningRuns.AS_OF));
			return true;
		}

	}

}
