package io.arrears.ledger;

import java.util.List;

/**
 * One line of an import file as read: its line number in the file (the header is line 1),
 * its text as it stood, and its fields. {@code brokenField} is the 1-based column whose
 * quoting could not be read, 0 when none; a blank line has no fields.
 */
record CsvRow(int line, String text, List<String> fields, int brokenField) {

	static CsvRow blank(int line, String text) {
		return new CsvRow(line, text, List.of(), 0);
	}

	boolean isBlank() {
		return text.isBlank();
	}
}
