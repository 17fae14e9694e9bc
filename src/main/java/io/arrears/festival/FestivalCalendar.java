package io.arrears.festival;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;

/**
 * Gregorian dates of the lunar festivals and of the card mailings tied to them.
 *
 * <p>
 * Uses cn.6tail:lunar rather than ICU's {@code ChineseCalendar}: ICU4J 79 puts the Spring
 * Festival a day late in 2027 and 2030, where the new moon falls minutes from midnight in
 * Beijing; lunar agrees with the official calendar. The Spring Festival of Gregorian year
 * Y is always 1/1 of lunar year Y (it falls between 21 January and 20 February).
 */
public final class FestivalCalendar implements FestivalDates {

	/** A card goes out at most this many days from its festival. */
	static final int MAX_DAYS = 30;

	private final int springCardDaysBefore;

	private final int lanternCardDaysAfter;

	/**
	 * @param springCardDaysBefore days between the Spring Festival card's mailing and
	 * lunar 1/1 (0 to 30)
	 * @param lanternCardDaysAfter days between lunar 1/15 and the Lantern Festival card's
	 * mailing (0 to 30)
	 */
	public FestivalCalendar(int springCardDaysBefore, int lanternCardDaysAfter) {
		if (springCardDaysBefore < 0 || springCardDaysBefore > MAX_DAYS || lanternCardDaysAfter < 0
				|| lanternCardDaysAfter > MAX_DAYS) {
			throw new IllegalArgumentException("a card goes out 0 to " + MAX_DAYS + " days from its festival, not "
					+ springCardDaysBefore + " before the Spring Festival and " + lanternCardDaysAfter
					+ " after the Lantern Festival");
		}
		this.springCardDaysBefore = springCardDaysBefore;
		this.lanternCardDaysAfter = lanternCardDaysAfter;
	}

	/** Lunar 1/1 falling in the given Gregorian year. */
	@Override
	public LocalDate springFestival(int year) {
		return lunarToGregorian(year, 1, 1);
	}

	/** Lunar 1/15 falling in the given Gregorian year. */
	@Override
	public LocalDate lanternFestival(int year) {
		return lunarToGregorian(year, 1, 15);
	}

	/** The festival's date in the given Gregorian year. */
	public LocalDate festivalDate(Festival festival, int year) {
		return switch (festival) {
			case SPRING_FESTIVAL -> springFestival(year);
			case LANTERN -> lanternFestival(year);
		};
	}

	/**
	 * The day the festival's card is mailed: the Spring Festival card
	 * {@code spring-festival-days-before} days before lunar 1/1, the Lantern card
	 * {@code lantern-days-after} days after lunar 1/15 (seed practice, part 2: a week
	 * before, the day after).
	 */
	@Override
	public LocalDate mailingDate(Festival festival, int year) {
		return switch (festival) {
			case SPRING_FESTIVAL -> springFestival(year).minusDays(springCardDaysBefore);
			case LANTERN -> lanternFestival(year).plusDays(lanternCardDaysAfter);
		};
	}

	/**
	 * The lunar year that begins in the given Gregorian year, as printed on a card: 丙午马年
	 * for 2026.
	 */
	public static String lunarYearName(int year) {
		Lunar lunar = Lunar.fromYmd(year, 1, 1);
		return lunar.getYearInGanZhi() + lunar.getYearShengXiao() + "年";
	}

	private static LocalDate lunarToGregorian(int lunarYear, int month, int day) {
		Solar solar = Lunar.fromYmd(lunarYear, month, day).getSolar();
		return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
	}

}
