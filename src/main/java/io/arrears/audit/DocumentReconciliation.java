package io.arrears.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.arrears.audit.Difference.Kind;

/**
 * Compares a document a re-run computes with the one posted, line by line: a document
 * issued or not, each line that differs, and, when every line agrees, a fingerprint that
 * does not (the posted document was not made from the data of its date). Plain Java.
 */
final class DocumentReconciliation {

	private DocumentReconciliation() {
	}

	/**
	 * @param expected what the re-run computes; null when the job should post nothing
	 * @param recorded what was posted; null when nothing was
	 * @param lineKind the kind of difference a line is
	 */
	static List<Difference> compare(LocalDate asOf, StatedDocument expected, StatedDocument recorded, Kind lineKind) {
		List<Difference> differences = new ArrayList<>();
		if (expected == null && recorded == null) {
			return differences;
		}
		if (expected == null || recorded == null) {
			StatedDocument either = expected == null ? recorded : expected;
			differences.add(new Difference(asOf, either.estateCode(), Kind.DOCUMENT, either.kind(), issued(expected),
					issued(recorded)));
			return differences;
		}
		Set<String> keys = new LinkedHashSet<>(expected.lines().keySet());
		keys.addAll(recorded.lines().keySet());
		for (String key : keys) {
			String want = expected.lines().get(key);
			String got = recorded.lines().get(key);
			if (!Objects.equals(want, got)) {
				String[] codeAndSubject = key.split(String.valueOf(StatedDocument.SEPARATOR), 2);
				differences
					.add(new Difference(asOf, codeAndSubject[0], lineKind, expected.kind() + " " + codeAndSubject[1],
							want == null ? "not listed" : want, got == null ? "not listed" : got));
			}
		}
		if (differences.isEmpty() && !expected.fingerprint().equals(recorded.fingerprint())) {
			differences.add(new Difference(asOf, expected.estateCode(), Kind.DOCUMENT, expected.kind(),
					"fingerprint " + expected.fingerprint(), "fingerprint " + recorded.fingerprint()));
		}
		return differences;
	}

	private static String issued(StatedDocument document) {
		return document == null ? DunningReconciliation.NONE : "issued, " + document.lines().size() + " lines";
	}

}
