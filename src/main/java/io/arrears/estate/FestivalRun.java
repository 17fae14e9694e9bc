package io.arrears.estate;

import java.time.LocalDate;
import java.util.Arrays;

import io.arrears.festival.Festival;
import io.arrears.festival.FestivalCalendar;

/**
 * Which cards a festival run sends: the festival, its year, its date and the mailing date
 * the arrears are stated at (SPEC §5: the Spring Festival card {@code days-before} days
 * before lunar 1/1, the Lantern card the day after lunar 1/15).
 */
record FestivalRun(Festival festival, int year, LocalDate festivalDate, LocalDate asOf) {

	/** The years the lunar calendar library is trusted for, and a typo is not. */
	static final int FIRST_YEAR = 1901;

	static final int LAST_YEAR = 2099;

	static FestivalRun of(String festival, Long year, FestivalCalendar calendar) {
		if (festival == null || year == null) {
			throw new IllegalArgumentException("the festival job needs the festival and the year");
		}
		Festival which;
		try {
			which = Festival.valueOf(festival);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(
					"unknown festival '" + festival + "': one of " + Arrays.toString(Festival.values()), e);
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("year " + year + " is outside " + FIRST_YEAR + ".." + LAST_YEAR);
		}
		int y = year.intValue();
		return new FestivalRun(which, y, calendar.festivalDate(which, y), calendar.mailingDate(which, y));
	}
}
