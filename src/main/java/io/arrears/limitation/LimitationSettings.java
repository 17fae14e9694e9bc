package io.arrears.limitation;

/**
 * The limitation settings of {@code jobs/rules.yml} ({@code arrears.collection.*}).
 *
 * @param years the limitation period (Civil Code art. 188: three years)
 * @param watchDays a charge whose period ends within this many days of the as-of date, or
 * has ended, is flagged on the {@code MANAGER} and {@code PRIOR_YEAR} work lists (SPEC
 * §9)
 */
public record LimitationSettings(int years, int watchDays) {

	public LimitationSettings {
		if (years < 1) {
			throw new IllegalArgumentException("arrears.collection.limitation-years must be at least 1: " + years);
		}
		if (watchDays < 0) {
			throw new IllegalArgumentException(
					"arrears.collection.limitation-watch-days must not be negative: " + watchDays);
		}
	}

	/** SPEC §10 and §9: three years, watched from 180 days before. */
	public static LimitationSettings defaults() {
		return new LimitationSettings(3, 180);
	}
}
