package io.arrears.ledger;

import java.util.List;

/** The outcome of an import, one summary per file given, in the order imported. */
public record ImportSummary(List<FileSummary> files) {

	public ImportSummary {
		files = List.copyOf(files);
	}

	/**
	 * Whether any row of any file was turned away: the command line then exits with
	 * status 3.
	 */
	public boolean hasRejects() {
		return files.stream().anyMatch(f -> f.rejected() > 0);
	}
}
