package io.arrears.collection;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import io.arrears.limitation.Interruption;
import io.arrears.limitation.LimitationClock;
import io.arrears.limitation.Receipt;

/**
 * What people recorded about one household that can prove an interruption of the
 * limitation period (SPEC §10): its contacts and holds, the receipts of its notices, and
 * the names of the collectors who made the contacts. The case file states it as the
 * evidence of each interruption.
 *
 * @param collectorNames by collector code: the version recorded last by the end of the
 * date, or the first version when all were recorded later (a collector imported after the
 * contacts it made is still the one who made them)
 */
public record RecordedEvidence(CollectionFacts facts, List<Receipt> receipts, Map<String, String> collectorNames) {

	public RecordedEvidence {
		receipts = List.copyOf(receipts);
		collectorNames = Map.copyOf(collectorNames);
	}

	public static RecordedEvidence none(String householdCode) {
		return new RecordedEvidence(CollectionFacts.none(householdCode), List.of(), Map.of());
	}

	/**
	 * The interruptions these facts prove on or before {@code asOf}, as
	 * {@code export limitation} counts them: each promise, each claim filed, the earliest
	 * receipt of each notice (payments are the ledger's).
	 */
	public List<Interruption> interruptions(LocalDate asOf) {
		List<Interruption> interruptions = new ArrayList<>(facts.interruptions(asOf));
		interruptions.addAll(LimitationClock.receipts(receipts));
		return interruptions;
	}

	/**
	 * The evidence of each of the households as known by the end of {@code asOf} (rows
	 * recorded later are not seen, as in a replay of that date): one query per table for
	 * all of them, never one per household.
	 */
	public static Map<String, RecordedEvidence> read(NamedParameterJdbcTemplate jdbc, Collection<String> households,
			LocalDate asOf) {
		if (households.isEmpty()) {
			return Map.of();
		}
		Visibility visibility = Visibility.endOf(asOf);
		MapSqlParameterSource parameters = new MapSqlParameterSource("households", households).addValue("asOf",
				Date.valueOf(asOf));
		Map<String, List<Contact>> contacts = new HashMap<>();
		Set<String> collectors = new HashSet<>();
		jdbc.query("SELECT * FROM contact WHERE household_code IN (:households) AND contacted_on <= :asOf"
				+ " ORDER BY contacted_on, reference", parameters, rs -> {
					Contact contact = CollectionRowsWriter.contact(rs);
					if (visibility.sees(contact.recordedAt())) {
						contacts.computeIfAbsent(contact.householdCode(), k -> new ArrayList<>()).add(contact);
						collectors.add(contact.collectorCode());
					}
				});
		Map<String, List<Hold>> holds = new HashMap<>();
		jdbc.query("SELECT * FROM collection_hold WHERE household_code IN (:households) AND from_date <= :asOf"
				+ " ORDER BY from_date, reference", parameters, rs -> {
					Hold hold = CollectionRowsWriter.hold(rs);
					if (visibility.sees(hold.recordedAt())) {
						holds.computeIfAbsent(hold.householdCode(), k -> new ArrayList<>()).add(hold);
					}
				});
		Map<String, List<Receipt>> receipts = new HashMap<>();
		jdbc.query("SELECT * FROM receipt WHERE household_code IN (:households) AND received_on <= :asOf"
				+ " ORDER BY received_on, receipt_id", parameters, rs -> {
					Receipt receipt = CollectionRowsWriter.receipt(rs);
					if (visibility.sees(receipt.recordedAt())) {
						receipts.computeIfAbsent(receipt.notice().householdCode(), k -> new ArrayList<>()).add(receipt);
					}
				});
		Map<String, String> names = new HashMap<>();
		if (!collectors.isEmpty()) {
			jdbc.query(
					"SELECT collector_code, name, recorded_at FROM collector WHERE collector_code IN (:codes)"
							+ " ORDER BY recorded_at, collector_id",
					new MapSqlParameterSource("codes", collectors), rs -> {
						String code = rs.getString("collector_code");
						LocalDateTime at = rs.getTimestamp("recorded_at").toLocalDateTime();
						if (!names.containsKey(code) || visibility.sees(at)) {
							names.put(code, rs.getString("name"));
						}
					});
		}
		Map<String, RecordedEvidence> evidence = new HashMap<>();
		for (String household : households) {
			List<Contact> c = contacts.getOrDefault(household, List.of());
			Map<String, String> n = new HashMap<>();
			for (Contact contact : c) {
				String name = names.get(contact.collectorCode());
				if (name != null) {
					n.put(contact.collectorCode(), name);
				}
			}
			evidence.put(household,
					new RecordedEvidence(new CollectionFacts(household, c, holds.getOrDefault(household, List.of())),
							receipts.getOrDefault(household, List.of()), n));
		}
		return evidence;
	}

}
