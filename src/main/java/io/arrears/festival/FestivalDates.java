package io.arrears.festival;

import java.time.LocalDate;

/**
 * The Gregorian dates of the lunar festivals and their card mailings, per lunar year. A
 * seam: the scheduler needs only these dates, which {@link FestivalCalendar} provides.
 */
public interface FestivalDates {

	/** Lunar 1/1 (春节) of the lunar year that starts in this Gregorian year. */
	LocalDate springFestival(int year);

	/** Lunar 1/15 (元宵节) of the lunar year that starts in this Gregorian year. */
	LocalDate lanternFestival(int year);

	/** The day the festival's card is mailed in this Gregorian year. */
	LocalDate mailingDate(Festival festival, int year);

}
