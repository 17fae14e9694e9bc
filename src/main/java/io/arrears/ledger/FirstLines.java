package io.arrears.ledger;

import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each code first appeared in the estates or households file being
 * imported, and what it said there. A later row that says the same counts once (SPEC §7:
 * a file is a set); a later row that says something else is a duplicate even when the
 * first was rejected: the file says two things about one key, and the person who fixes
 * the file should see both.
 */
final class FirstLines {

	/** A row's key compared with the rows before it. */
	enum Seen {

		/** the first row with its key */
		FIRST,
		/** the same as the first row with its key */
		SAME,
		/** other content than the first row with its key */
		OTHER

	}

	private record First(int line, Object content) {
	}

	private final String column;

	private final Map<String, First> lines = new HashMap<>();

	FirstLines(String column) {
		this.column = column;
	}

	Seen see(String key, int line, Object content) {
		First first = lines.putIfAbsent(key, new First(line, content));
		if (first == null) {
			return Seen.FIRST;
		}
		return first.content().equals(content) ? Seen.SAME : Seen.OTHER;
	}

	/** The rejection reason of a row whose key {@link #see} found with other content. */
	String duplicate(String key) {
		return "duplicate " + column + " " + Fields.quoted(key) + " with other content, first on line "
				+ lines.get(key).line();
	}

}
