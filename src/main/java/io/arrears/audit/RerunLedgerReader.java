package io.arrears.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.HouseholdLedgerReader;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;

/**
 * The reader of a re-run's date: every household with the ledger as that date knew it
 * (SPEC §6), streamed by the dunning job's own reader and restarted by key as it is.
 * <p>
 * What the run of a date D sees: the ledger effective by D, limited in a replay to what
 * was recorded before D+1 00:00; never the pipeline's own postings (its {@code LF:} late
 * fees and an audit's {@code RV:} reversals of them) dated from the first date of the
 * range on, since those are what is being checked. In their place it sees its own
 * postings of the earlier dates of the range, from {@code audit_rerun_fee}: what should
 * have been posted. A wrong fee is then reported once, on the date it arose, rather than
 * again on every later posting day whose cumulative fee it skews, and a non-dry re-run
 * that posts each date's corrections in turn leaves the ledger that a following re-run
 * finds clean. Likewise for notices: the registry as it stood before the range, then the
 * re-run's own notices.
 * <p>
 * The run's own postings, the registry and what was recorded on the date are read when
 * the step opens, a few set-based queries, and handed to each household with it.
 */
class RerunLedgerReader implements ItemStreamReader<RerunHousehold> {

	static final String REVERSAL_PREFIX = "RV:";

	private final HouseholdLedgerReader ledgers;

	private final RerunState state;

	private final RecordedDunning recordedDunning;

	private final RerunRun run;

	private final LocalDate day;

	private final boolean compare;

	private Map<String, List<LedgerEntry>> ownFees;

	private Map<String, Set<String>> issued;

	private Map<String, RecordedHousehold> recorded;

	/**
	 * @param compare whether to read what the dunning job recorded on the date
	 */
	RerunLedgerReader(DataSource dataSource, RerunState state, RecordedDunning recordedDunning, RerunRun run,
			LocalDate day, boolean compare) {
		this.ledgers = HouseholdLedgerReader.forAudit(dataSource, day, run.recordedBefore(day));
		this.state = state;
		this.recordedDunning = recordedDunning;
		this.run = run;
		this.day = day;
		this.compare = compare;
	}

	/**
	 * The end of a replayed date: what its run could have seen. Null in a restatement.
	 */
	static LocalDateTime recordedBefore(Mode mode, LocalDate day) {
		return mode == Mode.REPLAY ? day.plusDays(1).atStartOfDay() : null;
	}

	@Override
	public void open(ExecutionContext context) throws ItemStreamException {
		ownFees = state.ownFeesBefore(run.runId(), day);
		issued = state.issuedBefore(run.runId(), run.request().from(), day);
		recorded = compare ? recordedDunning.of(day, run.mode(), run.recordedBefore(day)) : Map.of();
		ledgers.open(context);
	}

	@Override
	public RerunHousehold read() throws Exception {
		HouseholdLedger household = ledgers.read();
		if (household == null) {
			return null;
		}
		String code = household.householdCode();
		List<LedgerEntry> seen = new ArrayList<>();
		for (LedgerEntry entry : household.entries()) {
			if (!(isPipelinePosting(entry) && !entry.effectiveDate().isBefore(run.request().from()))) {
				seen.add(entry);
			}
		}
		seen.addAll(ownFees.getOrDefault(code, List.of()));
		return new RerunHousehold(new HouseholdLedger(code, household.tags(), seen),
				issued.getOrDefault(code, Set.of()), recorded.getOrDefault(code, RecordedHousehold.NOTHING));
	}

	@Override
	public void update(ExecutionContext context) throws ItemStreamException {
		ledgers.update(context);
	}

	@Override
	public void close() throws ItemStreamException {
		ledgers.close();
	}

	/** The pipeline's own postings: its late fees and an audit's reversals of them. */
	static boolean isPipelinePosting(LedgerEntry entry) {
		return entry.type() == EntryType.LATE_FEE && entry.reference().startsWith("LF:")
				|| entry.type() == EntryType.REVERSAL && entry.reference().startsWith(REVERSAL_PREFIX + "LF:");
	}

}
