package io.arrears.collection;

/**
 * The collection settings of {@code jobs/rules.yml} ({@code arrears.collection.*}, SPEC
 * §9), already validated. A plain record: the Spring binding wraps it.
 *
 * @param maxPromiseDays a promise's date is at most this many days after the contact
 * @param promiseCooldownDays a promise made at most this many days after the date of a
 * broken one is recorded and judged, but holds nothing
 * @param brokenPromiseDays a broken promise tops the work list on the day it breaks and
 * this many days in all
 * @param maxHoldDays a hold lasts at most this many days after its first
 */
public record CollectionSettings(int maxPromiseDays, int promiseCooldownDays, int brokenPromiseDays, int maxHoldDays) {

	public CollectionSettings {
		if (maxPromiseDays < 0) {
			throw new IllegalArgumentException(
					"arrears.collection.max-promise-days must not be negative: " + maxPromiseDays);
		}
		if (promiseCooldownDays < 0) {
			throw new IllegalArgumentException(
					"arrears.collection.promise-cooldown-days must not be negative: " + promiseCooldownDays);
		}
		if (brokenPromiseDays < 1) {
			throw new IllegalArgumentException(
					"arrears.collection.broken-promise-days must be at least 1: " + brokenPromiseDays);
		}
		if (maxHoldDays < 0) {
			throw new IllegalArgumentException("arrears.collection.max-hold-days must not be negative: " + maxHoldDays);
		}
	}

	/** The defaults of SPEC §9: 15, 30, 3 and 90 days. */
	public static CollectionSettings defaults() {
		return new CollectionSettings(15, 30, 3, 90);
	}
}
