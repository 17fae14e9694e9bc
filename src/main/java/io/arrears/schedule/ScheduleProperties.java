package io.arrears.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code arrears.schedule.*}, bound from {@code jobs/schedules.yml} and turned into
 * validated {@link Schedules} at start-up.
 *
 * @param zone the estates' zone: cron expressions are read, and as-of dates taken, in it;
 * the application's clock runs in it
 * @param jobs the entries by job name, in file order
 * @param inbox where ledger files are dropped for import
 * @param busyRetry a firing that finds its job running on another node runs again this
 * much later
 */
@ConfigurationProperties("arrears.schedule")
record ScheduleProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, Map<String, Entry> jobs,
		@DefaultValue Inbox inbox, @DefaultValue("1m") Duration busyRetry) {

	/**
	 * One job's timing: exactly one of {@code cron}, {@code monthly} and
	 * {@code festivals}.
	 *
	 * @param enabled false switches the entry off (an override file cannot remove an
	 * entry of the packaged defaults, only switch it off)
	 */
	record Entry(@DefaultValue("true") boolean enabled, String cron, Monthly monthly, Festivals festivals) {
	}

	/** A day a fixed number of days after the monthly due day of the fees. */
	record Monthly(Integer dueDay, @DefaultValue("5") int daysAfter, @DefaultValue("08:00") String at) {
	}

	/**
	 * The festival cards, fired on their mailing days ({@code arrears.festival.*}) at
	 * this time of day.
	 */
	record Festivals(@DefaultValue("09:00") String at) {
	}

	/**
	 * @param folder the inbox; imported files move to its {@code done/}, failed ones to
	 * {@code failed/}
	 * @param settle a file changed more recently than this may still be being copied:
	 * left for the next poll
	 */
	record Inbox(@DefaultValue("inbox") Path folder, @DefaultValue("1m") Duration settle) {
	}
}
