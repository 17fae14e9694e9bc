package io.arrears.ledger;

import java.nio.file.Path;

/**
 * The outcome of importing one file. {@code read} counts the data rows (blank lines
 * aside) and is the sum of the other three; {@code imported} counts rows added or, for
 * estates and households, updated; {@code unchanged} rows already held with the same
 * content; {@code rejectsFile} is {@code null} when nothing was rejected.
 */
public record FileSummary(String kind, Path file, long read, long imported, long unchanged, long rejected,
		Path rejectsFile) {

	@Override
	public String toString() {
		return kind + " " + file + ": " + read + " read, " + imported + " imported, " + unchanged + " unchanged, "
				+ rejected + " rejected" + (rejectsFile == null ? "" : " (see " + rejectsFile + ")");
	}
}
