package io.arrears.collection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.arrears.limitation.LimitationSettings;

/**
 * {@code arrears.collection.*} from {@code jobs/rules.yml}: the collection settings of
 * SPEC §9 and the limitation period of §10, bound once and checked at start-up by the
 * plain records the rules take ({@link CollectionSettings}, {@link LimitationSettings}).
 */
@ConfigurationProperties("arrears.collection")
public record CollectionProperties(@DefaultValue("15") int maxPromiseDays, @DefaultValue("30") int promiseCooldownDays,
		@DefaultValue("3") int brokenPromiseDays, @DefaultValue("90") int maxHoldDays,
		@DefaultValue("3") int limitationYears, @DefaultValue("180") int limitationWatchDays) {

	public CollectionProperties {
		// a bad value stops the start here, naming the setting
		settings(maxPromiseDays, promiseCooldownDays, brokenPromiseDays, maxHoldDays);
		new LimitationSettings(limitationYears, limitationWatchDays);
	}

	/** The settings of the collection rules. */
	public CollectionSettings settings() {
		return settings(maxPromiseDays, promiseCooldownDays, brokenPromiseDays, maxHoldDays);
	}

	/** The settings of the limitation clock. */
	public LimitationSettings limitation() {
		return new LimitationSettings(limitationYears, limitationWatchDays);
	}

	private static CollectionSettings settings(int maxPromiseDays, int promiseCooldownDays, int brokenPromiseDays,
			int maxHoldDays) {
		return new CollectionSettings(maxPromiseDays, promiseCooldownDays, brokenPromiseDays, maxHoldDays);
	}

}
