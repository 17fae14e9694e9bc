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
 * A hold (or a {@code RELEASE}) entered by hand (the console's household page) rather
 * than imported: its fields go through the very rules of a line of {@code holds.csv}
 * ({@link CollectionCsv}, SPEC §9) and the import's checks against the database, into the
 * same append-only table, recorded now (the injected {@link Clock}). To the ladder and to
 * the audit it is the same thing as an imported hold.
 */
@Component
public class HoldEntry {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final JdbcTemplate jdbc;

	private final CollectionSettings settings;

	private final Clock clock;

	HoldEntry(JdbcTemplate jdbc, CollectionSettings collectionSettings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = collectionSettings;
		this.clock = clock;
	}

	/**
	 * What the form gave, as text: the same text a CSV cell would hold.
	 *
	 * @param untilDate empty for a {@code RELEASE}
	 * @param approvedBy the named person who decided the hold (the manager), required
	 */
	public record Form(String householdCode, String reason, String fromDate, String untilDate, String approvedBy,
			String note) {
	}

	/** The hold stored, or why it was not. */
	public record Entered(Hold hold, String rejection) {

		public boolean isRejected() {
			return rejection != null;
		}

	}

	/**
	 * Records the hold. Its reference is {@code WEB-HOLD-<household>-<time>}, the time to
	 * the second: the same form sent twice within a second is one hold.
	 */
	public Entered record(Form form) {
		LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		String reference = "WEB-HOLD-" + text(form.householdCode()) + "-" + now.format(STAMP);
		List<String> values = List.of(reference, text(form.householdCode()), text(form.reason()), text(form.fromDate()),
				text(form.untilDate()), text(form.approvedBy()), text(form.note()), now.toString());
		Parsed<Hold> parsed = CollectionCsv.hold(values, now, settings);
		List<Object[]> rejects = new ArrayList<>();
		new CollectionRowsWriter(CollectionFile.HOLDS, jdbc, 0, "console", now, settings).storeHolds(List.of(parsed),
				rejects);
		if (!rejects.isEmpty()) {
			return new Entered(null, CollectionRowsWriter.reason(rejects.get(0)));
		}
		return new Entered(parsed.value(), null);
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

}
