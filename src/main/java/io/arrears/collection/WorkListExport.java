package io.arrears.collection;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import io.arrears.csv.CsvWriter;

/**
 * {@code export worklist --as-of D [--collector C]} (SPEC §9): each collector's work list
 * of D as CSV, {@link WorkLine#COLUMNS}. Each household is assessed as the run of D left
 * it (its ledger as of D, the late fees D posted included, so nothing is posted again),
 * then treated with its promises and holds ({@link CollectionRules#treat}); the last
 * notice is the registry's as of D. It names owners and phones: an internal document.
 */
@Component
public class WorkListExport {

	private final CollectionDays days;

	WorkListExport(CollectionDays days) {
		this.days = days;
	}

	/**
	 * Writes the header and the lines of every collector, or of {@code collector} only;
	 * returns the number of lines.
	 */
	public long write(LocalDate asOf, String collector, Writer out) {
		return write(lines(asOf, collector), out);
	}

	/**
	 * The lines of every collector's list of {@code asOf}, or of {@code collector}'s
	 * only, ranked as {@link #write} writes them: the console's work list page.
	 */
	public List<WorkLine> lines(LocalDate asOf, String collector) {
		List<WorkLine> lines = days.compute(asOf).lines();
		return collector == null ? lines : lines.stream().filter(l -> l.collectorCode().equals(collector)).toList();
	}

	/** Writes the header and the lines given; returns their number. */
	static long write(List<WorkLine> lines, Writer out) {
		CsvWriter csv = CsvWriter.withHeader(out, WorkLine.COLUMNS);
		for (WorkLine line : lines) {
			csv.row(line.fields());
		}
		csv.flush();
		return lines.size();
	}

}
