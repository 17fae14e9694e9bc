package io.arrears.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.JobExecutionContextImpl;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import io.arrears.schedule.ScheduledJob.Outcome;
import io.arrears.schedule.ScheduledJob.Outcome.Status;
import io.arrears.testing.H2Test;
import io.arrears.testing.TestDatabase;

/**
 * Firings on the application's Quartz JDBC store (H2): a late firing runs as of the date
 * it was due, a missed trigger fires once when the scheduler starts, and starting again
 * keeps what did not change.
 */
@H2Test
// Quartz keeps its job store's connection provider in a JVM-wide registry keyed by
// scheduler name:
// a context of its own, under a name of its own, so that a context closed by another test
// class
// (the CLI's, say) cannot leave this scheduler with a closed pool.
@TestPropertySource(properties = "spring.quartz.scheduler-name=arrears-schedule-test")
class ScheduleH2Test {

	private static final JobKey MONTH_END = JobKey.jobKey("month-end", TriggerSync.GROUP);

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Scheduler scheduler;

	@Autowired
	Schedules schedules;

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	JobLock lock;

	@BeforeEach
	void oneHousehold() throws Exception {
		scheduler.standby();
		scheduler.clear();
		TestDatabase.wipe(dataSource);
		OneHousehold.load(jdbc);
	}

	@Test
	void aMonthEndFiredADayLateRunsAsOfTheMonthsLastDay() throws Exception {
		// the service was down over 31 May 08:00; Quartz fires the missed firing once, at
		// 10:00 next day
		Date late = Date.from(OffsetDateTime.parse("2026-06-01T10:00:00+08:00").toInstant());
		ScheduledJobRunner runner = new ScheduledJobRunner(schedules, jobs, lock);

		Outcome first = fire(runner, late);
		Outcome again = fire(runner, late);

		assertThat(first.status()).isEqualTo(Status.DONE);
		assertThat(again.status()).as("a second firing for the date changes nothing").isEqualTo(Status.ALREADY_DONE);
		assertThat(OneHousehold.executionsAsOf(jdbc, "dunning")).containsExactly("2026-05-31");
		assertThat(OneHousehold.executionsAsOf(jdbc, "month-end")).containsExactly("2026-05-31");
		assertThat(jdbc.queryForMap("SELECT as_of, stage, days_overdue FROM stage_history WHERE household_code = ?",
				OneHousehold.HOUSEHOLD))
			.containsEntry("STAGE", "REMINDER_10")
			.containsEntry("DAYS_OVERDUE", 46)
			.containsEntry("AS_OF", java.sql.Date.valueOf("2026-05-31"));
		assertThat(jdbc.queryForObject("SELECT amount FROM ledger_entry WHERE entry_type = 'LATE_FEE'"
				+ " AND effective_date = DATE '2026-05-31'", BigDecimal.class))
			.as("31 May is a posting day; 1 June is not")
			.isEqualByComparingTo("4.14");
	}

	@Test
	void aTriggerThatMissedItsTimeFiresOnceAtStartAsOfTheDateItWasDue() throws Exception {
		// the stored month-end trigger last fired 40 days ago: at least one month's end
		// was missed
		Trigger stored = TriggerSync.desired(schedules, Instant.now())
			.get(TriggerKey.triggerKey("month-end", "arrears"));
		Trigger missed = stored.getTriggerBuilder()
			.startAt(Date.from(Instant.now().minus(40, ChronoUnit.DAYS)))
			.build();
		scheduler.addJob(monthEndJob(), true);
		scheduler.scheduleJob(missed);
		List<Outcome> outcomes = new CopyOnWriteArrayList<>();
		CountDownLatch ran = new CountDownLatch(1);
		scheduler.getListenerManager().addJobListener(new Recorder(outcomes, ran), KeyMatcher.keyEquals(MONTH_END));
		try {
			scheduler.start();
			assertThat(ran.await(20, TimeUnit.SECONDS)).as("the missed firing ran at start").isTrue();
		}
		finally {
			scheduler.standby();
			scheduler.getListenerManager().removeJobListener("recorder");
		}

		ZonedDateTime now = ZonedDateTime.now(schedules.zone());
		LocalDate today = now.toLocalDate();
		LocalDate lastMonthEnd = today.equals(today.withDayOfMonth(today.lengthOfMonth()))
				&& !now.toLocalTime().isBefore(LocalTime.of(8, 0)) ? today : today.withDayOfMonth(1).minusDays(1);
		assertThat(outcomes).extracting(Outcome::status).containsExactly(Status.DONE);
		assertThat(OneHousehold.executionsAsOf(jdbc, "dunning")).containsExactly(lastMonthEnd.toString());
		assertThat(OneHousehold.executionsAsOf(jdbc, "month-end")).containsExactly(lastMonthEnd.toString());
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM stage_history WHERE as_of = ?", Integer.class, lastMonthEnd))
			.isEqualTo(1);
		assertThat(scheduler.getTrigger(missed.getKey()).getNextFireTime()).as("then on schedule again")
			.isAfter(new Date());
	}

	@Test
	void startingAgainKeepsUnchangedTriggersReplacesChangedOnesAndRemovesTheRest() throws Exception {
		Instant now = OffsetDateTime.parse("2026-11-27T12:00:00+08:00").toInstant();
		TriggerSync.Report first = TriggerSync.sync(scheduler, schedules, now);
		// festival cards of 2025 and 2026 have passed: only 2027's and 2028's are planned
		assertThat(first.added()).containsExactlyInAnyOrder("dunning", "bulletin", "month-end", "import-inbox",
				"festival-SPRING_FESTIVAL-2027", "festival-LANTERN-2027", "festival-SPRING_FESTIVAL-2028",
				"festival-LANTERN-2028");
		assertThat(scheduler.getTrigger(TriggerKey.triggerKey("festival-LANTERN-2027", "arrears"))
			.getJobDataMap()
			.getWrappedMap())
			.containsAllEntriesOf(Map.of("as-of", "2027-02-21", "festival", "LANTERN", "year", "2027"));
		Date nextDunning = scheduler.getTrigger(TriggerKey.triggerKey("dunning", "arrears")).getNextFireTime();

		TriggerSync.Report unchanged = TriggerSync.sync(scheduler, schedules, now.plus(3, ChronoUnit.DAYS));
		assertThat(unchanged.added()).isEmpty();
		assertThat(unchanged.replaced()).isEmpty();
		assertThat(unchanged.removed()).isEmpty();
		assertThat(scheduler.getTrigger(TriggerKey.triggerKey("dunning", "arrears")).getNextFireTime())
			.as("kept as stored, so that a firing missed meanwhile is not forgotten")
			.isEqualTo(nextDunning);

		Schedules edited = SchedulesTest.schedules(Map.of("arrears.schedule.jobs.dunning.cron", "0 30 6 * * ?",
				"arrears.schedule.jobs.import-inbox.enabled", "false"));
		TriggerSync.Report changed = TriggerSync.sync(scheduler, edited, now);
		assertThat(changed.replaced()).containsExactly("dunning");
		assertThat(changed.removed()).containsExactlyInAnyOrder("import-inbox", "job import-inbox");
		assertThat(scheduler.getTrigger(TriggerKey.triggerKey("dunning", "arrears")).getDescription())
			.isEqualTo("cron 0 30 6 * * ? in Asia/Shanghai");
	}

	private Outcome fire(ScheduledJobRunner runner, Date scheduled) throws Exception {
		JobDetail detail = monthEndJob();
		OperableTrigger trigger = (OperableTrigger) TriggerBuilder.newTrigger()
			.withIdentity("month-end", TriggerSync.GROUP)
			.forJob(detail)
			.withSchedule(CronScheduleBuilder.cronSchedule("0 0 8 L * ?"))
			.build();
		JobExecutionContextImpl context = new JobExecutionContextImpl(scheduler,
				new TriggerFiredBundle(detail, trigger, null, false, scheduled, scheduled, null, null), runner);
		runner.execute(context);
		return (Outcome) context.getResult();
	}

	private static JobDetail monthEndJob() {
		return JobBuilder.newJob(ScheduledJobRunner.class).withIdentity(MONTH_END).storeDurably().build();
	}

	/** Collects each run's outcome. */
	record Recorder(List<Outcome> outcomes, CountDownLatch ran) implements JobListener {

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
			outcomes.add((Outcome) context.getResult());
			ran.countDown();
		}
	}

}
