package io.arrears.estate;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import io.arrears.batch.Databases;
import io.arrears.dunning.HouseholdLedgerReader;
import io.arrears.dunning.Stage;
import io.arrears.document.EstateInfo;
import io.arrears.document.HouseholdRef;
import io.arrears.document.PublicName;

/**
 * The bulletin job's read: a date's stage history, one query over every estate, grouped
 * by estate in delivery order; a household a promise or hold keeps off the public lists
 * that day (SPEC §9) is left out. Numbers are ordered as numbers (building 2 before
 * building 10) by sorting on length first, which keeps the query the same on H2 and
 * MySQL.
 */
final class StageHistoryReaders {

	static final String SQL = """
			SELECT e.estate_code, e.name, e.company_name, e.manager_name, e.address, e.public_name_mode,
			       h.household_code, h.building, h.unit, h.room, h.owner_name,
			       s.stage, s.days_overdue, s.oldest_due_date, s.principal_overdue
			  FROM stage_history s
			  JOIN household h ON h.household_code = s.household_code
			  JOIN estate e ON e.estate_code = h.estate_code
			 WHERE s.as_of = ?
			   AND s.listed_publicly = TRUE
			   AND e.estate_code > ?
			 ORDER BY e.estate_code, CHAR_LENGTH(h.building), h.building, CHAR_LENGTH(h.unit), h.unit,
			          CHAR_LENGTH(h.room), h.room, h.household_code
			""";

	private StageHistoryReaders() {
	}

	static ByEstateReader<Row, EstateStages> reader(DataSource dataSource, LocalDate asOf) {
		return new ByEstateReader<>("stageHistoryByEstate", dataSource, SQL, List.of(Date.valueOf(asOf)),
				StageHistoryReaders::row, r -> r.estate().code(), rows -> new EstateStages(rows.get(0).estate(),
						rows.get(0).publicName(), rows.stream().map(Row::household).toList()),
				Databases.streamingFetchSize(dataSource));
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		Date oldest = rs.getDate("oldest_due_date");
		return row(rs, Stage.valueOf(rs.getString("stage")), rs.getInt("days_overdue"),
				oldest == null ? null : oldest.toLocalDate(), rs.getBigDecimal("principal_overdue").setScale(2));
	}

	/**
	 * A row of {@link #SQL}, or of a query with the same estate and household columns,
	 * with the given standing.
	 */
	static Row row(ResultSet rs, Stage stage, int daysOverdue, LocalDate oldestDueDate, BigDecimal principalOverdue)
			throws SQLException {
		String estateCode = rs.getString("estate_code");
		// No phone on a public list, not even the service centre's (docs/documents.md):
		// it is not
		// read, so it is in neither the document nor its fingerprint.
		EstateInfo estate = new EstateInfo(estateCode, rs.getString("name"), rs.getString("company_name"), "",
				rs.getString("manager_name"), rs.getString("address"));
		HouseholdRef ref = new HouseholdRef(rs.getString("household_code"), rs.getString("building"),
				rs.getString("unit"), rs.getString("room"));
		HouseholdStage household = new HouseholdStage(ref, rs.getString("owner_name"), stage, daysOverdue,
				oldestDueDate, principalOverdue);
		return new Row(estate, publicName(estateCode, rs.getString("public_name_mode")), household);
	}

	private static PublicName publicName(String estate, String mode) {
		try {
			return PublicName.valueOf(mode);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalStateException(
					"estate " + estate + " has public_name_mode '" + mode + "': it must be NONE or MASKED_SURNAME", e);
		}
	}

	record Row(EstateInfo estate, PublicName publicName, HouseholdStage household) {
	}

}
