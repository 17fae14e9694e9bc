package io.arrears.collection;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.arrears.dunning.Team;

/**
 * Who works which household (SPEC §9): the active collector of the household's team whose
 * estate and buildings cover it, the lowest {@code collector_code} first. A household no
 * collector covers is unassigned, never dropped.
 */
public final class Coverage {

	/** The collector code under which unassigned households are listed. */
	public static final String UNASSIGNED = "-";

	private final List<Collector> collectors;

	private Coverage(List<Collector> collectors) {
		this.collectors = collectors;
	}

	/**
	 * The coverage the given collector rows describe: of several versions of one
	 * collector, the one recorded last (then the later in the list). Pass only the rows
	 * visible to the run ({@link Visibility}).
	 */
	public static Coverage of(Collection<Collector> versions) {
		Map<String, Collector> latest = new HashMap<>();
		for (Collector c : versions) {
			latest.merge(c.code(), c, (a, b) -> b.recordedAt().isBefore(a.recordedAt()) ? a : b);
		}
		return new Coverage(latest.values().stream().sorted(Comparator.comparing(Collector::code)).toList());
	}

	/** The current version of each collector, by code. */
	public List<Collector> collectors() {
		return collectors;
	}

	/**
	 * The code of the collector who works the household, or empty when none covers it.
	 */
	public Optional<String> assign(Team team, String estateCode, String building) {
		if (team == null) {
			return Optional.empty();
		}
		return collectors.stream().filter(c -> c.covers(team, estateCode, building)).map(Collector::code).findFirst();
	}

}
