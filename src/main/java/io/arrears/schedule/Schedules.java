package io.arrears.schedule;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.quartz.CronExpression;

import io.arrears.festival.Festival;
import io.arrears.festival.FestivalDates;

/**
 * What {@code jobs/schedules.yml} plans, validated: each job's timing in the estates'
 * zone, and which of the jobs have a {@link ScheduledJob} to run them. The same plan
 * feeds the scheduler's triggers and {@code schedule list}, so that the list shows what
 * {@code serve} will do.
 */
public final class Schedules {

	private static final Pattern JOB_NAME = Pattern.compile("[a-z][a-z0-9-]*");

	private final ZoneId zone;

	private final List<Entry> entries;

	private final FestivalDates festivalDates;

	private final Set<String> runnable;

	private final Duration busyRetry;

	private Schedules(ZoneId zone, List<Entry> entries, FestivalDates festivalDates, Set<String> runnable,
			Duration busyRetry) {
		this.zone = zone;
		this.busyRetry = busyRetry;
		this.entries = List.copyOf(entries);
		this.festivalDates = festivalDates;
		this.runnable = Set.copyOf(runnable);
	}

	/** Validates the settings; a bad entry fails the start, named by its property. */
	static Schedules from(ScheduleProperties properties, FestivalDates festivalDates, Set<String> runnable) {
		if (properties.jobs() == null || properties.jobs().isEmpty()) {
			throw new IllegalArgumentException("arrears.schedule.jobs is empty: jobs/schedules.yml is missing");
		}
		List<Entry> entries = new ArrayList<>();
		for (Map.Entry<String, ScheduleProperties.Entry> e : properties.jobs().entrySet()) {
			String job = e.getKey();
			String property = "arrears.schedule.jobs." + job;
			ScheduleProperties.Entry entry = e.getValue();
			if (!JOB_NAME.matcher(job).matches()) {
				throw new IllegalArgumentException(property + ": a job name is lower case letters, digits and '-'");
			}
			if (!entry.enabled()) {
				continue;
			}
			int kinds = (entry.cron() != null ? 1 : 0) + (entry.monthly() != null ? 1 : 0)
					+ (entry.festivals() != null ? 1 : 0);
			if (kinds != 1) {
				throw new IllegalArgumentException(property + " needs exactly one of cron, monthly and festivals");
			}
			if (entry.cron() != null) {
				entries
					.add(new Cron(job, cron(property + ".cron", entry.cron(), properties.zone()), properties.zone()));
			}
			else if (entry.monthly() != null) {
				entries.add(monthly(job, property + ".monthly", entry.monthly(), properties.zone()));
			}
			else {
				entries.add(festive(job, property + ".festivals", entry.festivals()));
			}
		}
		if (properties.busyRetry() == null || properties.busyRetry().isNegative() || properties.busyRetry().isZero()) {
			throw new IllegalArgumentException("arrears.schedule.busy-retry must be a positive duration, e.g. 1m");
		}
		return new Schedules(properties.zone(), entries, festivalDates, runnable, properties.busyRetry());
	}

	/** The zone the plan is read in. */
	public ZoneId zone() {
		return zone;
	}

	/** The configured jobs (switched-off entries aside), in file order. */
	public List<String> jobs() {
		return entries.stream().map(Entry::job).toList();
	}

	/**
	 * The configured jobs that no {@link ScheduledJob} runs: their firings are planned,
	 * listed and logged, but do nothing until one is written.
	 */
	public Set<String> jobsWithoutRunner() {
		Set<String> missing = new TreeSet<>(jobs());
		missing.removeAll(runnable);
		return missing;
	}

	/**
	 * Every firing from the start of {@code from} through the end of {@code to}, in
	 * fire-time order.
	 */
	public List<PlannedFiring> between(LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<PlannedFiring> firings = new ArrayList<>();
		for (Entry entry : entries) {
			if (entry instanceof Cron cron) {
				CronExpression expression = cron.expression();
				// getTimeAfter is strictly after: start a millisecond early to keep a
				// firing at midnight
				for (Date t = expression.getTimeAfter(Date.from(start.minusMillis(1))); t != null
						&& t.toInstant().isBefore(end); t = expression.getTimeAfter(t)) {
					ZonedDateTime fireTime = t.toInstant().atZone(zone);
					firings.add(new PlannedFiring(cron.job(), fireTime.toLocalDate(), fireTime, null, null));
				}
			}
			else if (entry instanceof Festive festive) {
				// a card may fall in the Gregorian year before its festival's
				for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
					for (PlannedFiring firing : festivalFirings(festive, year)) {
						if (!firing.fireTime().toInstant().isBefore(start)
								&& firing.fireTime().toInstant().isBefore(end)) {
							firings.add(firing);
						}
					}
				}
			}
		}
		firings.sort(PlannedFiring.ORDER);
		return firings;
	}

	List<Entry> entries() {
		return entries;
	}

	/**
	 * How much later a firing runs again when it finds its job running on another node.
	 */
	Duration busyRetry() {
		return busyRetry;
	}

	/**
	 * The festival firings of one lunar year: the Spring Festival card, then the Lantern
	 * card.
	 */
	List<PlannedFiring> festivalFirings(Festive festive, int year) {
		LocalDate spring = festivalDates.mailingDate(Festival.SPRING_FESTIVAL, year);
		LocalDate lantern = festivalDates.mailingDate(Festival.LANTERN, year);
		return List.of(
				new PlannedFiring(festive.job(), spring, spring.atTime(festive.at()).atZone(zone),
						Festival.SPRING_FESTIVAL, year),
				new PlannedFiring(festive.job(), lantern, lantern.atTime(festive.at()).atZone(zone), Festival.LANTERN,
						year));
	}

	/**
	 * The as-of date of a cron job's firing scheduled at {@code scheduledAt}: the date of
	 * the last time its expression matches at or before then. A firing on time matches
	 * itself; a missed one that Quartz fires late ("fire once now" moves the scheduled
	 * time to now) maps back to the occurrence it stands for, so a month-end fired the
	 * next morning is still as of the month's last day. Null when the job is not a
	 * configured cron job.
	 */
	LocalDate asOf(String job, Instant scheduledAt) {
		for (Entry entry : entries) {
			if (entry instanceof Cron cron && cron.job().equals(job)) {
				return latestAtOrBefore(cron.expression(), scheduledAt).atZone(zone).toLocalDate();
			}
		}
		return null;
	}

	static Instant latestAtOrBefore(CronExpression expression, Instant t) {
		// widen the window until it holds a match: a few steps for anything from minutes
		// to a year
		for (Duration window = Duration.ofMinutes(1); window.compareTo(Duration.ofDays(800)) <= 0; window = window
			.multipliedBy(4)) {
			Instant last = null;
			for (Date probe = expression.getTimeAfter(Date.from(t.minus(window))); probe != null
					&& !probe.toInstant().isAfter(t); probe = expression.getTimeAfter(probe)) {
				last = probe.toInstant();
			}
			if (last != null) {
				return last;
			}
		}
		return t;
	}

	private static String cron(String property, String expression, ZoneId zone) {
		try {
			CronExpression.validateExpression(expression);
		}
		catch (ParseException e) {
			// no cause: the command line shows the innermost message, and this one names
			// the entry
			throw new IllegalArgumentException(
					property + ": '" + expression + "' is not a Quartz cron expression: " + e.getMessage());
		}
		CronExpression parsed = parse(expression, zone);
		if (parsed.getTimeAfter(new Date(0)) == null) {
			throw new IllegalArgumentException(property + ": '" + expression + "' never fires");
		}
		return expression;
	}

	private static Cron monthly(String job, String property, ScheduleProperties.Monthly monthly, ZoneId zone) {
		if (monthly.dueDay() == null || monthly.dueDay() < 1 || monthly.dueDay() > 28) {
			throw new IllegalArgumentException(
					property + ".due-day must be a day of the month from 1 to 28, not " + monthly.dueDay());
		}
		int day = monthly.dueDay() + monthly.daysAfter();
		if (monthly.daysAfter() < 0 || day > 28) {
			// a day every month has: the 29th to 31st would skip February or shorter
			// months
			throw new IllegalArgumentException(property + ": due-day " + monthly.dueDay() + " + days-after "
					+ monthly.daysAfter() + " must fall on day 1 to 28 of the month");
		}
		LocalTime at = time(property + ".at", monthly.at());
		String expression = "%d %d %d %d * ?".formatted(at.getSecond(), at.getMinute(), at.getHour(), day);
		return new Cron(job, cron(property, expression, zone), zone);
	}

	private static Festive festive(String job, String property, ScheduleProperties.Festivals festivals) {
		return new Festive(job, time(property + ".at", festivals.at()));
	}

	private static LocalTime time(String property, String value) {
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException | NullPointerException e) {
			throw new IllegalArgumentException(
					property + ": '" + value + "' is not a time of day: use HH:MM, e.g. 08:00");
		}
	}

	private static CronExpression parse(String expression, ZoneId zone) {
		try {
			CronExpression parsed = new CronExpression(expression);
			parsed.setTimeZone(TimeZone.getTimeZone(zone));
			return parsed;
		}
		catch (ParseException e) {
			throw new IllegalStateException("validated before: " + expression, e);
		}
	}

	/** One job's timing. */
	sealed interface Entry permits Cron, Festive {

		String job();

	}

	/** A job fired by a Quartz cron expression in the zone. */
	record Cron(String job, String cron, ZoneId zone) implements Entry {

		/**
		 * A fresh parse each time: a {@link CronExpression} is mutable and not meant to
		 * be shared.
		 */
		CronExpression expression() {
			return parse(cron, zone);
		}
	}

	/** The festival job: two one-shot firings a lunar year. */
	record Festive(String job, LocalTime at) implements Entry {
	}

}
