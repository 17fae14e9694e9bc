package io.arrears.schedule;

import java.time.Clock;
import java.util.Date;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The scheduler of {@code serve}: brings the stored triggers in line with
 * {@code jobs/schedules.yml}, then starts firing. Every other command leaves the
 * scheduler stopped ({@code spring.quartz.auto-startup=false}), so only {@code serve}
 * ever fires a job. Stopping is the application context's: on close the scheduler stops
 * taking firings and waits for running jobs to finish
 * ({@code spring.quartz.wait-for-jobs-to-complete-on-shutdown}).
 */
@Component
public class ScheduleServer {

	private static final Logger log = LoggerFactory.getLogger(ScheduleServer.class);

	private final Scheduler scheduler;

	private final Schedules schedules;

	private final Clock clock;

	ScheduleServer(Scheduler scheduler, Schedules schedules, Clock clock) {
		this.scheduler = scheduler;
		this.schedules = schedules;
		this.clock = clock;
	}

	/** Registers the schedules and starts the scheduler; returns at once. */
	public void start() throws SchedulerException {
		for (String job : schedules.jobsWithoutRunner()) {
			log.warn("job '{}' is planned in jobs/schedules.yml, but no ScheduledJob runs it: "
					+ "its firings will be logged as failed and do nothing", job);
		}
		TriggerSync.Report report = TriggerSync.sync(scheduler, schedules, clock.instant());
		log.info("schedules from jobs/schedules.yml: {} added, {} replaced, {} unchanged, {} removed{}",
				report.added().size(), report.replaced().size(), report.kept().size(), report.removed().size(),
				report.removed().isEmpty() ? "" : " " + report.removed());
		scheduler.start();
		log.info("scheduler '{}' started as instance {}", scheduler.getSchedulerName(),
				scheduler.getSchedulerInstanceId());
		for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(TriggerSync.GROUP))) {
			Trigger trigger = scheduler.getTrigger(key);
			Date next = trigger == null ? null : trigger.getNextFireTime();
			if (next != null) {
				log.info("next {}: {}", key.getName(), next.toInstant().atZone(schedules.zone()).toOffsetDateTime());
			}
		}
	}

	/** Whether the scheduler is firing. */
	public boolean isRunning() throws SchedulerException {
		return scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
	}

}
