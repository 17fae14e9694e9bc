package io.arrears.ledger;

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
