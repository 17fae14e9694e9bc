package io.arrears.collection;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A contact entered by hand (the console's work list) rather than imported: its fields go
 * through the very rules of a line of {@code contacts.csv} ({@link CollectionCsv}) and
 * the import's checks against the database, into the same append-only table, recorded now
 * (the injected {@link Clock}). To the ladder and to the audit it is the same thing as an
 * imported contact.
 */
@Component
public class ContactEntry {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final JdbcTemplate jdbc;

	private final CollectionSettings settings;

	private final Clock clock;

	ContactEntry(JdbcTemplate jdbc, CollectionSettings collectionSettings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = collectionSettings;
		this.clock = clock;
	}

	/**
	 * What the form gave, as text: the same text a CSV cell would hold.
	 *
	 * @param promiseDate empty unless the outcome is {@code PROMISED}
	 * @param promiseAmount empty for the overdue principal
	 */
	public record Form(String householdCode, String collectorCode, String contactedOn, String channel, String outcome,
			String promiseDate, String promiseAmount, String note) {
	}

	/** The contact stored, or why it was not. */
	public record Entered(Contact contact, String rejection) {

		public boolean isRejected() {
			return rejection != null;
		}

	}

	/**
	 * Records the contact. Its reference is {@code WEB-<household>-<collector>-<time>},
	 * the time to the second: the same form sent twice within a second is one contact.
	 */
	public Entered record(Form form) {
		LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		String reference = "WEB-" + text(form.householdCode()) + "-" + text(form.collectorCode()) + "-"
				+ now.format(STAMP);
		List<String> values = List.of(reference, text(form.householdCode()), text(form.collectorCode()),
				text(form.contactedOn()), text(form.channel()), text(form.outcome()), text(form.promiseDate()),
				text(form.promiseAmount()), text(form.note()), now.toString());
		Parsed<Contact> parsed = CollectionCsv.contact(values, now, settings);
		List<Object[]> rejects = new ArrayList<>();
		new CollectionRowsWriter(CollectionFile.CONTACTS, jdbc, 0, "console", now, settings)
			.storeContacts(List.of(parsed), rejects);
		if (!rejects.isEmpty()) {
			return new Entered(null, CollectionRowsWriter.reason(rejects.get(0)));
		}
		return new Entered(parsed.value(), null);
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

}
