package io.arrears.collection;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.dunning.NoticeKind;
import io.arrears.limitation.NoticeKey;
import io.arrears.limitation.Receipt;
import io.arrears.limitation.ReceiptMethod;

/**
 * The contacts, holds and receipts of households read in household order, a window of
 * {@value #WINDOW} households at a time: one query per table per window, never one per
 * household. Only what happened by the as-of date is read; visibility by
 * {@code recorded_at} is the caller's. Confined to one thread.
 */
final class FactsWindow {

	static final int WINDOW = 1000;

	private final JdbcTemplate jdbc;

	private final LocalDate asOf;

	/** The window's first and last household, inclusive; last null: to the end. */
	private String first;

	private String last;

	private boolean loaded;

	private Map<String, List<Contact>> contacts = Map.of();

	private Map<String, List<Hold>> holds = Map.of();

	private Map<String, List<Receipt>> receipts = Map.of();

	FactsWindow(JdbcTemplate jdbc, LocalDate asOf) {
		this.jdbc = jdbc;
		this.asOf = asOf;
	}

	CollectionFacts facts(String household) {
		move(household);
		return new CollectionFacts(household, contacts.getOrDefault(household, List.of()),
				holds.getOrDefault(household, List.of()));
	}

	List<Receipt> receipts(String household) {
		move(household);
		return receipts.getOrDefault(household, List.of());
	}

	private void move(String code) {
		if (loaded && code.compareTo(first) >= 0 && (last == null || code.compareTo(last) <= 0)) {
			return;
		}
		List<String> end = jdbc.queryForList("SELECT household_code FROM household WHERE household_code >= ?"
				+ " ORDER BY household_code LIMIT 1 OFFSET " + (WINDOW - 1), String.class, code);
		first = code;
		last = end.isEmpty() ? null : end.get(0);
		String range = last == null ? "household_code >= ?" : "household_code >= ? AND household_code <= ?";
		Object[] args = last == null ? new Object[] { code, Date.valueOf(asOf) }
				: new Object[] { code, last, Date.valueOf(asOf) };
		Map<String, List<Contact>> c = new HashMap<>();
		jdbc.query("SELECT * FROM contact WHERE " + range + " AND contacted_on <= ?", rs -> {
			Contact contact = CollectionRowsWriter.contact(rs);
			c.computeIfAbsent(contact.householdCode(), k -> new ArrayList<>()).add(contact);
		}, args);
		Map<String, List<Hold>> h = new HashMap<>();
		jdbc.query("SELECT * FROM collection_hold WHERE " + range + " AND from_date <= ?", rs -> {
			Hold hold = CollectionRowsWriter.hold(rs);
			h.computeIfAbsent(hold.householdCode(), k -> new ArrayList<>()).add(hold);
		}, args);
		Map<String, List<Receipt>> r = new HashMap<>();
		jdbc.query("SELECT * FROM receipt WHERE " + range + " AND received_on <= ?", rs -> {
			Receipt receipt = new Receipt(
					new NoticeKey(rs.getString("household_code"), NoticeKind.valueOf(rs.getString("kind")),
							rs.getInt("number"), rs.getObject("episode_due_date", LocalDate.class)),
					rs.getObject("received_on", LocalDate.class), ReceiptMethod.valueOf(rs.getString("method")),
					rs.getString("tracking"), rs.getObject("recorded_at", LocalDateTime.class));
			r.computeIfAbsent(receipt.notice().householdCode(), k -> new ArrayList<>()).add(receipt);
		}, args);
		contacts = c;
		holds = h;
		receipts = r;
		loaded = true;
	}

}
