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

	/**
	 * Seed practice: the Spring Festival card reaches owners about a week before the
	 * festival.
	 */
	public static final int DEFAULT_SPRING_CARD_DAYS_BEFORE = 7;

	private final int springCardDaysBefore;

	/**
	 * A calendar mailing the Spring Festival card
	 * {@value #DEFAULT_SPRING_CARD_DAYS_BEFORE} days before.
	 */
	public FestivalCalendar() {
		this(DEFAULT_SPRING_CARD_DAYS_BEFORE);
	}

	/**
	 * @param springCardDaysBefore days between the Spring Festival card's mailing and
	 * lunar 1/1 (0 to 30)
	 */
	public FestivalCalendar(int springCardDaysBefore) {
		if (springCardDaysBefore < 0 || springCardDaysBefore > 30) {
			throw new IllegalArgumentException("days-before must be 0..30, was " + springCardDaysBefore);
		}
		this.springCardDaysBefore = springCardDaysBefore;
	}

	/** Lunar 1/1 falling in the given Gregorian year. */
	public LocalDate springFestival(int year) {
		return lunarToGregorian(year, 1, 1);
	}

	/** Lunar 1/15 falling in the given Gregorian year. */
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
	 * The day the festival's card is mailed: the Spring Festival card {@code days-before}
	 * days before lunar 1/1, the Lantern card the day after lunar 1/15 (seed practice,
	 * part 2).
	 */
	public LocalDate mailingDate(Festival festival, int year) {
		return switch (festival) {
			case SPRING_FESTIVAL -> springFestival(year).minusDays(springCardDaysBefore);
			case LANTERN -> lanternFestival(year).plusDays(1);
		};
	}

	/**
	 * The lunar year that begins in the given Gregorian year, as printed on a card: 丙午马年
	 * for 2026.
	 */
	public String lunarYearName(int year) {
		Lunar lunar = Lunar.fromYmd(year, 1, 1);
		return lunar.getYearInGanZhi() + lunar.getYearShengXiao() + "年";
	}

	private static LocalDate lunarToGregorian(int lunarYear, int month, int day) {
		Solar solar = Lunar.fromYmd(lunarYear, month, day).getSolar();
		return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
	}

}
