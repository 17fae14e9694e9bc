package io.arrears.dunning;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import io.arrears.latefee.LateFeePolicy;
import io.arrears.latefee.Posting;

/**
 * The rules as the jar ships them, bound from {@code jobs/rules.yml} the way the
 * application binds them, so that tests use the one ladder there is rather than a copy.
 */
public final class ShippedRules {

	private static final Rules RULES = bind();

	private ShippedRules() {
	}

	/** The shipped rules. */
	public static Rules rules() {
		return RULES;
	}

	/** The shipped ladder. */
	public static Ladder ladder() {
		return RULES.ladder();
	}

	/** The shipped rules with late fees posted on other days. */
	public static Rules posting(Posting posting) {
		LateFeePolicy fee = RULES.lateFee();
		return new Rules(RULES.ladder(), RULES.minArrears(),
				new LateFeePolicy(fee.dailyRate(), fee.capRatio(), posting));
	}

	/** The shipped {@code arrears.*} settings, before they become rules. */
	static ArrearsProperties properties() {
		try {
			var sources = new YamlPropertySourceLoader().load("jobs/rules.yml",
					new ClassPathResource("jobs/rules.yml"));
			return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("arrears",
					ArrearsProperties.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Rules bind() {
		return properties().toRules();
	}

}
