package io.arrears.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import io.arrears.audit.Corrections.Restated;
import io.arrears.dunning.Assessment;
import io.arrears.dunning.KeptOff;
import io.arrears.ledger.LedgerEntry;

/**
 * The writer of a re-run's date, all in the chunk's transaction: the standings and the
 * re-run's own late fees and notices (which the later dates see), the differences and the
 * notices explained by a promise or hold into {@code audit_difference}, and, when not a
 * dry run, the corrections (reversals, corrected late fees, restated outcomes). The
 * date's counts are kept in the step's execution context, so a restarted date reports
 * what an uninterrupted one would.
 */
class RerunWriter implements ItemStreamWriter<Reconciled> {

	static final String DIFFERENCES = "differences";

	static final String CORRECTIONS = "corrections";

	private final AuditRuns auditRuns;

	private final RerunState state;

	private final RerunRun run;

	private final LocalDate day;

	private final LocalDateTime correctedAt;

	private final boolean answers;

	private int households;

	private int differences;

	private int corrections;

	/**
	 * @param answers whether the date's counts are the re-run's answer for the date (a
	 * dunning re-run's; a document re-run answers on its documents)
	 */
	RerunWriter(AuditRuns auditRuns, RerunState state, RerunRun run, LocalDate day, LocalDateTime correctedAt,
			boolean answers) {
		this.answers = answers;
		this.auditRuns = auditRuns;
		this.state = state;
		this.run = run;
		this.day = day;
		this.correctedAt = correctedAt;
	}

	@Override
	public void write(Chunk<? extends Reconciled> chunk) {
		List<Assessment> standings = new ArrayList<>(chunk.size());
		Map<String, KeptOff> keptOff = new HashMap<>();
		List<Reconciled> items = new ArrayList<>(chunk.size());
		List<Difference> found = new ArrayList<>();
		List<LedgerEntry> entries = new ArrayList<>();
		List<Restated> restated = new ArrayList<>();
		for (Reconciled household : chunk) {
			items.add(household);
			standings.add(household.dunning().assessment());
			if (household.dunning().keptOff() != null) {
				keptOff.put(household.householdCode(), household.dunning().keptOff());
			}
			found.addAll(household.differences());
			entries.addAll(household.corrections());
			if (household.restated() != null) {
				restated.add(household.restated());
			}
		}
		state.writeStandings(run.runId(), day, standings, keptOff);
		state.writeOwn(run.runId(), day, items);
		auditRuns.addDifferences(run.runId(), found);
		if (!run.dryRun()) {
			auditRuns.post(new Corrections(run.runId(), day, correctedAt, entries, restated, List.of()));
			corrections += entries.size();
		}
		households += chunk.size();
		differences += (int) found.stream().filter(Difference::isDifference).count();
	}

	@Override
	public void open(ExecutionContext context) throws ItemStreamException {
		households = context.getInt(RerunLauncher.HOUSEHOLDS, 0);
		differences = context.getInt(DIFFERENCES, 0);
		corrections = context.getInt(CORRECTIONS, 0);
		update(context);
	}

	@Override
	public void update(ExecutionContext context) throws ItemStreamException {
		if (answers) {
			context.putString(RerunLauncher.DAY, day.toString());
		}
		context.putInt(RerunLauncher.HOUSEHOLDS, households);
		context.putInt(DIFFERENCES, differences);
		context.putInt(CORRECTIONS, corrections);
	}

}
