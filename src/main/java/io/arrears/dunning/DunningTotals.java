package io.arrears.dunning;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.arrears.ledger.LedgerEntry;

/**
 * What a dunning run has written so far: households by stage, late fees posted, notices
 * issued. Kept in the step's execution context, so the totals survive a restart.
 */
public record DunningTotals(Map<Stage, Integer> stages, int lateFees, BigDecimal lateFeeAmount, int notices) {

	static final DunningTotals NONE = new DunningTotals(Map.of(), 0, BigDecimal.ZERO.setScale(2), 0);

	private static final String PREFIX = "totals.";

	public DunningTotals {
		Map<Stage, Integer> copy = new EnumMap<>(Stage.class);
		copy.putAll(stages);
		stages = Collections.unmodifiableMap(copy);
	}

	public int households() {
		return stages.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int inArrears() {
		return households() - stages.getOrDefault(Stage.CURRENT, 0);
	}

	DunningTotals plus(Chunk<? extends Dunning> chunk, int issued) {
		Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
		counts.putAll(stages);
		int fees = lateFees;
		BigDecimal amount = lateFeeAmount;
		for (Dunning dunning : chunk) {
			counts.merge(dunning.assessment().stage(), 1, Integer::sum);
			for (LedgerEntry fee : dunning.lateFees()) {
				fees++;
				amount = amount.add(fee.amount());
			}
		}
		return new DunningTotals(counts, fees, amount, notices + issued);
	}

	/** These totals and another's: the partitions of one run. */
	DunningTotals plus(DunningTotals other) {
		Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
		counts.putAll(stages);
		other.stages.forEach((stage, count) -> counts.merge(stage, count, Integer::sum));
		return new DunningTotals(counts, lateFees + other.lateFees, lateFeeAmount.add(other.lateFeeAmount),
				notices + other.notices);
	}

	void into(ExecutionContext context) {
		for (Stage stage : Stage.values()) {
			context.putInt(PREFIX + "stage." + stage.name(), stages.getOrDefault(stage, 0));
		}
		context.putInt(PREFIX + "late-fees", lateFees);
		context.putString(PREFIX + "late-fee-amount", lateFeeAmount.toPlainString());
		context.putInt(PREFIX + "notices", notices);
	}

	static DunningTotals from(ExecutionContext context) {
		if (!context.containsKey(PREFIX + "late-fees")) {
			return NONE;
		}
		Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			int count = context.getInt(PREFIX + "stage." + stage.name(), 0);
			if (count > 0) {
				stages.put(stage, count);
			}
		}
		return new DunningTotals(stages, context.getInt(PREFIX + "late-fees"),
				new BigDecimal(context.getString(PREFIX + "late-fee-amount")), context.getInt(PREFIX + "notices"));
	}
}
