package io.arrears.collection;

import java.util.List;
import java.util.function.Function;

import io.arrears.ledger.Fields;
import io.arrears.ledger.Fields.Rejected;

/**
 * Parses one line of a collection file (SPEC §9, §10) into its row or the reason it is
 * rejected: the quoting and column count here, the typed fields with the ledger import's
 * own {@link Fields}, so that a reason reads the same whichever file it comes from.
 */
final class RowFields {

	private RowFields() {
	}

	/**
	 * Parses a line of the given file with {@code parser}; a line whose quoting or column
	 * count is wrong, or whose fields the parser refuses, is a rejected row.
	 */
	static <T> Parsed<T> parse(CollectionFile file, String headerLine, int line, String text,
			Function<Fields, T> parser, boolean recordedAtGiven) {
		file.checkHeader(headerLine);
		List<String> columns = file.columns();
		CsvLine csv = CsvLine.split(text);
		if (csv.brokenField() > 0) {
			int i = csv.brokenField();
			String name = i <= columns.size() ? columns.get(i - 1) + " (column " + i + ")" : "in column " + i;
			return Parsed.rejected(line, text, "malformed field " + name + ": stray or unbalanced quote");
		}
		if (csv.fields().size() != columns.size()) {
			return Parsed.rejected(line, text,
					"wrong column count: expected " + columns.size() + ", found " + csv.fields().size());
		}
		return parse(file, line, text, csv.fields(), parser, recordedAtGiven);
	}

	/**
	 * Parses the fields of a row given one by one (a form, not a line of a file) with
	 * {@code parser}, as
	 * {@link #parse(CollectionFile, String, int, String, Function, boolean)} parses those
	 * of a line.
	 */
	static <T> Parsed<T> parse(CollectionFile file, int line, String text, List<String> values,
			Function<Fields, T> parser, boolean recordedAtGiven) {
		List<String> columns = file.columns();
		if (values.size() != columns.size()) {
			throw new IllegalArgumentException("a " + file.kind() + " row has " + columns.size() + " fields");
		}
		Fields fields = Fields.of(columns, values);
		try {
			T value = parser.apply(fields);
			return Parsed.accepted(line, text, value,
					recordedAtGiven && columns.contains("recorded_at") && !fields.raw("recorded_at").isEmpty());
		}
		catch (Rejected e) {
			return Parsed.rejected(line, text, e.getMessage());
		}
	}

}
