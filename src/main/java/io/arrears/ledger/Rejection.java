package io.arrears.ledger;

import java.util.List;

import io.arrears.csv.CsvWriter;

/** A row turned away: its line number, why, and its text as it stood in the file. */
record Rejection(int line, String reason, String text) {

	/**
	 * The rejects file's columns. The original line is one field rather than its fields
	 * re-split: a rejected line may have the wrong number of fields or an open quote, and
	 * every row of the rejects file must still have the header's width.
	 */
	static final List<String> COLUMNS = List.of("line", "reason", "original_line");

	/** The rejects file's header line, without its line end. */
	static String csvHeader() {
		return CsvWriter.line(COLUMNS.toArray());
	}

	/**
	 * The rejects-file line, without its line end: {@code line,reason,original_line},
	 * quoted and defused as every CSV the pipeline writes.
	 */
	String toCsvLine() {
		return CsvWriter.line(line, reason, text);
	}

}
