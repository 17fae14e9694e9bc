package io.arrears.arrears;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.arrears.latefee.LateFeePolicy;
import io.arrears.latefee.Posting;

/**
 * The {@code arrears.*} settings, bound from {@code jobs/rules.yml} and the command line,
 * and turned into validated {@link Rules} at start-up.
 */
@ConfigurationProperties("arrears")
public record ArrearsProperties(BigDecimal minArrears, LateFee lateFee, List<Ladder.Rung> ladder,
		@DefaultValue Dunning dunning, @DefaultValue("out") Path outputDir) {

	/** {@code arrears.late-fee.*}. */
	public record LateFee(BigDecimal dailyRate, BigDecimal capRatio, Posting posting, Stage fromStage) {
	}

	/**
	 * {@code arrears.dunning.*}.
	 *
	 * @param gridSize how many key ranges of households the assessment reads at the same
	 * time, each on its own thread and its own two database connections; 1 is one plain
	 * step
	 */
	public record Dunning(@DefaultValue("500") int chunkSize, @DefaultValue("1") int gridSize) {
	}

	Rules toRules() {
		if (minArrears == null || lateFee == null || ladder == null) {
			throw new IllegalArgumentException(
					"arrears.min-arrears, arrears.late-fee and arrears.ladder must be set (jobs/rules.yml)");
		}
		if (dunning.chunkSize() < 1) {
			throw new IllegalArgumentException("arrears.dunning.chunk-size must be at least 1: " + dunning.chunkSize());
		}
		if (dunning.gridSize() < 1) {
			throw new IllegalArgumentException("arrears.dunning.grid-size must be at least 1: " + dunning.gridSize());
		}
		return new Rules(new Ladder(ladder), minArrears,
				new LateFeePolicy(lateFee.dailyRate(), lateFee.capRatio(), lateFee.posting()), lateFee.fromStage());
	}
}
