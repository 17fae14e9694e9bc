package io.arrears.collection;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180) into fields, or says which field's quoting is broken. It
 * never throws: a bad line is a rejected row, not a failed import.
 *
 * @param brokenField the 1-based field whose quoting breaks RFC 4180 (a quote inside an
 * unquoted field, text after a closing quote, a quote never closed), 0 when well formed
 */
record CsvLine(List<String> fields, int brokenField) {

	static CsvLine split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		int n = line.length();
		while (true) {
			field.setLength(0);
			if (i < n && line.charAt(i) == '"') {
				i++;
				while (true) {
					if (i >= n) {
						return new CsvLine(List.of(), fields.size() + 1);
					}
					char c = line.charAt(i);
					if (c == '"') {
						if (i + 1 < n && line.charAt(i + 1) == '"') {
							field.append('"');
							i += 2;
							continue;
						}
						i++;
						break;
					}
					field.append(c);
					i++;
				}
				if (i < n && line.charAt(i) != ',') {
					return new CsvLine(List.of(), fields.size() + 1);
				}
			}
			else {
				while (i < n && line.charAt(i) != ',') {
					if (line.charAt(i) == '"') {
						return new CsvLine(List.of(), fields.size() + 1);
					}
					field.append(line.charAt(i));
					i++;
				}
			}
			fields.add(field.toString());
			if (i >= n) {
				return new CsvLine(List.copyOf(fields), 0);
			}
			i++;
		}
	}
}
