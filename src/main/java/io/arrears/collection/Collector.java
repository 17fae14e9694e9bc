package io.arrears.collection;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

import io.arrears.dunning.Team;

/**
 * A row of {@code collectors.csv} (SPEC §9): who works which households of an estate. The
 * table is append-only, so a changed collector (deactivated, given other buildings) is a
 * new row; the one recorded last counts.
 *
 * @param buildings the buildings covered; empty for the whole estate
 * @param recordedAt when this version entered the system (the file has no such column:
 * the import's time)
 */
public record Collector(String code, String name, String phone, Team team, String estateCode, Set<String> buildings,
		boolean active, LocalDateTime recordedAt) {

	public Collector {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(team, "team");
		Objects.requireNonNull(estateCode, "estateCode");
		Objects.requireNonNull(recordedAt, "recordedAt");
		buildings = Set.copyOf(buildings);
	}

	/**
	 * Whether this collector works a household of the team in that estate and building.
	 */
	public boolean covers(Team team, String estateCode, String building) {
		return active && this.team == team && this.estateCode.equals(estateCode)
				&& (buildings.isEmpty() || buildings.contains(building));
	}
}
