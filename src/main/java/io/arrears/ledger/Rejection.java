package io.arrears.ledger;

import java.util.List;

import io.arrears.csv.CsvWriter;

/** A row turned away: its line number, why, and its text as it stood in the file. */
record Rejection(int line, String reason, String text) {

	/**
	 * The most of a rejected line that is kept, in characters: a line of any length is a
	 * rejected row, but the table's column holds 64 KB on MySQL, and the person fixing
	 * the file needs the start of the line to find it, not all of it.
	 */
	static final int TEXT_MAX = 4000;

	/** The longest reason the table keeps. */
	static final int REASON_MAX = 500;

	/**
	 * A rejection of a line whose full length was {@code length} characters; a longer
	 * line than {@link #TEXT_MAX} is kept cut, and its reason says so.
	 */
	static Rejection of(int line, String reason, String text, int length) {
		String why = length > TEXT_MAX
				? reason + " (the line has " + length + " characters; only its first " + TEXT_MAX + " are kept here)"
				: reason;
		if (why.length() > REASON_MAX) {
			why = why.substring(0, REASON_MAX - 1) + "…";
		}
		return new Rejection(line, why, kept(text));
	}

	/**
	 * At most {@link #TEXT_MAX} characters of a line, never splitting a character that
	 * takes two UTF-16 units.
	 */
	static String kept(String text) {
		if (text.length() <= TEXT_MAX) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(TEXT_MAX - 1)) ? TEXT_MAX - 1 : TEXT_MAX;
		return text.substring(0, end);
	}

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
