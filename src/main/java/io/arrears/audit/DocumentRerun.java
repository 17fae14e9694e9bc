package io.arrears.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import io.arrears.dunning.Assessment;
import io.arrears.dunning.KeptOff;
import io.arrears.schedule.Schedules;

/**
 * A re-run of a job that posts a document per estate made from the dunning standings of
 * its date: the bulletin job (bulletin and open letter) and the month-end job (the aging
 * report). Its job walks the dates as the dunning re-run does, from the first date of the
 * range (the standings of a date depend on the late fees the re-run itself posted before
 * it), and after each date the job posted on or was due, a step compares the documents
 * the re-run's standings make, line by line, with the documents posted (or, in a
 * restatement, the latest corrected ones an earlier non-dry re-run issued).
 * <p>
 * A non-dry re-run issues each document that differs again, corrected, beside the one
 * posted (which stays as it was), or withdraws one that should not have been posted, and
 * records it in {@code audit_document}.
 * <p>
 * The re-run's day steps record what kept a household off the public lists (SPEC §9); a
 * job whose documents leave those households out, as the bulletin does, makes its
 * documents without them and says which household was kept off and by what.
 */
abstract class DocumentRerun extends JobRerun {

	private final AuditRuns auditRuns;

	private final Schedules schedules;

	DocumentRerun(RerunLauncher launcher, AuditRuns auditRuns, Schedules schedules) {
		super(launcher);
		this.auditRuns = auditRuns;
		this.schedules = schedules;
	}

	/**
	 * The dates of the range the job posted on or was due, in order: those
	 * {@code jobs/schedules.yml} plans, and those {@link #postedOn} says.
	 */
	SortedSet<LocalDate> dates(LocalDate from, LocalDate to) {
		SortedSet<LocalDate> dates = new TreeSet<>(postedOn(from, to));
		schedules.between(from, to).stream().filter(f -> f.job().equals(name())).forEach(f -> dates.add(f.asOf()));
		return dates;
	}

	/** The dates of the range the job posted on, planned or not. */
	abstract SortedSet<LocalDate> postedOn(LocalDate from, LocalDate to);

	/** What the job posted as of the date, by {@link StatedDocument#key()}. */
	abstract Map<String, StatedDocument> posted(LocalDate asOf);

	/** What the job posts as of the date for these standings, by key. */
	abstract Map<String, Computed> computed(LocalDate asOf, Map<String, Assessment> standings);

	/**
	 * A document the re-run computes, and how to issue it as a correction.
	 *
	 * @param issue writes the corrected document under the tag and returns its file,
	 * relative to the output folder
	 */
	record Computed(StatedDocument document, Function<String, String> issue) {
	}

	/** The kind of difference of a line. */
	abstract Difference.Kind lineKind();

	/**
	 * The standings the date's documents are made of: all of them, unless the job leaves
	 * out the households a promise or hold keeps off (the public lists do).
	 */
	Map<String, Assessment> listable(Map<String, Assessment> standings, Map<String, KeptOff> keptOff) {
		return standings;
	}

	/**
	 * What the job's documents make of the households kept off: the differences as
	 * compared, with the rows that say which household a promise or hold kept off; none
	 * unless the job leaves them out.
	 */
	List<Difference> explain(LocalDate day, Map<String, Assessment> standings, Map<String, KeptOff> keptOff,
			Map<String, StatedDocument> recorded, List<Difference> differences) {
		return differences;
	}

	/** What the comparison of a date's documents found, and the corrections it issued. */
	record Checked(List<Difference> differences, List<CorrectedDocument> corrected) {
	}

	/**
	 * Compares the documents of a date: those the standings make against those recorded.
	 * Issues (renders) the corrected documents when not a dry run; recording them is the
	 * caller's, in its transaction.
	 */
	Checked check(RerunRun run, LocalDate day, Map<String, Assessment> standings, Map<String, KeptOff> keptOff) {
		Map<String, Computed> expected = computed(day, listable(standings, keptOff));
		Map<String, StatedDocument> recorded = posted(day);
		if (run.mode() == Mode.RESTATE) {
			recorded.putAll(auditRuns.correctedDocuments(name(), day));
			recorded.values().removeIf(d -> d.fingerprint() == null);
		}
		List<Difference> differences = new ArrayList<>();
		List<CorrectedDocument> corrected = new ArrayList<>();
		TreeSet<String> keys = new TreeSet<>(expected.keySet());
		keys.addAll(recorded.keySet());
		for (String key : keys) {
			Computed computed = expected.get(key);
			StatedDocument want = computed == null ? null : computed.document();
			StatedDocument got = recorded.get(key);
			List<Difference> found = DocumentReconciliation.compare(day, want, got, lineKind());
			differences.addAll(found);
			if (!found.isEmpty() && !run.dryRun()) {
				corrected.add(want == null
						? new CorrectedDocument(name(), day,
								new StatedDocument(got.estateCode(), got.kind(), null, Map.of()), null)
						: new CorrectedDocument(name(), day, want, computed.issue().apply(run.tag())));
			}
		}
		return new Checked(explain(day, standings, keptOff, recorded, differences), corrected);
	}

}
