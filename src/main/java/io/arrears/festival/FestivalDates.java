package io.arrears.festival;

import java.time.LocalDate;

/**
 * The Gregorian dates of the lunar festivals, per lunar year. A seam: the scheduler needs
 * only these two dates, and the document module's festival calendar is expected to
 * provide them.
 */
public interface FestivalDates {

	/** Lunar 1/1 (春节) of the lunar year that starts in this Gregorian year. */
	LocalDate springFestival(int year);

	/** Lunar 1/15 (元宵节) of the lunar year that starts in this Gregorian year. */
	LocalDate lanternFestival(int year);

}
