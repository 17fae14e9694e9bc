package io.arrears.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.arrears.document.Money;
import io.arrears.dunning.Dunning;
import io.arrears.audit.Corrections.Restated;
import io.arrears.audit.Difference.Kind;
import io.arrears.audit.RecordedHousehold.PostedFee;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;

/**
 * Re-runs the dunning rules for each date of a range, in order, and compares each
 * household's outcome (stage row, late fees, notice) with what was recorded (SPEC §6).
 * What each date sees is {@link RerunWalk}'s. A non-dry re-run posts each date's
 * corrections under a {@code rerun-dunning} job instance of its own before it goes on to
 * the next date, so the next date sees them.
 */
class DunningRerun implements AuditedJob {

	static final String NAME = "dunning";

	private final RerunWalk walk;

	private final RecordedDunning recordedDunning;

	private final AuditRecorder recorder;

	private final CorrectionsJob correctionsJob;

	private final Clock clock;

	DunningRerun(RerunWalk walk, RecordedDunning recordedDunning, AuditRecorder recorder, CorrectionsJob correctionsJob,
			Clock clock) {
		this.walk = walk;
		this.recordedDunning = recordedDunning;
		this.recorder = recorder;
		this.correctionsJob = correctionsJob;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public RerunSummary rerun(RerunRequest request, Consumer<DayResult> eachDay) throws Exception {
		return recorder.run(NAME, request, (runId, differences) -> {
			Comparison comparison = new Comparison(runId, request, differences, eachDay);
			walk.walk(request, comparison);
			return comparison.corrections;
		});
	}

	/** Compares each household of each date with the record, as the walk goes. */
	private final class Comparison implements RerunWalk.Visitor {

		private final long runId;

		private final RerunRequest request;

		private final AuditRecorder.Differences all;

		private final Consumer<DayResult> eachDay;

		private int corrections;

		private Map<String, RecordedHousehold> recorded;

		private List<Difference> differences;

		private List<LedgerEntry> entries;

		private List<Restated> restated;

		private LocalDateTime now;

		Comparison(long runId, RerunRequest request, AuditRecorder.Differences all, Consumer<DayResult> eachDay) {
			this.runId = runId;
			this.request = request;
			this.all = all;
			this.eachDay = eachDay;
		}

		@Override
		public void startDay(LocalDate day) {
			recorded = recordedDunning.of(day, request.mode(), RerunWalk.recordedBefore(request.mode(), day));
			differences = new ArrayList<>();
			entries = new ArrayList<>();
			restated = new ArrayList<>();
			now = LocalDateTime.now(clock);
		}

		@Override
		public void household(LocalDate day, String code, Dunning dunning, NoticeStatement notice) {
			RecordedHousehold was = recorded.getOrDefault(code, RecordedHousehold.NOTHING);
			List<Difference> found = DunningReconciliation.compare(day, code, dunning, notice, was);
			if (!found.isEmpty()) {
				differences.addAll(found);
				entries.addAll(ledgerCorrections(runId, dunning, was, found, now));
				restated.add(new Restated(code, StageRow.of(dunning.assessment()), notice));
			}
		}

		@Override
		public void endDay(LocalDate day, int households) throws Exception {
			all.add(differences);
			int posted = 0;
			if (!request.dryRun()) {
				Corrections dayCorrections = new Corrections(runId, day, now, entries, restated, List.of());
				correctionsJob.post(NAME, request.mode(), dayCorrections);
				posted = entries.size();
				corrections += posted;
			}
			eachDay.accept(new DayResult(day, households, differences.size(), posted));
		}

	}

	/**
	 * For each charge whose late fee differs: a reversal of every fee recorded for it on
	 * the date, and the fee it should have had under a reference of this run. Never an
	 * update.
	 */
	private static List<LedgerEntry> ledgerCorrections(long runId, Dunning dunning, RecordedHousehold was,
			List<Difference> found, LocalDateTime now) {
		List<LedgerEntry> entries = new ArrayList<>();
		LocalDate day = dunning.assessment().asOf();
		for (Difference difference : found) {
			if (difference.kind() != Kind.LATE_FEE) {
				continue;
			}
			String charge = difference.subject();
			PostedFee posted = was.lateFees().get(charge);
			if (posted != null) {
				for (String reference : posted.references()) {
					entries.add(new LedgerEntry(RerunWalk.REVERSAL_PREFIX + reference + ":R" + runId,
							dunning.assessment().householdCode(), EntryType.REVERSAL, null, null, Money.ZERO, day, now,
							reference));
				}
			}
			for (LedgerEntry fee : dunning.lateFees()) {
				if (charge.equals(fee.lateFeeChargeReference())) {
					entries.add(new LedgerEntry(LedgerEntry.correctedLateFeeReference(charge, day, runId),
							fee.householdCode(), EntryType.LATE_FEE, fee.feeItem(), fee.period(), fee.amount(), day,
							now, null));
				}
			}
		}
		return entries;
	}

}
