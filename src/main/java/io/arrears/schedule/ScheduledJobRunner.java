package io.arrears.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.arrears.batch.JobRunner;
import io.arrears.schedule.ScheduledJob.Firing;
import io.arrears.schedule.ScheduledJob.Outcome;
import io.arrears.festival.Festival;

/**
 * The one Quartz job class: runs the {@link ScheduledJob} named by the Quartz job's key,
 * as of the date its firing was due, and logs the outcome. Quartz creates it per firing
 * through Spring, so it takes its collaborators in the constructor.
 * <p>
 * A job never runs twice at once on any node: Quartz's
 * {@code @DisallowConcurrentExecution} keeps one node from it, and {@link JobLock} the
 * others, because in a cluster Quartz lets two triggers of one job that fall due together
 * run on two nodes (quartz-scheduler/quartz#674). A firing that finds its job running
 * elsewhere is deferred: a one-shot trigger runs it again later, for the same date. Each
 * job starts its Batch job through {@link JobRunner}, as the command line does: a second
 * firing for the same date (a recovered firing, a deferred one) finds the instance
 * complete and is logged as already done, and a run a dead node left {@code STARTED} is
 * recovered and restarted.
 */
@DisallowConcurrentExecution
class ScheduledJobRunner implements Job {

	/** Trigger data: the as-of date of a one-shot firing (festival cards), ISO. */
	static final String AS_OF = "as-of";

	/** Trigger data: which festival card ({@link Festival} name). */
	static final String FESTIVAL = "festival";

	/** Trigger data: the festival's lunar year. */
	static final String YEAR = "year";

	/**
	 * The Quartz group of deferred firings, apart from the configured ones that start-up
	 * re-syncs.
	 */
	static final String DEFERRED_GROUP = "arrears-deferred";

	private static final Logger log = LoggerFactory.getLogger(ScheduledJobRunner.class);

	private final Schedules schedules;

	private final ScheduledJobs jobs;

	private final JobLock lock;

	ScheduledJobRunner(Schedules schedules, ScheduledJobs jobs, JobLock lock) {
		this.schedules = schedules;
		this.jobs = jobs;
		this.lock = lock;
	}

	@Override
	public void execute(JobExecutionContext context) {
		Firing firing = firing(context);
		// the outcome as the firing's result, for job listeners (and tests) to see
		context.setResult(run(firing, () -> defer(context, firing)));
	}

	/** Schedules the firing again, later, as of the same date; returns when. */
	private Instant defer(JobExecutionContext context, Firing firing) throws SchedulerException {
		Instant later = Instant.now().plus(schedules.busyRetry());
		TriggerBuilder<SimpleTrigger> retry = TriggerBuilder.newTrigger()
			.withIdentity(firing.job() + "-" + firing.asOf() + "-" + context.getFireInstanceId(), DEFERRED_GROUP)
			.forJob(context.getJobDetail().getKey())
			.startAt(Date.from(later))
			.usingJobData(AS_OF, firing.asOf().toString())
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow());
		if (firing.festival() != null) {
			retry.usingJobData(FESTIVAL, firing.festival().name()).usingJobData(YEAR, String.valueOf(firing.year()));
		}
		context.getScheduler().scheduleJob(retry.build());
		return later;
	}

	/** Puts a firing off until later. */
	@FunctionalInterface
	interface Deferral {

		Instant defer() throws Exception;

	}

	/**
	 * The firing as the job sees it: the job, the date it is for, and for festivals which
	 * card.
	 */
	Firing firing(JobExecutionContext context) {
		String job = context.getJobDetail().getKey().getName();
		JobDataMap data = context.getMergedJobDataMap();
		Instant scheduledAt = scheduledAt(context);
		LocalDate asOf;
		if (data.containsKey(AS_OF)) {
			asOf = LocalDate.parse(data.getString(AS_OF));
		}
		else {
			asOf = schedules.asOf(job, scheduledAt);
			if (asOf == null) {
				// the entry was switched off after this firing was due: its own date is
				// the best there is
				asOf = scheduledAt.atZone(schedules.zone()).toLocalDate();
			}
		}
		Festival festival = data.containsKey(FESTIVAL) ? Festival.valueOf(data.getString(FESTIVAL)) : null;
		Integer year = data.containsKey(YEAR) ? Integer.valueOf(data.getString(YEAR)) : null;
		return new Firing(job, asOf, scheduledAt, festival, year);
	}

	/**
	 * When the firing was due. A firing that a failed node left half-done is recovered by
	 * Quartz under a new trigger; the original's scheduled time travels in its data.
	 */
	private static Instant scheduledAt(JobExecutionContext context) {
		Object original = context.getMergedJobDataMap()
			.get(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
		if (context.isRecovering() && original != null) {
			return Instant.ofEpochMilli(Long.parseLong(original.toString()));
		}
		Date scheduled = context.getScheduledFireTime();
		return scheduled != null ? scheduled.toInstant() : context.getFireTime().toInstant();
	}

	Outcome run(Firing firing, Deferral deferral) {
		ScheduledJob job = jobs.get(firing.job()).orElse(null);
		if (job == null) {
			log.error("{}: nothing runs job '{}': jobs/schedules.yml plans it, but no ScheduledJob has that name",
					firing, firing.job());
			return Outcome.failed("no ScheduledJob named " + firing.job());
		}
		try {
			Optional<Outcome> outcome = lock.runAlone(firing.job(), () -> runNow(job, firing));
			if (outcome.isPresent()) {
				return outcome.get();
			}
			Instant later = deferral.defer();
			log.info("{}: the job is running on another node; this firing runs again at {}", firing,
					later.atZone(schedules.zone()).toOffsetDateTime());
			return Outcome.deferred("running on another node; again at " + later);
		}
		catch (Exception e) {
			log.error("{}: FAILED: cannot lock or defer the job: {}", firing, e.getMessage(), e);
			return Outcome.failed(JobRunner.oneLine(e));
		}
	}

	private Outcome runNow(ScheduledJob job, Firing firing) {
		log.info("{}: started (Quartz scheduled time {})", firing,
				firing.scheduledAt().atZone(schedules.zone()).toOffsetDateTime());
		long started = System.nanoTime();
		Outcome outcome;
		try {
			outcome = job.run(firing);
		}
		catch (Exception e) {
			log.error("{}: failed", firing, e);
			outcome = Outcome.failed(JobRunner.oneLine(e));
		}
		String took = String.format("%.1f s", Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
		switch (outcome.status()) {
			case DONE -> log.info("{}: done in {}: {}", firing, took, outcome.detail());
			case ALREADY_DONE -> log.info("{}: already done, nothing changed ({})", firing, outcome.detail());
			case FAILED -> log.error("{}: FAILED after {}: {}", firing, took, outcome.detail());
			case DEFERRED -> log.info("{}: deferred: {}", firing, outcome.detail());
		}
		return outcome.held(started, System.nanoTime());
	}

}
