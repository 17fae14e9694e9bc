package io.arrears.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Households are master data like estates (owners move, phones change), and each must
 * belong to an estate already known: the estates file is imported first for that reason.
 */
final class HouseholdImporter implements ChunkImporter<HouseholdRow> {

	static final String SELECT_ESTATES = "SELECT estate_code FROM estate WHERE estate_code IN (:codes)";

	static final String SELECT = """
			SELECT household_code, estate_code, building, unit, room, area_sqm, owner_name, owner_phone,
			       mailing_address, tags
			  FROM household
			 WHERE household_code IN (:codes)
			""";

	static final String INSERT = """
			INSERT INTO household (estate_code, building, unit, room, area_sqm, owner_name, owner_phone,
			    mailing_address, tags, household_code)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	static final String UPDATE = """
			UPDATE household SET estate_code = ?, building = ?, unit = ?, room = ?, area_sqm = ?, owner_name = ?,
			       owner_phone = ?, mailing_address = ?, tags = ?
			 WHERE household_code = ?
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final FirstLines firstLines = new FirstLines("household_code");

	HouseholdImporter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Outcome importRows(List<ImportRow<HouseholdRow>> rows) {
		Set<String> estates = estates(rows.stream().map(r -> r.value().estateCode()).distinct().toList());
		Map<String, HouseholdRow> stored = stored(rows.stream().map(r -> r.value().code()).distinct().toList());
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<Rejection> rejections = new ArrayList<>();
		long unchanged = 0;
		for (ImportRow<HouseholdRow> row : rows) {
			HouseholdRow household = row.value();
			FirstLines.Seen seen = firstLines.see(household.code(), row.line(), household);
			HouseholdRow old = stored.get(household.code());
			if (seen == FirstLines.Seen.OTHER) {
				rejections.add(row.reject(firstLines.duplicate(household.code())));
			}
			else if (seen == FirstLines.Seen.SAME) {
				// the file says it twice: once is enough, and it is counted once
				unchanged++;
			}
			else if (!estates.contains(household.estateCode())) {
				rejections.add(row.reject("unknown estate_code " + Fields.quoted(household.estateCode())));
			}
			else if (old == null) {
				inserts.add(values(household));
			}
			else if (old.equals(household)) {
				unchanged++;
			}
			else {
				updates.add(values(household));
			}
		}
		jdbc.getJdbcTemplate().batchUpdate(INSERT, inserts);
		jdbc.getJdbcTemplate().batchUpdate(UPDATE, updates);
		return new Outcome(inserts.size() + updates.size(), unchanged, rejections);
	}

	private Set<String> estates(List<String> codes) {
		if (codes.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				jdbc.queryForList(SELECT_ESTATES, new MapSqlParameterSource("codes", codes), String.class));
	}

	private Map<String, HouseholdRow> stored(List<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return jdbc
			.query(SELECT, new MapSqlParameterSource("codes", codes),
					(rs, i) -> new HouseholdRow(rs.getString("household_code"), rs.getString("estate_code"),
							rs.getString("building"), rs.getString("unit"), rs.getString("room"),
							rs.getBigDecimal("area_sqm"), rs.getString("owner_name"), rs.getString("owner_phone"),
							rs.getString("mailing_address"), rs.getString("tags")))
			.stream()
			.collect(Collectors.toMap(HouseholdRow::code, Function.identity()));
	}

	private static Object[] values(HouseholdRow h) {
		return new Object[] { h.estateCode(), h.building(), h.unit(), h.room(), h.areaSqm(), h.ownerName(),
				h.ownerPhone(), h.mailingAddress(), h.tags(), h.code() };
	}

}
