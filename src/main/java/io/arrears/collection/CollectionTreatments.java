package io.arrears.collection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.dunning.Dunning;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.HouseholdTreatment;
import io.arrears.dunning.Withheld;

/**
 * The dunning run's use of promises and holds (SPEC §9): {@link CollectionRules#treat}
 * for each household, with the contacts and holds recorded by the end of the run's date
 * (a replay of a past date sees what that day's run saw). The facts are read set-based: a
 * window of {@value #WINDOW} households at a time, in household order as the run reads
 * them, in one query for the contacts and one for the holds, never one per household.
 */
@Component
class CollectionTreatments implements HouseholdTreatment.Factory {

	static final int WINDOW = 1000;

	private final JdbcTemplate jdbc;

	private final CollectionRules rules;

	CollectionTreatments(JdbcTemplate jdbc, CollectionSettings collectionSettings) {
		this.jdbc = jdbc;
		this.rules = new CollectionRules(collectionSettings);
	}

	@Override
	public HouseholdTreatment forDate(LocalDate asOf) {
		return new DateTreatment(asOf);
	}

	/** One run date's treatment, confined to the step or partition that made it. */
	private final class DateTreatment implements HouseholdTreatment {

		private final LocalDate asOf;

		private final Visibility visibility;

		/** The window's first and last household, inclusive; last null: to the end. */
		private String first;

		private String last;

		private boolean loaded;

		private Map<String, List<Contact>> contacts = Map.of();

		private Map<String, List<Hold>> holds = Map.of();

		DateTreatment(LocalDate asOf) {
			this.asOf = asOf;
			this.visibility = Visibility.endOf(asOf);
		}

		@Override
		public Dunning treat(Dunning planned, HouseholdLedger household) {
			String code = household.householdCode();
			if (!inWindow(code)) {
				load(code);
			}
			List<Contact> c = contacts.getOrDefault(code, List.of());
			List<Hold> h = holds.getOrDefault(code, List.of());
			if (c.isEmpty() && h.isEmpty()) {
				return planned;
			}
			Treatment t = rules.treat(planned, household, new CollectionFacts(code, c, h), visibility);
			Suppression s = t.suppression();
			Withheld withheld = s == null ? null
					: new Withheld(s.notice(), s.cause().name(), s.reason(), s.reference(), s.until());
			Dunning done = t.dunning();
			return new Dunning(done.assessment(), done.lateFees(), done.notice(), withheld, t.listedPublicly());
		}

		private boolean inWindow(String code) {
			return loaded && code.compareTo(first) >= 0 && (last == null || code.compareTo(last) <= 0);
		}

		private void load(String code) {
			List<String> end = jdbc
				.queryForList("SELECT household_code FROM household WHERE household_code >= ? ORDER BY household_code"
						+ " LIMIT 1 OFFSET " + (WINDOW - 1), String.class, code);
			first = code;
			last = end.isEmpty() ? null : end.get(0);
			String range = last == null ? "household_code >= ?" : "household_code >= ? AND household_code <= ?";
			Object[] args = last == null ? new Object[] { code } : new Object[] { code, last };
			Map<String, List<Contact>> c = new HashMap<>();
			jdbc.query("SELECT * FROM contact WHERE " + range + " AND contacted_on <= ?", rs -> {
				Contact contact = CollectionRowsWriter.contact(rs);
				c.computeIfAbsent(contact.householdCode(), k -> new ArrayList<>()).add(contact);
			}, append(args, java.sql.Date.valueOf(asOf)));
			Map<String, List<Hold>> h = new HashMap<>();
			jdbc.query("SELECT * FROM collection_hold WHERE " + range + " AND from_date <= ?", rs -> {
				Hold hold = CollectionRowsWriter.hold(rs);
				h.computeIfAbsent(hold.householdCode(), k -> new ArrayList<>()).add(hold);
			}, append(args, java.sql.Date.valueOf(asOf)));
			contacts = c;
			holds = h;
			loaded = true;
		}

		private static Object[] append(Object[] args, Object last) {
			Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
			all[args.length] = last;
			return all;
		}

	}

}
