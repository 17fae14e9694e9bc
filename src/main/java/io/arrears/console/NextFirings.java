package io.arrears.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.stereotype.Component;

import io.arrears.schedule.PlannedFiring;
import io.arrears.schedule.ScheduleServer;
import io.arrears.schedule.Schedules;

/**
 * The next firings for {@code /}: under {@code serve}, the scheduler's own triggers and
 * their next fire times (what will really fire, misfires and all); under {@code console}
 * alone this process schedules nothing, which the page says, showing what
 * {@code jobs/schedules.yml} plans instead ({@code schedule list}).
 */
@Component
class NextFirings {

	/** How many firings {@code /} shows. */
	static final int SHOWN = 8;

	/**
	 * @param running whether this process's scheduler fires them; false: planned only
	 */
	record Firings(boolean running, List<Firing> next) {
	}

	/** One firing: the trigger's name (the job) and when. */
	record Firing(String name, ZonedDateTime at) {
	}

	private final Scheduler scheduler;

	private final ScheduleServer server;

	private final Schedules schedules;

	NextFirings(Scheduler scheduler, ScheduleServer server, Schedules schedules) {
		this.scheduler = scheduler;
		this.server = server;
		this.schedules = schedules;
	}

	/**
	 * The next firing of each job after {@code now}, soonest first: the triggers' own
	 * when the scheduler runs here, else the plan's within the next 40 days.
	 */
	Firings next(Instant now) throws SchedulerException {
		if (!server.isRunning()) {
			LocalDate today = LocalDate.ofInstant(now, schedules.zone());
			Map<String, Firing> first = new LinkedHashMap<>();
			schedules.between(today, today.plusDays(40))
				.stream()
				.filter(f -> f.fireTime().toInstant().isAfter(now))
				.map(NextFirings::planned)
				.forEach(f -> first.putIfAbsent(f.name(), f));
			return new Firings(false, first.values().stream().limit(SHOWN).toList());
		}
		List<Firing> next = new ArrayList<>();
		for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.anyTriggerGroup())) {
			Trigger trigger = scheduler.getTrigger(key);
			Date at = trigger == null ? null : trigger.getNextFireTime();
			if (at != null) {
				next.add(new Firing(key.getName(), at.toInstant().atZone(schedules.zone())));
			}
		}
		next.sort(Comparator.comparing(Firing::at).thenComparing(Firing::name));
		return new Firings(true, next.stream().limit(SHOWN).toList());
	}

	private static Firing planned(PlannedFiring firing) {
		return new Firing(firing.job() + (firing.festival() == null ? "" : " " + firing.festival()), firing.fireTime());
	}

}
