package io.arrears.ledger;

/** A row turned away: its line number, why, and its text as it stood in the file. */
record Rejection(int line, String reason, String text) {

	/**
	 * The rejects-file line: {@code line,reason,} then the original fields exactly as
	 * they were.
	 */
	String toCsvLine() {
		return line + "," + quote(reason) + "," + text;
	}

	private static String quote(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}
}
