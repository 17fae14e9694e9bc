package io.arrears.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import io.arrears.festival.Festival;
import io.arrears.festival.FestivalCalendar;

/** The plan of the packaged jobs/schedules.yml, without Spring or a scheduler. */
class SchedulesTest {

	private static final Set<String> RUNNABLE = Set.of("dunning", "import-inbox");

	@Test
	void festivalFiringsOf2024To2030FallOnThePublishedDates() {
		// Spring Festival (lunar 1/1) and Lantern Festival (lunar 1/15) as published
		Map<Integer, String[]> published = Map.of(2024, new String[] { "2024-02-10", "2024-02-24" }, 2025,
				new String[] { "2025-01-29", "2025-02-12" }, 2026, new String[] { "2026-02-17", "2026-03-03" }, 2027,
				new String[] { "2027-02-06", "2027-02-20" }, 2028, new String[] { "2028-01-26", "2028-02-09" }, 2029,
				new String[] { "2029-02-13", "2029-02-27" }, 2030, new String[] { "2030-02-03", "2030-02-17" });
		List<String> expected = new ArrayList<>();
		for (int year = 2024; year <= 2030; year++) {
			LocalDate springCard = LocalDate.parse(published.get(year)[0]).minusDays(7);
			LocalDate lanternCard = LocalDate.parse(published.get(year)[1]).plusDays(1);
			expected.add("festival," + springCard + "," + springCard + "T09:00:00+08:00 SPRING_FESTIVAL " + year);
			expected.add("festival," + lanternCard + "," + lanternCard + "T09:00:00+08:00 LANTERN " + year);
		}

		List<String> firings = schedules(Map.of()).between(LocalDate.parse("2024-01-01"), LocalDate.parse("2030-12-31"))
			.stream()
			.filter(f -> f.job().equals("festival"))
			.map(f -> f.csv() + " " + f.festival() + " " + f.year())
			.toList();

		assertThat(firings).isEqualTo(expected);
	}

	@Test
	void noFiringIsForADateAfterTheDayItFires() {
		// the scheduler never runs the future (SPEC §6): each firing is as of its own day
		for (PlannedFiring firing : schedules(Map.of()).between(LocalDate.parse("2026-01-01"),
				LocalDate.parse("2027-12-31"))) {
			assertThat(firing.asOf()).as(firing.csv()).isEqualTo(firing.fireTime().toLocalDate());
		}
	}

	@Test
	void aYearHasEveryFiringOfEveryJob() {
		Schedules schedules = schedules(Map.of());

		assertThat(countByJob(schedules.between(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"))))
			.isEqualTo(Map.of("dunning", 365L, "bulletin", 12L, "month-end", 12L, "festival", 2L, "import-inbox",
					365L * 24 * 6));
		assertThat(countByJob(schedules.between(LocalDate.parse("2028-01-01"), LocalDate.parse("2028-12-31"))))
			.containsEntry("dunning", 366L);
	}

	@Test
	void firingsAreSortedByFireTimeThenJobAndDatedInTheEstatesZone() {
		List<PlannedFiring> firings = schedules(Map.of()).between(LocalDate.parse("2026-01-31"),
				LocalDate.parse("2026-01-31"));

		assertThat(firings).isSortedAccordingTo(PlannedFiring.ORDER);
		assertThat(firings.get(0).csv()).isEqualTo("import-inbox,2026-01-31,2026-01-31T00:00:00+08:00");
		assertThat(firings.stream().filter(f -> !f.job().equals("import-inbox")).map(PlannedFiring::csv))
			.containsExactly("dunning,2026-01-31,2026-01-31T07:00:00+08:00",
					"month-end,2026-01-31,2026-01-31T08:00:00+08:00");
	}

	@Test
	void monthEndFiresOnTheLastDayOfEachMonthAndTheBulletinTheFifthDayAfterTheDueDay() {
		List<PlannedFiring> year = schedules(Map.of()).between(LocalDate.parse("2028-01-01"),
				LocalDate.parse("2028-12-31"));

		assertThat(year.stream().filter(f -> f.job().equals("month-end")).map(PlannedFiring::asOf))
			.allMatch(d -> d.equals(d.withDayOfMonth(d.lengthOfMonth())))
			.contains(LocalDate.parse("2028-02-29"));
		assertThat(year.stream().filter(f -> f.job().equals("bulletin")).map(f -> f.asOf().getDayOfMonth()))
			.containsOnly(20);

		List<PlannedFiring> dueOnThe10th = schedules(Map.of("arrears.schedule.jobs.bulletin.monthly.due-day", "10"))
			.between(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
		assertThat(dueOnThe10th.stream().filter(f -> f.job().equals("bulletin")).map(f -> f.asOf().getDayOfMonth()))
			.hasSize(12)
			.containsOnly(15);
	}

	@Test
	void aFiringLateAfterAnOutageIsAsOfTheDateItWasDue() {
		Schedules schedules = schedules(Map.of());

		// Quartz fires a missed cron firing once "now": the scheduled time it reports is
		// the late one
		assertThat(schedules.asOf("month-end", at("2026-05-31T08:00:00+08:00"))).isEqualTo("2026-05-31");
		assertThat(schedules.asOf("month-end", at("2026-06-01T10:00:00+08:00"))).isEqualTo("2026-05-31");
		assertThat(schedules.asOf("month-end", at("2026-06-12T23:59:00+08:00"))).isEqualTo("2026-05-31");
		assertThat(schedules.asOf("dunning", at("2026-06-02T06:30:00+08:00"))).isEqualTo("2026-06-01");
		assertThat(schedules.asOf("dunning", at("2026-06-02T07:00:00+08:00"))).isEqualTo("2026-06-02");
		assertThat(schedules.asOf("import-inbox", at("2026-06-02T00:03:00+08:00"))).isEqualTo("2026-06-02");
		assertThat(schedules.asOf("import-inbox", at("2026-06-01T23:58:00+08:00"))).isEqualTo("2026-06-01");
		assertThat(schedules.asOf("festival", at("2026-06-01T10:00:00+08:00"))).as("not a cron job").isNull();
	}

	@Test
	void aBadCronStopsTheStartNamingTheEntry() {
		assertThatThrownBy(() -> schedules(Map.of("arrears.schedule.jobs.dunning.cron", "0 0 25 * * ?")))
			.hasMessageContaining("arrears.schedule.jobs.dunning.cron: '0 0 25 * * ?' is not a Quartz cron expression");
	}

	@Test
	void aBulletinDayThatSomeMonthsLackIsRefused() {
		assertThatThrownBy(() -> schedules(Map.of("arrears.schedule.jobs.bulletin.monthly.due-day", "25")))
			.hasMessageContaining(
					"arrears.schedule.jobs.bulletin.monthly: due-day 25 + days-after 5 must fall on day 1 to 28");
	}

	@Test
	void anEntryNeedsExactlyOneTiming() {
		assertThatThrownBy(() -> schedules(Map.of("arrears.schedule.jobs.month-end.monthly.due-day", "10")))
			.hasMessageContaining("arrears.schedule.jobs.month-end needs exactly one of cron, monthly and festivals");
	}

	@Test
	void aSwitchedOffEntryIsNotPlanned() {
		Schedules schedules = schedules(Map.of("arrears.schedule.jobs.import-inbox.enabled", "false"));

		assertThat(schedules.jobs()).containsExactly("dunning", "bulletin", "month-end", "festival");
		assertThat(countByJob(schedules.between(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"))))
			.doesNotContainKey("import-inbox");
	}

	@Test
	void jobsThatNothingRunsAreNamed() {
		assertThat(schedules(Map.of()).jobsWithoutRunner()).containsExactly("bulletin", "festival", "month-end");
	}

	private static Instant at(String offsetDateTime) {
		return OffsetDateTime.parse(offsetDateTime).toInstant();
	}

	private static Map<String, Long> countByJob(List<PlannedFiring> firings) {
		return firings.stream().collect(Collectors.groupingBy(PlannedFiring::job, TreeMap::new, Collectors.counting()));
	}

	/**
	 * The packaged jobs/schedules.yml with some properties overridden, as a manager's
	 * file would.
	 */
	static Schedules schedules(Map<String, String> overrides) {
		List<ConfigurationPropertySource> sources = new ArrayList<>();
		sources.add(new MapConfigurationPropertySource(overrides));
		try {
			List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("schedules",
					new ClassPathResource("jobs/schedules.yml"));
			ConfigurationPropertySources.from(yaml).forEach(sources::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ScheduleProperties properties = new Binder(sources).bind("arrears.schedule", ScheduleProperties.class).get();
		return Schedules.from(properties, new FestivalCalendar(7, 1), RUNNABLE);
	}

}
