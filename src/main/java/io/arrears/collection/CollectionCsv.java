package io.arrears.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.arrears.dunning.NoticeKind;
import io.arrears.dunning.Team;
import io.arrears.limitation.NoticeKey;
import io.arrears.limitation.Receipt;
import io.arrears.limitation.ReceiptMethod;
import io.arrears.ledger.Fields;

/**
 * The line-level reading of the four files of SPEC §9 and §10: a header and one line in,
 * a row or the reason it is rejected out. What needs other rows or the database (a
 * reference already stored with other content, an unknown household or collector, a
 * receipt for a notice never issued, two rows of one collector in one file) is the
 * import's to check.
 *
 * <p>
 * A header that is not the file's throws {@link IllegalArgumentException}: the whole file
 * is refused, as the ledger import refuses it.
 */
public final class CollectionCsv {

	private static final int CODE = 64;

	private static final int NAME = 100;

	private static final int NOTE = 500;

	private static final int TRACKING = 100;

	private static final int BUILDING = 32;

	private CollectionCsv() {
	}

	/**
	 * A line of {@code collectors.csv}. The file has no {@code recorded_at}: the row is
	 * recorded at {@code importedAt}.
	 */
	public static Parsed<Collector> collector(String header, int line, String text, LocalDateTime importedAt) {
		return RowFields.parse(CollectionFile.COLLECTORS, header, line, text, f -> {
			String code = f.code("collector_code", CODE);
			String name = f.required("name", NAME);
			String phone = f.optional("phone", CODE);
			Team team = f.choice("team", Team.class);
			String estate = f.code("estate_code", CODE);
			Set<String> buildings = buildings(f.optional("buildings", 400));
			boolean active = switch (f.required("active", 5)) {
				case "true" -> true;
				case "false" -> false;
				default -> throw Fields
					.reject("bad value in active: " + Fields.quoted(f.raw("active")) + ", expected true or false");
			};
			return new Collector(code, name, phone, team, estate, buildings, active, importedAt);
		}, false);
	}

	private static Set<String> buildings(String value) {
		if (value == null) {
			return Set.of();
		}
		Set<String> buildings = new LinkedHashSet<>();
		for (String b : Arrays.stream(value.split(";", -1)).map(String::strip).toList()) {
			if (b.isEmpty()) {
				throw Fields.reject("malformed field buildings: an empty building between ';'");
			}
			if (b.codePointCount(0, b.length()) > BUILDING) {
				throw Fields.reject("malformed field buildings: building " + Fields.quoted(b) + " is longer than "
						+ BUILDING + " characters");
			}
			buildings.add(b);
		}
		return buildings;
	}

	/**
	 * A line of {@code contacts.csv}: a promise's date is required with {@code PROMISED}
	 * only, on or after the contact and at most {@code max-promise-days} after it.
	 */
	public static Parsed<Contact> contact(String header, int line, String text, LocalDateTime importedAt,
			CollectionSettings settings) {
		return RowFields.parse(CollectionFile.CONTACTS, header, line, text, f -> contact(f, importedAt, settings),
				true);
	}

	/**
	 * A contact given field by field in {@link CollectionFile#CONTACTS} order (the
	 * console's form), read with exactly the rules of a line of {@code contacts.csv}.
	 */
	public static Parsed<Contact> contact(List<String> values, LocalDateTime importedAt, CollectionSettings settings) {
		return RowFields.parse(CollectionFile.CONTACTS, 1, String.join(",", values), values,
				f -> contact(f, importedAt, settings), true);
	}

	private static Contact contact(Fields f, LocalDateTime importedAt, CollectionSettings settings) {
		String reference = f.reference("reference");
		String household = f.code("household_code", CODE);
		String collector = f.code("collector_code", CODE);
		LocalDate contactedOn = f.date("contacted_on");
		Channel channel = f.choice("channel", Channel.class);
		Outcome outcome = f.choice("outcome", Outcome.class);
		LocalDate promiseDate = f.optionalDate("promise_date");
		BigDecimal amount = f.decimal("promise_amount", false, 12);
		String note = f.optional("note", NOTE);
		LocalDateTime recordedAt = f.optionalDateTime("recorded_at");
		if (outcome == Outcome.PROMISED) {
			if (promiseDate == null) {
				throw Fields.reject("missing field promise_date: a PROMISED contact says by when");
			}
			if (promiseDate.isBefore(contactedOn)) {
				throw Fields.reject("promise_date " + promiseDate + " is before contacted_on " + contactedOn);
			}
			if (promiseDate.isAfter(contactedOn.plusDays(settings.maxPromiseDays()))) {
				throw Fields.reject("promise_date " + promiseDate + " is more than " + settings.maxPromiseDays()
						+ " days (max-promise-days) after contacted_on " + contactedOn);
			}
			if (amount != null && amount.signum() <= 0) {
				throw Fields.reject("negative or zero promise_amount: " + amount.toPlainString());
			}
		}
		else if (promiseDate != null || amount != null) {
			throw Fields.reject("promise_date or promise_amount given on a " + outcome
					+ " contact: only a PROMISED contact makes a promise");
		}
		checkRecorded(contactedOn, recordedAt, "contacted_on");
		return new Contact(reference, household, collector, contactedOn, channel, outcome, promiseDate, amount, note,
				recordedAt == null ? importedAt : recordedAt);
	}

	/**
	 * A line of {@code holds.csv}: {@code until_date} empty for a {@code RELEASE}, else
	 * required, on or after {@code from_date} and at most {@code max-hold-days} after it.
	 */
	public static Parsed<Hold> hold(String header, int line, String text, LocalDateTime importedAt,
			CollectionSettings settings) {
		return RowFields.parse(CollectionFile.HOLDS, header, line, text, f -> hold(f, importedAt, settings), true);
	}

	/**
	 * A hold given field by field in {@link CollectionFile#HOLDS} order (the console's
	 * form), read with exactly the rules of a line of {@code holds.csv}.
	 */
	public static Parsed<Hold> hold(List<String> values, LocalDateTime importedAt, CollectionSettings settings) {
		return RowFields.parse(CollectionFile.HOLDS, 1, String.join(",", values), values,
				f -> hold(f, importedAt, settings), true);
	}

	private static Hold hold(Fields f, LocalDateTime importedAt, CollectionSettings settings) {
		String reference = f.reference("reference");
		String household = f.code("household_code", CODE);
		HoldReason reason = f.choice("reason", HoldReason.class);
		LocalDate from = f.date("from_date");
		LocalDate until = f.optionalDate("until_date");
		String approvedBy = f.required("approved_by", NAME);
		String note = f.optional("note", NOTE);
		LocalDateTime recordedAt = f.optionalDateTime("recorded_at");
		if (reason == HoldReason.RELEASE) {
			if (until != null) {
				throw Fields.reject("until_date given on a RELEASE: a release ends holds from its from_date on");
			}
		}
		else {
			if (until == null) {
				throw Fields.reject("missing field until_date: a " + reason + " hold ends on a date");
			}
			if (until.isBefore(from)) {
				throw Fields.reject("until_date " + until + " is before from_date " + from);
			}
			if (until.isAfter(from.plusDays(settings.maxHoldDays()))) {
				throw Fields.reject("until_date " + until + " is more than " + settings.maxHoldDays()
						+ " days (max-hold-days) after from_date " + from);
			}
		}
		return new Hold(reference, household, reason, from, until, approvedBy, note,
				recordedAt == null ? importedAt : recordedAt);
	}

	/**
	 * A line of {@code receipts.csv}: a reminder is numbered 1 to 10, a lawyer's letter
	 * 0; EMS, registered mail and a hand delivery carry their tracking number or witness.
	 */
	public static Parsed<Receipt> receipt(String header, int line, String text, LocalDateTime importedAt) {
		return RowFields.parse(CollectionFile.RECEIPTS, header, line, text, f -> {
			String household = f.code("household_code", CODE);
			NoticeKind kind = f.choice("kind", NoticeKind.class);
			int number = f.integer("number");
			LocalDate episode = f.date("episode_due_date");
			LocalDate receivedOn = f.date("received_on");
			ReceiptMethod method = f.choice("method", ReceiptMethod.class);
			String tracking = f.optional("tracking", TRACKING);
			LocalDateTime recordedAt = f.optionalDateTime("recorded_at");
			switch (kind) {
				case REMINDER -> {
					if (number < 1 || number > 10) {
						throw Fields.reject("a REMINDER is numbered 1 to 10, found " + number);
					}
				}
				case LAWYER_LETTER -> {
					if (number != 0) {
						throw Fields.reject("a LAWYER_LETTER is number 0, found " + number);
					}
				}
				case CASE_FILE -> throw Fields.reject(
						"a CASE_FILE goes to the arbitration, not to the owner: a claim filed is a LITIGATION hold");
			}
			if (receivedOn.isBefore(episode)) {
				throw Fields.reject("received_on " + receivedOn + " is before the episode's due date " + episode
						+ ": no notice of that episode existed yet");
			}
			if (method.needsTracking() && tracking == null) {
				throw Fields.reject("missing field tracking: a receipt by " + method
						+ " is proved by its tracking number or witness");
			}
			checkRecorded(receivedOn, recordedAt, "received_on");
			return new Receipt(new NoticeKey(household, kind, number, episode), receivedOn, method, tracking,
					recordedAt == null ? importedAt : recordedAt);
		}, true);
	}

	/** Nothing is recorded before it happened. */
	private static void checkRecorded(LocalDate happened, LocalDateTime recordedAt, String column) {
		if (recordedAt != null && happened.isAfter(recordedAt.toLocalDate())) {
			throw Fields.reject(column + " " + happened + " is after recorded_at " + recordedAt
					+ ": a row cannot be recorded before it happened");
		}
	}

}
