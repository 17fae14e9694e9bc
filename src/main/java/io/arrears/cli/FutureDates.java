package io.arrears.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.ApplicationContext;

import io.arrears.schedule.Schedules;

/**
 * The one use of the wall clock in business terms (SPEC §6): no job runs, and nothing is
 * exported, as of a date after today in the estates' zone. A run is recorded as done for
 * its date, so a run of tomorrow would never see the payments that arrive before
 * tomorrow. Today is the injected {@link Clock}'s, read in {@code arrears.schedule.zone},
 * the zone the scheduler dates its firings in.
 */
final class FutureDates {

	private FutureDates() {
	}

	/**
	 * A date a command would run or export as of.
	 *
	 * @param what how the user gave it, e.g. {@code --as-of 2026-12-02}
	 * @param date the date
	 * @param advice what to do instead, or null for the general advice
	 */
	record Dated(String what, LocalDate date, String advice) {

		static Dated option(String option, LocalDate date) {
			return new Dated(option + " " + date, date, null);
		}

	}

	/** Why the first date after today is refused, or null when none is. */
	static String refusal(ApplicationContext context, List<Dated> dates) {
		if (dates.isEmpty()) {
			return null;
		}
		ZoneId zone = context.getBean(Schedules.class).zone();
		LocalDate today = LocalDate.ofInstant(context.getBean(Clock.class).instant(), zone);
		for (Dated dated : dates) {
			if (dated.date().isAfter(today)) {
				return dated.what() + " is after today (" + today + " in " + zone + "): "
						+ (dated.advice() != null ? dated.advice()
								: "a date is run once its day has come, so that its run sees that day's payments;"
										+ " run it on " + dated.date() + " or later");
			}
		}
		return null;
	}

}
