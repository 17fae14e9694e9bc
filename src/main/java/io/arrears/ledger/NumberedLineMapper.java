package io.arrears.ledger;

import java.util.List;

import org.springframework.batch.infrastructure.item.file.LineMapper;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;

/**
 * Splits a CSV line into fields and keeps the line number the reader passes, so that a
 * rejected row can be found in the file. It never throws for a bad line: a bad line is a
 * rejected row, not a failed import. Quoting is checked here because the tokenizer is
 * lenient with a stray quote and would silently merge the fields after it.
 */
final class NumberedLineMapper implements LineMapper<CsvRow> {

	private final DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer();

	@Override
	public CsvRow mapLine(String line, int lineNumber) {
		if (line.isBlank()) {
			return CsvRow.blank(lineNumber, line);
		}
		int broken = brokenField(line);
		if (broken > 0) {
			return new CsvRow(lineNumber, line, List.of(), broken);
		}
		return new CsvRow(lineNumber, line, List.of(tokenizer.tokenize(line).getValues()), 0);
	}

	/**
	 * The 1-based field whose quoting breaks RFC 4180 (a quote inside an unquoted field,
	 * text after a closing quote, a quote never closed), or 0 when the line is well
	 * formed.
	 */
	static int brokenField(String line) {
		int field = 1;
		int i = 0;
		int n = line.length();
		while (true) {
			if (i < n && line.charAt(i) == '"') {
				i++;
				while (true) {
					if (i >= n) {
						return field;
					}
					if (line.charAt(i) == '"') {
						if (i + 1 < n && line.charAt(i + 1) == '"') {
							i += 2;
							continue;
						}
						i++;
						break;
					}
					i++;
				}
				if (i < n && line.charAt(i) != ',') {
					return field;
				}
			}
			else {
				while (i < n && line.charAt(i) != ',') {
					if (line.charAt(i) == '"') {
						return field;
					}
					i++;
				}
			}
			if (i >= n) {
				return 0;
			}
			i++;
			field++;
		}
	}

}
