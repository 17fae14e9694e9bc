package io.arrears.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Estates are master data: a new code is added, a known code with other content is
 * updated (a new manager, a new phone), a known code with the same content is left alone.
 */
final class EstateImporter implements ChunkImporter<EstateRow> {

	static final String SELECT = """
			SELECT estate_code, name, company_name, service_phone, manager_name, address
			  FROM estate
			 WHERE estate_code IN (:codes)
			""";

	static final String INSERT = """
			INSERT INTO estate (name, company_name, service_phone, manager_name, address, estate_code)
			VALUES (?, ?, ?, ?, ?, ?)
			""";

	static final String UPDATE = """
			UPDATE estate SET name = ?, company_name = ?, service_phone = ?, manager_name = ?, address = ?
			 WHERE estate_code = ?
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final FirstLines firstLines = new FirstLines("estate_code");

	EstateImporter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Outcome importRows(List<ImportRow<EstateRow>> rows) {
		Map<String, EstateRow> stored = stored(rows.stream().map(r -> r.value().code()).distinct().toList());
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<Rejection> rejections = new ArrayList<>();
		long unchanged = 0;
		for (ImportRow<EstateRow> row : rows) {
			EstateRow estate = row.value();
			FirstLines.Seen seen = firstLines.see(estate.code(), row.line(), estate);
			EstateRow old = stored.get(estate.code());
			if (seen == FirstLines.Seen.OTHER) {
				rejections.add(row.reject(firstLines.duplicate(estate.code())));
			}
			else if (seen == FirstLines.Seen.SAME) {
				// the file says it twice: once is enough, and it is counted once
				unchanged++;
			}
			else if (old == null) {
				inserts.add(values(estate));
			}
			else if (old.equals(estate)) {
				unchanged++;
			}
			else {
				updates.add(values(estate));
			}
		}
		jdbc.getJdbcTemplate().batchUpdate(INSERT, inserts);
		jdbc.getJdbcTemplate().batchUpdate(UPDATE, updates);
		return new Outcome(inserts.size() + updates.size(), unchanged, rejections);
	}

	private Map<String, EstateRow> stored(List<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return jdbc
			.query(SELECT, new MapSqlParameterSource("codes", codes),
					(rs, i) -> new EstateRow(rs.getString("estate_code"), rs.getString("name"),
							rs.getString("company_name"), rs.getString("service_phone"), rs.getString("manager_name"),
							rs.getString("address")))
			.stream()
			.collect(Collectors.toMap(EstateRow::code, Function.identity()));
	}

	private static Object[] values(EstateRow e) {
		return new Object[] { e.name(), e.companyName(), e.servicePhone(), e.managerName(), e.address(), e.code() };
	}

}
