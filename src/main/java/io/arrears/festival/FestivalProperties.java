package io.arrears.festival;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code arrears.festival.*} from {@code jobs/schedules.yml}: when the cards are mailed,
 * relative to the lunar festivals. One setting for the scheduler, which fires the card
 * job on the mailing day, and for the card job, which states the arrears as of that day.
 *
 * @param springFestivalDaysBefore the Spring Festival card goes out this many days before
 * lunar 1/1 (春节), 0 to 30
 * @param lanternDaysAfter the Lantern Festival card this many days after lunar 1/15
 * (元宵节), 0 to 30
 */
@ConfigurationProperties("arrears.festival")
public record FestivalProperties(Integer springFestivalDaysBefore, Integer lanternDaysAfter) {

	public FestivalProperties {
		if (springFestivalDaysBefore == null || lanternDaysAfter == null) {
			throw new IllegalArgumentException("arrears.festival.spring-festival-days-before and lantern-days-after"
					+ " must be set (jobs/schedules.yml)");
		}
		if (springFestivalDaysBefore < 0 || springFestivalDaysBefore > FestivalCalendar.MAX_DAYS) {
			throw new IllegalArgumentException("arrears.festival.spring-festival-days-before must be 0 to "
					+ FestivalCalendar.MAX_DAYS + ", not " + springFestivalDaysBefore);
		}
		if (lanternDaysAfter < 0 || lanternDaysAfter > FestivalCalendar.MAX_DAYS) {
			throw new IllegalArgumentException("arrears.festival.lantern-days-after must be 0 to "
					+ FestivalCalendar.MAX_DAYS + ", not " + lanternDaysAfter);
		}
	}

}
