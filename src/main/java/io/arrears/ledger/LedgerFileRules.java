package io.arrears.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a ledger file asks for, taken as a set (SPEC §7): the order of its rows does not
 * change what is stored. Plain Java; the import job hands it the rows of one reference,
 * then the reversals of one target, each with what the ledger already holds.
 *
 * <p>
 * Rows of one reference that say the same thing are one entry: the row that gives a
 * {@code recorded_at} (else the first) stands for them and the others count as unchanged.
 * Rows of one reference that disagree are all rejected, since the file does not say which
 * is right and keeping "the first" would make the ledger depend on the order. A reversal
 * is decided once every other entry of the file is, so that it may come before the entry
 * it cancels.
 */
final class LedgerFileRules {

	/** A parsed row of the file being imported. */
	record Staged(int line, LedgerRow row) {

		LedgerEntry entry() {
			return row.entry();
		}

	}

	/** What became of a row. */
	enum Verdict {

		/** stored as a new entry */
		IMPORTED('I'),
		/** already held (in the ledger, or by another row of the file) */
		UNCHANGED('U'),
		/** turned away, with a reason */
		REJECTED('X'),
		/** a reversal, decided once the entries of the file are */
		PENDING_REVERSAL('P'),
		/** the same row as a pending reversal of the same file, decided with it */
		TWIN('T');

		final char code;

		Verdict(char code) {
			this.code = code;
		}

		static Verdict of(String code) {
			for (Verdict v : values()) {
				if (code.charAt(0) == v.code) {
					return v;
				}
			}
			throw new IllegalArgumentException("no verdict " + code);
		}

	}

	/** The verdict on the row of a line; {@code entry} is what to store when imported. */
	record Decision(int line, Verdict verdict, String reason, LedgerEntry entry) {

		static Decision imported(Staged row) {
			return new Decision(row.line(), Verdict.IMPORTED, null, row.entry());
		}

		static Decision of(Staged row, Verdict verdict) {
			return new Decision(row.line(), verdict, null, null);
		}

		static Decision rejected(Staged row, String reason) {
			return new Decision(row.line(), Verdict.REJECTED, reason, null);
		}

	}

	/**
	 * What the ledger and the file already say about a reversal's target.
	 *
	 * @param entry the target in the ledger, or {@code null}
	 * @param reversedBy the reference of the ledger's reversal of it, or {@code null}
	 * @param fileReversalLine a line of the file that gives the target's reference to a
	 * REVERSAL, or {@code null}
	 * @param rejectedLine a line of the file that gives the target's reference and was
	 * rejected, or {@code null}
	 */
	record Target(String reference, LedgerEntry entry, String reversedBy, Integer fileReversalLine,
			Integer rejectedLine) {
	}

	/** A row of a reversal: pending, or the twin of one. */
	record Reversal(Staged row, Verdict verdict) {
	}

	private LedgerFileRules() {
	}

	/**
	 * The rows of the file that share one reference, in line order, against the entry the
	 * ledger holds under it ({@code null} when none).
	 */
	static List<Decision> byReference(List<Staged> rows, LedgerEntry stored, boolean householdKnown) {
		List<Decision> decisions = new ArrayList<>(rows.size());
		if (stored != null) {
			// each row is compared with what the ledger says, whatever the others say
			for (Staged row : rows) {
				String difference = difference(stored, row.entry(), row.row().recordedAtGiven());
				decisions.add(difference == null ? Decision.of(row, Verdict.UNCHANGED)
						: Decision.rejected(row, "reference " + Fields.quoted(row.entry().reference())
								+ " already in the ledger with other content: " + difference));
			}
			return decisions;
		}
		if (disagree(rows)) {
			for (Staged row : rows) {
				decisions.add(Decision.rejected(row, disagreement(row, rows)));
			}
			return decisions;
		}
		Staged first = rows.stream()
			.min(Comparator.comparing((Staged r) -> !r.row().recordedAtGiven()).thenComparingInt(Staged::line))
			.orElseThrow();
		for (Staged row : rows) {
			if (!householdKnown) {
				decisions.add(
						Decision.rejected(row, "unknown household_code " + Fields.quoted(row.entry().householdCode())));
			}
			else if (row != first) {
				decisions.add(Decision.of(row,
						first.entry().type() == EntryType.REVERSAL ? Verdict.TWIN : Verdict.UNCHANGED));
			}
			else if (row.entry().type() == EntryType.REVERSAL) {
				decisions.add(Decision.of(row, Verdict.PENDING_REVERSAL));
			}
			else {
				decisions.add(Decision.imported(row));
			}
		}
		return decisions;
	}

	/**
	 * The reversals of the file that name one target, each pending one with its twins, in
	 * reference then line order. A target may be reversed once: two reversals of it in
	 * the same file are both rejected, as the file does not say which one stands.
	 */
	static List<Decision> byTarget(Target target, List<Reversal> rows) {
		Map<String, List<Reversal>> byReference = rows.stream()
			.collect(Collectors.groupingBy(r -> r.row().entry().reference(), LinkedHashMap::new, Collectors.toList()));
		Map<String, String> reasons = new LinkedHashMap<>();
		Map<String, Staged> pending = new LinkedHashMap<>();
		for (Map.Entry<String, List<Reversal>> group : byReference.entrySet()) {
			Staged reversal = group.getValue()
				.stream()
				.filter(r -> r.verdict() == Verdict.PENDING_REVERSAL)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no pending reversal " + group.getKey()))
				.row();
			pending.put(group.getKey(), reversal);
			reasons.put(group.getKey(), problem(reversal.entry(), target));
		}
		List<Staged> standing = pending.values()
			.stream()
			.filter(r -> reasons.get(r.entry().reference()) == null)
			.toList();
		if (standing.size() > 1) {
			for (Staged reversal : standing) {
				Staged other = standing.stream().filter(r -> r != reversal).findFirst().orElseThrow();
				reasons.put(reversal.entry().reference(),
						"REVERSAL of " + Fields.quoted(target.reference()) + ", which this file also reverses by "
								+ Fields.quoted(other.entry().reference()) + " on line " + other.line());
			}
		}
		List<Decision> decisions = new ArrayList<>(rows.size());
		for (Reversal row : rows) {
			String reason = reasons.get(row.row().entry().reference());
			if (reason != null) {
				decisions.add(Decision.rejected(row.row(), reason));
			}
			else if (row.verdict() == Verdict.PENDING_REVERSAL) {
				decisions.add(Decision.imported(row.row()));
			}
			else {
				decisions.add(Decision.of(row.row(), Verdict.UNCHANGED));
			}
		}
		return decisions;
	}

	private static String problem(LedgerEntry reversal, Target target) {
		String name = Fields.quoted(target.reference());
		LedgerEntry entry = target.entry();
		if (entry == null) {
			if (target.fileReversalLine() != null) {
				return "REVERSAL of " + name + ", which is itself a REVERSAL (line " + target.fileReversalLine() + ")";
			}
			if (target.rejectedLine() != null) {
				return "REVERSAL of " + name + ", whose own row on line " + target.rejectedLine() + " is rejected";
			}
			return "REVERSAL of unknown reference " + name;
		}
		if (entry.type() == EntryType.REVERSAL) {
			return "REVERSAL of " + name + ", which is itself a REVERSAL";
		}
		if (!entry.householdCode().equals(reversal.householdCode())) {
			return "REVERSAL for household " + reversal.householdCode() + " of " + name
					+ ", which belongs to household " + entry.householdCode();
		}
		if (target.reversedBy() != null) {
			return "REVERSAL of " + name + ", which is already reversed by " + Fields.quoted(target.reversedBy());
		}
		return null;
	}

	private static boolean disagree(List<Staged> rows) {
		for (Staged a : rows) {
			for (Staged b : rows) {
				if (a.line() < b.line() && differs(a, b) != null) {
					return true;
				}
			}
		}
		return false;
	}

	private static String disagreement(Staged row, List<Staged> rows) {
		String reference = Fields.quoted(row.entry().reference());
		for (Staged other : rows) {
			String difference = other == row ? null : differs(other, row);
			if (difference != null) {
				return "duplicate reference " + reference + " with other content on line " + other.line() + ": "
						+ difference;
			}
		}
		// it agrees with each of them, but they do not agree with each other
		return "duplicate reference " + reference + " given with other content on lines "
				+ rows.stream()
					.filter(r -> r != row)
					.map(r -> String.valueOf(r.line()))
					.collect(Collectors.joining(", "));
	}

	/** A row's difference from another row: an empty recorded_at matches any. */
	private static String differs(Staged there, Staged here) {
		return difference(there.entry(), here.entry(), there.row().recordedAtGiven() && here.row().recordedAtGiven());
	}

	/**
	 * The first field in which {@code here} does not say what {@code there} says, as a
	 * reason's tail, or {@code null} when it says the same.
	 */
	static String difference(LedgerEntry there, LedgerEntry here, boolean compareRecordedAt) {
		String field = null;
		Object was = null;
		Object is = null;
		if (!there.householdCode().equals(here.householdCode())) {
			field = "household_code";
			was = there.householdCode();
			is = here.householdCode();
		}
		else if (there.type() != here.type()) {
			field = "entry_type";
			was = there.type();
			is = here.type();
		}
		else if (!Objects.equals(there.feeItem(), here.feeItem())) {
			field = "fee_item";
			was = there.feeItem();
			is = here.feeItem();
		}
		else if (!Objects.equals(there.period(), here.period())) {
			field = "period";
			was = there.period();
			is = here.period();
		}
		else if (there.amount().compareTo(here.amount()) != 0) {
			field = "amount";
			was = there.amount().toPlainString();
			is = here.amount().toPlainString();
		}
		else if (!there.effectiveDate().equals(here.effectiveDate())) {
			field = "effective_date";
			was = there.effectiveDate();
			is = here.effectiveDate();
		}
		else if (compareRecordedAt && !there.recordedAt().equals(here.recordedAt())) {
			field = "recorded_at";
			was = there.recordedAt();
			is = here.recordedAt();
		}
		else if (!Objects.equals(there.reverses(), here.reverses())) {
			field = "reverses";
			was = there.reverses();
			is = here.reverses();
		}
		return field == null ? null : field + " " + shown(was) + " there, " + shown(is) + " here";
	}

	private static String shown(Object value) {
		return value == null ? "empty" : Fields.quoted(value.toString());
	}

}
