package io.arrears.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

import io.arrears.audit.DocumentRerun.Checked;
import io.arrears.dunning.Assessment;
import io.arrears.dunning.Assessor;
import io.arrears.dunning.HouseholdTreatment;
import io.arrears.estate.FestivalCardAudit;
import io.arrears.estate.FestivalCardAudit.Mailing;

/**
 * The steps of the re-run jobs, built for one run from its parameters. Each date is a
 * chunk step, {@code day-<date>}: reader {@link RerunLedgerReader} (the household ledgers
 * as that date knew them), processor {@link DunningReconciler} (assess and compare,
 * pure), writer {@link RerunWriter} (differences, the run's own state and the
 * corrections). A document re-run follows each date it posted on with
 * {@code documents-<date>}, a festival mailing's re-run is the one chunk step
 * {@code cards-<date>}, and every re-run ends with {@code report}.
 */
class RerunSteps {

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final DataSource dataSource;

	private final Assessor assessor;

	private final HouseholdTreatment.Factory treatments;

	private final AuditRuns auditRuns;

	private final RerunState state;

	private final RecordedDunning recordedDunning;

	private final ReconciliationReport report;

	private final Clock clock;

	private final int chunkSize;

	RerunSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
			Assessor assessor, HouseholdTreatment.Factory treatments, AuditRuns auditRuns, RerunState state,
			RecordedDunning recordedDunning, ReconciliationReport report, Clock clock, int chunkSize) {
		this.treatments = treatments;
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.dataSource = dataSource;
		this.assessor = assessor;
		this.auditRuns = auditRuns;
		this.state = state;
		this.recordedDunning = recordedDunning;
		this.report = report;
		this.clock = clock;
		this.chunkSize = chunkSize;
	}

	/** A dunning re-run: every date compared, household by household. */
	List<Step> dunning(RerunRun run) {
		List<Step> steps = new ArrayList<>();
		LocalDateTime correctedAt = auditRuns.startedAt(run.runId());
		for (LocalDate day = run.request().from(); !day.isAfter(run.request().to()); day = day.plusDays(1)) {
			steps.add(day(run, day, true, correctedAt));
		}
		steps.add(report(run, DunningRerun.NAME));
		return steps;
	}

	/**
	 * A document re-run: the dates from the first of the range to the last the job posted
	 * on, each followed, when the job posted on it or was due, by the comparison of its
	 * documents.
	 */
	List<Step> documents(RerunRun run, DocumentRerun job) {
		List<Step> steps = new ArrayList<>();
		SortedSet<LocalDate> dates = job.dates(run.request().from(), run.request().to());
		LocalDateTime correctedAt = auditRuns.startedAt(run.runId());
		if (!dates.isEmpty()) {
			for (LocalDate day = run.request().from(); !day.isAfter(dates.last()); day = day.plusDays(1)) {
				steps.add(day(run, day, false, correctedAt));
				if (dates.contains(day)) {
					steps.add(documents(run, job, day, correctedAt));
				}
			}
		}
		steps.add(report(run, job.name()));
		return steps;
	}

	/** A festival mailing's re-run: its cards, then the report. */
	List<Step> festival(RerunRun run, FestivalCardAudit cards) {
		Mailing mailing = cards.mailing(run.festival(), run.year());
		CardReconciler reconciler = new CardReconciler(assessor, mailing.asOf(),
				mailing.festival() + " " + mailing.year() + " card", run.dryRun());
		Step step = new StepBuilder("cards-" + mailing.asOf(),
				jobRepository).<CardReconciler.Household, CheckedCard>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(new CardReader(dataSource, cards, state, run, mailing))
			.processor(reconciler::reconcile)
			.writer(new CardWriter(auditRuns, state, cards, run, mailing, auditRuns.startedAt(run.runId())))
			.build();
		return List.of(step, report(run, FestivalRerun.NAME));
	}

	private Step day(RerunRun run, LocalDate day, boolean compare, LocalDateTime correctedAt) {
		// promises and holds as the mode sees them: a replay, those recorded by the end
		// of
		// the date, as its run; a restatement, everything known now
		HouseholdTreatment treatment = treatments == null ? HouseholdTreatment.NONE
				: treatments.forDate(day, run.recordedBefore(day));
		DunningReconciler reconciler = new DunningReconciler(assessor, treatment, day, run.runId(), compare,
				run.dryRun(), correctedAt);
		return new StepBuilder("day-" + day, jobRepository).<RerunHousehold, Reconciled>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(new RerunLedgerReader(dataSource, state, recordedDunning, run, day, compare))
			.processor(reconciler::reconcile)
			.writer(new RerunWriter(auditRuns, state, run, day, correctedAt, compare))
			.build();
	}

	/**
	 * Compares a date's documents, made from the standings its day step wrote, and
	 * records the differences and the corrected documents in one transaction.
	 */
	private Step documents(RerunRun run, DocumentRerun job, LocalDate day, LocalDateTime correctedAt) {
		return new StepBuilder("documents-" + day, jobRepository).tasklet((contribution, chunk) -> {
			Map<String, Assessment> standings = state.standings(run.runId(), day);
			Checked checked = job.check(run, day, standings, state.keptOff(run.runId(), day));
			auditRuns.addDifferences(run.runId(), checked.differences());
			if (!checked.corrected().isEmpty()) {
				auditRuns.post(Corrections.ofDocuments(run.runId(), day, correctedAt, checked.corrected()));
			}
			ExecutionContext context = chunk.getStepContext().getStepExecution().getExecutionContext();
			context.putString(RerunLauncher.DAY, day.toString());
			context.putInt(RerunLauncher.HOUSEHOLDS, standings.size());
			context.putInt(RerunWriter.DIFFERENCES, checked.differences().size());
			context.putInt(RerunWriter.CORRECTIONS, checked.corrected().size());
			contribution.incrementWriteCount(checked.corrected().size());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	/**
	 * Writes the reconciliation report (CSV and PDF) of every difference the run recorded
	 * and every notice it explained, in the order found, and marks the audit run
	 * completed.
	 */
	private Step report(RerunRun run, String job) {
		return new StepBuilder("report", jobRepository).tasklet((contribution, chunk) -> {
			List<Difference> rows = auditRuns.rows(run.runId());
			Path csv = report.writeCsv(run.runId(), job, run.request(), rows);
			Path pdf = report.writePdf(run.runId(), job, run.request(), rows);
			auditRuns.finish(run.runId(), "COMPLETED", (int) rows.stream().filter(Difference::isDifference).count(),
					csv, pdf, LocalDateTime.now(clock));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

}
