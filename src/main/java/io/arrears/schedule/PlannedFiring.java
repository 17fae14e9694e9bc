package io.arrears.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import io.arrears.csv.CsvWriter;

import io.arrears.festival.Festival;

/**
 * One firing that {@code jobs/schedules.yml} plans: the job, the date it runs as of, and
 * when.
 *
 * @param festival for the festival job, which card; otherwise null
 * @param year for the festival job, the festival's lunar year; otherwise null
 */
public record PlannedFiring(String job, LocalDate asOf, ZonedDateTime fireTime, Festival festival, Integer year) {

	/** The order of {@code schedule list}: by fire time, then job. */
	static final Comparator<PlannedFiring> ORDER = Comparator.comparing((PlannedFiring f) -> f.fireTime().toInstant())
		.thenComparing(PlannedFiring::job);

	/** The columns of {@link #csv()}. */
	public static final List<String> CSV_COLUMNS = List.of("job", "as_of", "fire_time");

	/**
	 * {@code job,as_of,fire_time}, the fire time an ISO date-time with the zone's offset.
	 */
	public List<String> fields() {
		return List.of(job, asOf.toString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(fireTime));
	}

	/** {@link #fields()} as a CSV line, without its line end. */
	public String csv() {
		return CsvWriter.line(fields().toArray());
	}

}
