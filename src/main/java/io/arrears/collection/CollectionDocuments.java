package io.arrears.collection;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.document.DocumentRenderer;
import io.arrears.document.InternalFiles;

/**
 * The dunning run's internal documents of a date, per estate under
 * {@code <output>/<estate>/<date>/WORKLIST/}: {@code worklist-<date>.csv} (the columns of
 * {@code export worklist}, the estate's collectors) and {@code worklist-<date>.pdf} (a
 * page group per collector). They name owners and phones, so the folder and files are the
 * service user's alone ({@link InternalFiles}); no public document is ever written there.
 * Made from one {@link CollectionDays} pass; rewriting gives the same bytes, so a
 * restarted run needs no clean-up.
 */
final class CollectionDocuments {

	/** The folder of the work lists inside an estate's date folder. */
	static final String WORKLIST = "WORKLIST";

	private final CollectionDays days;

	private final JdbcTemplate jdbc;

	private final Path outputDir;

	/** The folder of the daily review inside an estate's date folder. */
	static final String REVIEW = "REVIEW";

	private final WorkListPdf workListPdf;

	private final ReviewPdf reviewPdf;

	private final ReviewRanks ranks;

	private final Executor threads;

	CollectionDocuments(CollectionDays days, JdbcTemplate jdbc, Path outputDir, Path templateFolder, Executor threads) {
		this.threads = threads;
		this.days = days;
		this.jdbc = jdbc;
		this.outputDir = outputDir;
		this.workListPdf = new WorkListPdf(templateFolder);
		this.reviewPdf = new ReviewPdf(templateFolder);
		this.ranks = new ReviewRanks(jdbc);
	}

	private record Estate(String code, String name, String company) {
	}

	/** The names of an estate's work-list files of a date. */
	static List<String> workListFiles(LocalDate asOf) {
		return List.of("worklist-" + asOf + ".csv", "worklist-" + asOf + ".pdf");
	}

	/** The names of an estate's daily-review files of a date. */
	static List<String> reviewFiles(LocalDate asOf) {
		return List.of("review-" + asOf + ".csv", "review-" + asOf + ".pdf");
	}

	/**
	 * Writes every estate's files; returns the number of work-list lines written. Where
	 * no collector was ever imported, the service centre does not work its arrears by
	 * list: nothing is written and the ledger is not read a second time
	 * ({@code export worklist} still lists every household in arrears as unassigned).
	 */
	long write(LocalDate asOf) {
		if (jdbc.queryForObject("SELECT COUNT(*) FROM collector", Long.class) == 0) {
			return 0;
		}
		CollectionDay day = days.compute(asOf);
		List<Estate> estates = jdbc.query("SELECT estate_code, name, company_name FROM estate ORDER BY estate_code",
				(rs, n) -> new Estate(rs.getString(1), rs.getString(2), rs.getString(3)));
		Map<String, Collector> collectors = new LinkedHashMap<>();
		day.coverage().collectors().forEach(c -> collectors.put(c.code(), c));
		List<ReviewLine> review = DailyReview.of(day, ranks.before(asOf));
		// the estates' files on the render threads: their PDFs are most of the step
		List<CompletableFuture<Integer>> writes = new ArrayList<>(estates.size());
		for (Estate estate : estates) {
			writes.add(CompletableFuture.supplyAsync(() -> write(asOf, estate, day, collectors, review), threads));
		}
		long written = 0;
		for (CompletableFuture<Integer> w : writes) {
			try {
				written += w.join();
			}
			catch (CompletionException e) {
				if (e.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw e;
			}
		}
		// recorded last: a failed step writes its files again and then its ranking
		ranks.record(asOf, review);
		return written;
	}

	/** One estate's work list and review, CSV and PDF; the number of work-list lines. */
	private int write(LocalDate asOf, Estate estate, CollectionDay day, Map<String, Collector> collectors,
			List<ReviewLine> review) {
		List<WorkLine> lines = day.linesOf(estate.code());
		Path folder = DocumentRenderer.folder(outputDir, estate.code(), asOf, WORKLIST);
		List<String> names = workListFiles(asOf);
		StringWriter csv = new StringWriter();
		WorkListExport.write(lines, csv);
		InternalFiles.write(folder.resolve(names.get(0)), csv.toString().getBytes(StandardCharsets.UTF_8));
		InternalFiles.write(folder.resolve(names.get(1)),
				workListPdf.render(estate.name(), estate.company(), asOf, lines, collectors));

		List<ReviewLine> estateReview = review.stream().filter(l -> l.estateCode().equals(estate.code())).toList();
		Path reviewFolder = DocumentRenderer.folder(outputDir, estate.code(), asOf, REVIEW);
		List<String> reviewNames = reviewFiles(asOf);
		StringWriter reviewCsv = new StringWriter();
		ReviewExport.write(estateReview, reviewCsv);
		InternalFiles.write(reviewFolder.resolve(reviewNames.get(0)),
				reviewCsv.toString().getBytes(StandardCharsets.UTF_8));
		InternalFiles.write(reviewFolder.resolve(reviewNames.get(1)),
				reviewPdf.render(estate.name(), estate.company(), asOf, estateReview));
		return lines.size();
	}

}
