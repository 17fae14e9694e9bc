package io.arrears.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;

import io.arrears.schedule.ScheduledJob.Outcome;
import io.arrears.schedule.ScheduledJob.Outcome.Status;
import io.arrears.testing.MySqlTest;
import io.arrears.testing.TestDatabase;

/**
 * Two scheduler nodes on one MariaDB database, as two {@code serve} processes would be:
 * the clustered JDBC store gives each firing to one node, the job never runs on both at
 * once (firings that find it busy run later), and a second firing for a date already run
 * finds the Batch job instance complete. Eleven firings of one job fall due at the same
 * moment, which is the case where Quartz alone lets two nodes run one non-concurrent job
 * (quartz-scheduler/quartz#674).
 */
@MySqlTest
@TestPropertySource(properties = "arrears.schedule.busy-retry=1s")
class ClusterMySqlTest {

	private static final List<LocalDate> DATES = LocalDate.parse("2026-05-22")
		.datesUntil(LocalDate.parse("2026-06-01"))
		.toList();

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	private final List<SchedulerFactoryBean> nodes = new CopyOnWriteArrayList<>();

	@BeforeEach
	void oneHousehold() {
		TestDatabase.wipe(dataSource);
		OneHousehold.load(jdbc);
	}

	@AfterEach
	void stopNodes() throws Exception {
		for (SchedulerFactoryBean node : nodes) {
			node.destroy();
		}
	}

	@Test
	void twoNodesRunEachFiringExactlyOnce() throws Exception {
		Scheduler a = node("node-a");
		Scheduler b = node("node-b");
		a.addJob(JobBuilder.newJob(ScheduledJobRunner.class)
			.withIdentity("dunning", TriggerSync.GROUP)
			.storeDurably()
			.requestRecovery()
			.build(), true);
		int firings = DATES.size() + 1;
		Map<String, String> ranOn = new ConcurrentHashMap<>();
		List<Outcome> outcomes = new CopyOnWriteArrayList<>();
		List<long[]> runs = new CopyOnWriteArrayList<>();
		CountDownLatch done = new CountDownLatch(firings);
		for (Scheduler node : List.of(a, b)) {
			node.getListenerManager()
				.addJobListener(new Recorder(ranOn, outcomes, runs, done),
						GroupMatcher.jobGroupEquals(TriggerSync.GROUP));
		}
		a.start();
		b.start();

		// both nodes are waiting for work when the firings come due
		Date soon = new Date(System.currentTimeMillis() + 1500);
		for (LocalDate date : DATES) {
			a.scheduleJob(firing("dunning-" + date, date, soon));
		}
		// a second trigger for a date already planned, as a recovered firing would be
		b.scheduleJob(firing("dunning-again-" + DATES.get(0), DATES.get(0), soon));
		assertThat(done.await(60, TimeUnit.SECONDS)).as("all %d firings ran", firings).isTrue();
		a.standby();
		b.standby();

		System.err.println("cluster test: firings by node " + new TreeMap<>(ranOn) + "; outcomes "
				+ outcomes.stream().collect(Collectors.groupingBy(Outcome::status, Collectors.counting())));
		assertThat(ranOn).hasSize(firings);
		assertThat(outcomes).extracting(Outcome::status)
			.doesNotContain(Status.FAILED)
			.filteredOn(s -> s == Status.ALREADY_DONE)
			.hasSize(1);
		runs.sort(Comparator.comparingLong(run -> run[0]));
		for (int i = 1; i < runs.size(); i++) {
			assertThat(runs.get(i)[0]).as("run %d starts after run %d ended: never two at once", i, i - 1)
				.isGreaterThan(runs.get(i - 1)[1]);
		}
		Map<String, Long> executionsPerDate = OneHousehold.executionsAsOf(jdbc)
			.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(executionsPerDate).isEqualTo(DATES.stream().collect(Collectors.toMap(LocalDate::toString, d -> 1L)));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stage_history", Integer.class)).isEqualTo(DATES.size());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE", Integer.class))
			.as("both nodes checked in to the cluster")
			.isEqualTo(2);
	}

	private static Trigger firing(String name, LocalDate asOf, Date at) {
		return TriggerBuilder.newTrigger()
			.withIdentity(name, TriggerSync.GROUP)
			.forJob("dunning", TriggerSync.GROUP)
			.usingJobData(ScheduledJobRunner.AS_OF, asOf.toString())
			.startAt(at)
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
	}

	/**
	 * A scheduler node as `serve` configures it, with its own instance id, on the test
	 * database.
	 */
	private Scheduler node(String instanceId) throws Exception {
		SchedulerFactoryBean node = new SchedulerFactoryBean();
		node.setSchedulerName("arrears");
		node.setDataSource(dataSource);
		node.setTransactionManager(transactionManager);
		SpringBeanJobFactory jobs = new SpringBeanJobFactory();
		jobs.setApplicationContext(context);
		node.setJobFactory(jobs);
		Properties quartz = new Properties();
		quartz.setProperty("org.quartz.scheduler.instanceId", instanceId);
		quartz.setProperty("org.quartz.jobStore.isClustered", "true");
		quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
		quartz.setProperty("org.quartz.threadPool.threadCount", "2");
		// look for work every second rather than every 30: the test waits on the nodes,
		// not the clock
		quartz.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
		node.setQuartzProperties(quartz);
		node.setAutoStartup(false);
		node.setWaitForJobsToCompleteOnShutdown(true);
		node.afterPropertiesSet();
		nodes.add(node);
		return node.getObject();
	}

	/**
	 * Which node ran each firing, its outcome, and when the runs that did work started
	 * and ended.
	 */
	record Recorder(Map<String, String> ranOn, List<Outcome> outcomes, List<long[]> runs,
			CountDownLatch done) implements JobListener {

		@Override
		public String getName() {
			return "recorder";
		}

		@Override
		public void jobToBeExecuted(JobExecutionContext context) {
		}

		@Override
		public void jobExecutionVetoed(JobExecutionContext context) {
		}

		@Override
		public void jobWasExecuted(JobExecutionContext context, JobExecutionException jobException) {
			Outcome outcome = (Outcome) context.getResult();
			outcomes.add(outcome);
			if (outcome.status() == Status.DEFERRED) {
				return;
			}
			// the time the work held the job's lock: the listener's own calls fall
			// outside it
			runs.add(new long[] { outcome.heldFrom(), outcome.heldUntil() });
			try {
				String previous = ranOn.put(
						context.getMergedJobDataMap().getString(ScheduledJobRunner.AS_OF) + " "
								+ context.getTrigger().getKey().getName(),
						context.getScheduler().getSchedulerInstanceId());
				if (previous != null) {
					ranOn.put(context.getTrigger().getKey().getName() + " AGAIN", previous);
				}
			}
			catch (SchedulerException e) {
				throw new IllegalStateException(e);
			}
			done.countDown();
		}
	}

}
