package io.arrears.schedule;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import io.arrears.schedule.Schedules.Cron;
import io.arrears.schedule.Schedules.Festive;
import io.arrears.festival.Festival;

/**
 * Makes the scheduler's stored jobs and triggers match {@link Schedules}: adds what is
 * new, replaces a trigger whose definition changed, deletes what is no longer configured,
 * and leaves an unchanged trigger alone. Leaving it alone matters: a trigger replaced at
 * start would forget a firing missed while the service was down, which the kept one still
 * fires (once, late, as of the date it was due).
 * <p>
 * A trigger's definition is kept in its description, so a change is seen by comparing
 * text.
 */
final class TriggerSync {

	/** The Quartz group of every job and trigger of {@code jobs/schedules.yml}. */
	static final String GROUP = "arrears";

	/**
	 * Festival firings are registered for the last, this and the next years (a restart
	 * refreshes them).
	 */
	static final int FESTIVAL_YEARS_AHEAD = 2;

	private TriggerSync() {
	}

	/** What a sync did, for the start-up log. */
	record Report(List<String> added, List<String> replaced, List<String> kept, List<String> removed) {
	}

	static Report sync(Scheduler scheduler, Schedules schedules, Instant now) throws SchedulerException {
		Report report = new Report(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		Set<String> jobs = Set.copyOf(schedules.jobs());
		for (String job : jobs) {
			// replace: the stored detail then always names the current job class; its
			// triggers stay
			scheduler.addJob(JobBuilder.newJob(ScheduledJobRunner.class)
				.withIdentity(job, GROUP)
				.storeDurably()
				// a firing cut short by a node's death is run again by a surviving node
				.requestRecovery()
				.build(), true);
		}
		Map<TriggerKey, Trigger> desired = desired(schedules, now);
		for (Trigger trigger : desired.values()) {
			String name = trigger.getKey().getName();
			Trigger existing = scheduler.getTrigger(trigger.getKey());
			if (existing == null) {
				if (trigger.getFinalFireTime() != null && trigger.getStartTime().toInstant().isBefore(now)) {
					// a festival card whose day has passed before it was ever planned:
					// not sent late
					continue;
				}
				try {
					scheduler.scheduleJob(trigger);
					report.added().add(name);
				}
				catch (ObjectAlreadyExistsException e) {
					// another node starting at the same moment added the same definition
					report.kept().add(name);
				}
			}
			else if (!Objects.equals(existing.getDescription(), trigger.getDescription())) {
				scheduler.rescheduleJob(trigger.getKey(), trigger);
				report.replaced().add(name);
			}
			else {
				report.kept().add(name);
			}
		}
		for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
			if (!desired.containsKey(key)) {
				scheduler.unscheduleJob(key);
				report.removed().add(key.getName());
			}
		}
		for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
			if (!jobs.contains(key.getName())) {
				scheduler.deleteJob(key);
				report.removed().add("job " + key.getName());
			}
		}
		return report;
	}

	/** The triggers {@code jobs/schedules.yml} asks for, by key. */
	static Map<TriggerKey, Trigger> desired(Schedules schedules, Instant now) {
		Map<TriggerKey, Trigger> triggers = new LinkedHashMap<>();
		int thisYear = now.atZone(schedules.zone()).getYear();
		for (Schedules.Entry entry : schedules.entries()) {
			if (entry instanceof Cron cron) {
				Trigger trigger = TriggerBuilder.newTrigger()
					.withIdentity(cron.job(), GROUP)
					.forJob(cron.job(), GROUP)
					.withDescription("cron " + cron.cron() + " in " + schedules.zone())
					.withSchedule(CronScheduleBuilder.cronSchedule(cron.cron())
						.inTimeZone(TimeZone.getTimeZone(schedules.zone()))
						// fire once, late, for the occurrence missed: Schedules.asOf
						// dates it
						.withMisfireHandlingInstructionFireAndProceed())
					.build();
				triggers.put(trigger.getKey(), trigger);
			}
			else if (entry instanceof Festive festive) {
				for (int year = thisYear - 1; year <= thisYear + FESTIVAL_YEARS_AHEAD; year++) {
					for (PlannedFiring firing : schedules.festivalFirings(festive, year)) {
						Trigger trigger = oneShot(firing);
						triggers.put(trigger.getKey(), trigger);
					}
				}
			}
		}
		return triggers;
	}

	private static Trigger oneShot(PlannedFiring firing) {
		ZonedDateTime at = firing.fireTime();
		return TriggerBuilder.newTrigger()
			.withIdentity(firing.job() + "-" + firing.festival() + "-" + firing.year(), GROUP)
			.forJob(firing.job(), GROUP)
			.withDescription("once at " + at.toOffsetDateTime() + ": " + firing.festival() + " " + firing.year())
			.startAt(Date.from(at.toInstant()))
			.usingJobData(ScheduledJobRunner.AS_OF, firing.asOf().toString())
			.usingJobData(ScheduledJobRunner.FESTIVAL, firing.festival().name())
			.usingJobData(ScheduledJobRunner.YEAR, String.valueOf(firing.year()))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
	}

}
