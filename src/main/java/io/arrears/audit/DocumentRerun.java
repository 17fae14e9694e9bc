package io.arrears.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import io.arrears.dunning.Assessment;
import io.arrears.dunning.Dunning;
import io.arrears.schedule.Schedules;

/**
 * A re-run of a job that posts a document per estate made from the dunning standings of
 * its date: the bulletin job (bulletin and open letter) and the month-end job (the aging
 * report). The standings of each date are {@link RerunWalk}'s, as the dunning re-run
 * computes them, gathered on the dates the job posted on or was due; the documents they
 * make are compared, line by line, with the documents posted (or, in a restatement, the
 * latest corrected ones an earlier non-dry re-run issued).
 * <p>
 * A non-dry re-run issues each document that differs again, corrected, beside the one
 * posted (which stays as it was), or withdraws one that should not have been posted, and
 * records it in {@code audit_document} under a job instance of its own.
 */
abstract class DocumentRerun implements AuditedJob {

	private final RerunWalk walk;

	private final AuditRecorder recorder;

	private final AuditRuns auditRuns;

	private final CorrectionsJob correctionsJob;

	private final Clock clock;

	private final Schedules schedules;

	DocumentRerun(RerunWalk walk, AuditRecorder recorder, AuditRuns auditRuns, CorrectionsJob correctionsJob,
			Clock clock, Schedules schedules) {
		this.walk = walk;
		this.recorder = recorder;
		this.auditRuns = auditRuns;
		this.correctionsJob = correctionsJob;
		this.clock = clock;
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

	@Override
	public RerunSummary rerun(RerunRequest request, Consumer<DayResult> eachDay) throws Exception {
		SortedSet<LocalDate> dates = dates(request.from(), request.to());
		return recorder.run(name(), request, (runId, differences) -> {
			if (dates.isEmpty()) {
				return 0;
			}
			// the walk starts where the range does: the standings of a date depend on the
			// late fees the re-run itself posted on the dates before it
			Gathering gathering = new Gathering(runId, request, dates, differences, eachDay);
			walk.walk(new RerunRequest(request.from(), dates.last(), request.mode(), request.dryRun()), gathering);
			return gathering.corrections;
		});
	}

	/** Keeps the standings of the job's dates and compares their documents. */
	private final class Gathering implements RerunWalk.Visitor {

		private final long runId;

		private final RerunRequest request;

		private final SortedSet<LocalDate> dates;

		private final AuditRecorder.Differences all;

		private final Consumer<DayResult> eachDay;

		private Map<String, Assessment> standings;

		private int corrections;

		Gathering(long runId, RerunRequest request, SortedSet<LocalDate> dates, AuditRecorder.Differences all,
				Consumer<DayResult> eachDay) {
			this.runId = runId;
			this.request = request;
			this.dates = new TreeSet<>(dates);
			this.all = all;
			this.eachDay = eachDay;
		}

		@Override
		public void startDay(LocalDate day) {
			standings = dates.contains(day) ? new HashMap<>() : null;
		}

		@Override
		public void household(LocalDate day, String householdCode, Dunning dunning, NoticeStatement notice) {
			if (standings != null) {
				standings.put(householdCode, dunning.assessment());
			}
		}

		@Override
		public void endDay(LocalDate day, int households) throws Exception {
			if (standings == null) {
				return;
			}
			Map<String, Computed> expected = computed(day, standings);
			standings = null;
			Map<String, StatedDocument> recorded = posted(day);
			if (request.mode() == Mode.RESTATE) {
				recorded.putAll(auditRuns.correctedDocuments(name(), day));
				recorded.values().removeIf(d -> d.fingerprint() == null);
			}
			List<Difference> differences = new ArrayList<>();
			List<CorrectedDocument> corrected = new ArrayList<>();
			for (String key : new TreeSet<>(union(expected, recorded))) {
				Computed computed = expected.get(key);
				StatedDocument want = computed == null ? null : computed.document();
				StatedDocument got = recorded.get(key);
				List<Difference> found = DocumentReconciliation.compare(day, want, got, lineKind());
				differences.addAll(found);
				if (!found.isEmpty() && !request.dryRun()) {
					corrected.add(want == null
							? new CorrectedDocument(name(), day,
									new StatedDocument(got.estateCode(), got.kind(), null, Map.of()), null)
							: new CorrectedDocument(name(), day, want, computed.issue().apply("R" + runId)));
				}
			}
			all.add(differences);
			if (!corrected.isEmpty()) {
				correctionsJob.post(name(), request.mode(),
						Corrections.ofDocuments(runId, day, LocalDateTime.now(clock), corrected));
				corrections += corrected.size();
			}
			eachDay.accept(new DayResult(day, households, differences.size(), corrected.size()));
		}

		private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
			List<String> keys = new ArrayList<>(a.keySet());
			keys.addAll(b.keySet());
			return keys;
		}

	}

}
