package io.arrears.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.arrears.arrears.Assessor;
import io.arrears.arrears.Dunning;
import io.arrears.arrears.HouseholdLedger;
import io.arrears.arrears.HouseholdLedgerReader;
import io.arrears.arrears.NoticeDue;
import io.arrears.audit.Corrections.Restated;
import io.arrears.audit.Difference.Kind;
import io.arrears.audit.RecordedHousehold.PostedFee;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;

/**
 * Re-runs the dunning rules for each date of a range, in order, and compares the outcome
 * with what was recorded (SPEC §6).
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
class DunningRerun implements AuditedJob {

	static final String NAME = "dunning";

	private static final String REVERSAL_PREFIX = "RV:";

	private final DataSource dataSource;

	private final Assessor assessor;

	private final RecordedDunning recordedDunning;

	private final AuditRuns auditRuns;

	private final PendingCorrections pending;

	private final JobOperator jobOperator;

	private final Job rerunDunningJob;

	private final ReconciliationReport report;

	private final Clock clock;

	DunningRerun(DataSource dataSource, Assessor assessor, RecordedDunning recordedDunning, AuditRuns auditRuns,
			PendingCorrections pending, JobOperator jobOperator, Job rerunDunningJob, ReconciliationReport report,
			Clock clock) {
		this.dataSource = dataSource;
		this.assessor = assessor;
		this.recordedDunning = recordedDunning;
		this.auditRuns = auditRuns;
		this.pending = pending;
		this.jobOperator = jobOperator;
		this.rerunDunningJob = rerunDunningJob;
		this.report = report;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public RerunSummary rerun(RerunRequest request, Consumer<DayResult> eachDay) throws Exception {
		long runId = auditRuns.start(NAME, request, LocalDateTime.now(clock));
		List<Difference> differences = new ArrayList<>();
		int corrections = 0;
		String status = "FAILED";
		Path csv = null;
		Path pdf = null;
		try {
			Set<String> registry = recordedDunning.issuedBefore(request.from());
			Map<String, List<LedgerEntry>> ownPostings = new HashMap<>();
			for (LocalDate day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
				Day result = day(runId, request, day, registry, ownPostings);
				auditRuns.addDifferences(runId, differences.size() + 1, result.differences());
				differences.addAll(result.differences());
				if (!request.dryRun()) {
					corrections += post(runId, request.mode(), result.corrections());
				}
				eachDay.accept(new DayResult(day, result.households(), result.differences().size(),
						request.dryRun() ? 0 : result.corrections().entries().size()));
			}
			csv = report.writeCsv(runId, NAME, request, differences);
			pdf = report.writePdf(runId, NAME, request, differences);
			status = "COMPLETED";
			return new RerunSummary(runId, differences, corrections, csv, pdf);
		}
		finally {
			auditRuns.finish(runId, status, differences.size(), csv, pdf, LocalDateTime.now(clock));
		}
	}

	private record Day(int households, List<Difference> differences, Corrections corrections) {
	}

	private Day day(long runId, RerunRequest request, LocalDate day, Set<String> registry,
			Map<String, List<LedgerEntry>> ownPostings) throws Exception {
		LocalDateTime recordedBefore = request.mode() == Mode.REPLAY ? day.plusDays(1).atStartOfDay() : null;
		Map<String, RecordedHousehold> recorded = recordedDunning.of(day, request.mode(), recordedBefore);
		List<Difference> differences = new ArrayList<>();
		List<LedgerEntry> entries = new ArrayList<>();
		List<Restated> restated = new ArrayList<>();
		LocalDateTime now = LocalDateTime.now(clock);
		int households = 0;
		HouseholdLedgerReader reader = HouseholdLedgerReader.forAudit(dataSource, day, recordedBefore);
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

				RecordedHousehold was = recorded.getOrDefault(code, RecordedHousehold.NOTHING);
				List<Difference> found = DunningReconciliation.compare(day, code, dunning, notice, was);
				if (!found.isEmpty()) {
					differences.addAll(found);
					entries.addAll(ledgerCorrections(runId, dunning, was, found, now));
					restated.add(new Restated(code, StageRow.of(dunning.assessment()), notice));
				}
			}
		}
		finally {
			reader.close();
		}
		return new Day(households, differences, new Corrections(runId, day, entries, restated));
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
					entries.add(new LedgerEntry(REVERSAL_PREFIX + reference + ":R" + runId,
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

	/** The pipeline's own postings: its late fees and an audit's reversals of them. */
	static boolean isPipelinePosting(LedgerEntry entry) {
		return entry.type() == EntryType.LATE_FEE && entry.reference().startsWith("LF:")
				|| entry.type() == EntryType.REVERSAL && entry.reference().startsWith(REVERSAL_PREFIX + "LF:");
	}

	private int post(long runId, Mode mode, Corrections corrections) throws Exception {
		pending.put(corrections);
		JobParameters parameters = new JobParametersBuilder()
			.addLocalDate(RerunDunningJobConfiguration.AS_OF, corrections.asOf(), true)
			.addString(RerunDunningJobConfiguration.MODE, mode.name(), true)
			.addLong(RerunDunningJobConfiguration.RUN_ID, runId, true)
			.toJobParameters();
		JobExecution execution = jobOperator.start(rerunDunningJob, parameters);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("posting the corrections of " + corrections.asOf() + " "
					+ execution.getStatus() + ": " + execution.getAllFailureExceptions());
		}
		return corrections.entries().size();
	}

}
