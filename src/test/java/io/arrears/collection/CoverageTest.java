package io.arrears.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.arrears.dunning.Team;

/** Who works a household (SPEC §9). */
class CoverageTest {

	private static final LocalDateTime T = LocalDateTime.parse("2026-01-01T08:00:00");

	private static Collector collector(String code, Team team, Set<String> buildings, boolean active,
			LocalDateTime at) {
		return new Collector(code, code, null, team, "E01", buildings, active, at);
	}

	@Test
	void theLowestCodeOfTheActiveCollectorsOfTheTeamWhoCoverTheBuilding() {
		Coverage coverage = Coverage.of(List.of(collector("C00", Team.SUPERVISOR, Set.of(), false, T),
				collector("C02", Team.SUPERVISOR, Set.of(), true, T),
				collector("C01", Team.SUPERVISOR, Set.of("1", "3"), true, T),
				collector("C03", Team.MANAGER, Set.of(), true, T)));
		assertThat(coverage.assign(Team.SUPERVISOR, "E01", "1")).contains("C01");
		assertThat(coverage.assign(Team.SUPERVISOR, "E01", "2")).contains("C02");
		assertThat(coverage.assign(Team.MANAGER, "E01", "1")).contains("C03");
		assertThat(coverage.assign(Team.PRIOR_YEAR, "E01", "1")).isEmpty();
		assertThat(coverage.assign(Team.SUPERVISOR, "E02", "1")).isEmpty();
	}

	@Test
	void theVersionRecordedLastCounts() {
		Coverage coverage = Coverage.of(List.of(collector("C01", Team.SUPERVISOR, Set.of(), true, T),
				collector("C01", Team.SUPERVISOR, Set.of(), false, T.plusDays(30))));
		assertThat(coverage.assign(Team.SUPERVISOR, "E01", "1")).isEmpty();
		assertThat(coverage.collectors()).singleElement().extracting(Collector::active).isEqualTo(false);
	}

}
