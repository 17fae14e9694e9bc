package io.arrears.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.arrears.dunning.Assessor;
import io.arrears.dunning.Dunning;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.HouseholdLedgerReader;
import io.arrears.dunning.NoticeDue;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;

/**
 * Walks the dates of a re-run in order and computes, for every household on each date,
 * what the dunning rules make of the ledger the mode lets the run see (SPEC §6). Every
 * re-run is built on it: the dunning re-run compares each household's outcome with what
 * was recorded, the bulletin and month-end re-runs gather the outcomes of the dates they
 * posted on.
 * <p>
 * What the run of a date D sees: the ledger effective by D, limited in a replay to what
 * was recorded before D+1 00:00; never the pipeline's own postings (its {@code LF:} late
 * fees and an audit's {@code RV:} reversals of them) dated from the first date of the
 * range on, since those are what is being checked. In their place it sees its own
 * postings of the earlier dates of the range: what should have been posted. A wrong fee
 * is then reported once, on the date it arose, rather than again on every later posting
 * day whose cumulative fee it skews, and a non-dry re-run that posts each date's
 * corrections in turn leaves the ledger that a following re-run finds clean. Likewise for
 * notices: the registry as it stood before the range, then the re-run's own notices.
 * <p>
 * Households are streamed one at a time with the same reader as the dunning job; what is
 * kept in memory across dates is the re-run's late fees and notices of the range, a few
 * per household.
 */
class RerunWalk {

	static final String REVERSAL_PREFIX = "RV:";

	private final DataSource dataSource;

	private final Assessor assessor;

	private final RecordedDunning recordedDunning;

	RerunWalk(DataSource dataSource, Assessor assessor, RecordedDunning recordedDunning) {
		this.dataSource = dataSource;
		this.assessor = assessor;
		this.recordedDunning = recordedDunning;
	}

	/** Told each date and each household's outcome on it, in order. */
	interface Visitor {

		/** Before the date's first household. */
		void startDay(LocalDate day) throws Exception;

		/**
		 * @param notice the notice the re-run issues on the date (null when none: not
		 * due, or already issued in the episode)
		 */
		void household(LocalDate day, String householdCode, Dunning dunning, NoticeStatement notice) throws Exception;

		/** After the date's last household. */
		void endDay(LocalDate day, int households) throws Exception;

	}

	void walk(RerunRequest request, Visitor visitor) throws Exception {
		Set<String> registry = recordedDunning.issuedBefore(request.from());
		Map<String, List<LedgerEntry>> ownPostings = new HashMap<>();
		for (LocalDate day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
			visitor.startDay(day);
			int households = day(request, day, registry, ownPostings, visitor);
			visitor.endDay(day, households);
		}
	}

	/**
	 * The end of a replayed date: what its run could have seen. Null in a restatement.
	 */
	static LocalDateTime recordedBefore(Mode mode, LocalDate day) {
		return mode == Mode.REPLAY ? day.plusDays(1).atStartOfDay() : null;
	}

	private int day(RerunRequest request, LocalDate day, Set<String> registry,
			Map<String, List<LedgerEntry>> ownPostings, Visitor visitor) throws Exception {
		int households = 0;
		HouseholdLedgerReader reader = HouseholdLedgerReader.forAudit(dataSource, day,
				recordedBefore(request.mode(), day));
		reader.open(new ExecutionContext());
		try {
			for (HouseholdLedger household = reader.read(); household != null; household = reader.read()) {
				households++;
				String code = household.householdCode();
				List<LedgerEntry> seen = new ArrayList<>();
				for (LedgerEntry entry : household.entries()) {
					if (!(isPipelinePosting(entry) && !entry.effectiveDate().isBefore(request.from()))) {
						seen.add(entry);
					}
				}
				seen.addAll(ownPostings.getOrDefault(code, List.of()));
				Dunning dunning = assessor.assess(new HouseholdLedger(code, household.tags(), seen), day);

				NoticeStatement notice = null;
				NoticeDue due = dunning.notice();
				if (due != null && registry
					.add(RecordedDunning.registryKey(code, due.kind().name(), due.number(), due.episodeDueDate()))) {
					notice = NoticeStatement.of(due);
				}
				if (!dunning.lateFees().isEmpty()) {
					ownPostings.computeIfAbsent(code, c -> new ArrayList<>()).addAll(dunning.lateFees());
				}
				visitor.household(day, code, dunning, notice);
			}
		}
		finally {
			reader.close();
		}
		return households;
	}

	/** The pipeline's own postings: its late fees and an audit's reversals of them. */
	static boolean isPipelinePosting(LedgerEntry entry) {
		return entry.type() == EntryType.LATE_FEE && entry.reference().startsWith("LF:")
				|| entry.type() == EntryType.REVERSAL && entry.reference().startsWith(REVERSAL_PREFIX + "LF:");
	}

}
