package io.arrears.notice;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.arrears.batch.GroupingCursor;
import io.arrears.ledger.LedgerEntries;
import io.arrears.ledger.LedgerEntry;
import io.arrears.document.EstateInfo;
import io.arrears.document.HouseholdRef;

/**
 * Streams the case files opened on a date that have no file yet, each with the
 * household's whole ledger up to that date: one query, grouped here per case file.
 */
class CaseFileReader implements ItemStreamReader<CaseFileInput> {

	private static final String SQL = """
			SELECT n.notice_id, n.household_code, n.episode_due_date, n.issued_on, n.principal, n.late_fee,
			       h.building, h.unit, h.room, h.owner_name, h.mailing_address,
			       e.estate_code, e.name, e.company_name, e.service_phone, e.manager_name, e.address,
			       l.reference, l.entry_type, l.fee_item, l.period, l.amount, l.effective_date, l.recorded_at,
			       l.reverses
			  FROM notice n
			  JOIN household h ON h.household_code = n.household_code
			  JOIN estate e ON e.estate_code = h.estate_code
			  JOIN ledger_entry l ON l.household_code = n.household_code AND l.effective_date <= n.issued_on
			 WHERE n.kind = 'CASE_FILE' AND n.issued_on = ? AND n.file_path IS NULL
			 ORDER BY e.estate_code, LENGTH(h.building), h.building, LENGTH(h.unit), h.unit,
			          LENGTH(h.room), h.room, n.household_code, l.effective_date, l.reference
			""";

	private final DataSource dataSource;

	private final LocalDate issuedOn;

	private final int fetchSize;

	private GroupingCursor<Row> caseFiles;

	CaseFileReader(DataSource dataSource, LocalDate issuedOn, int fetchSize) {
		this.dataSource = dataSource;
		this.issuedOn = issuedOn;
		this.fetchSize = fetchSize;
	}

	@Override
	public void open(ExecutionContext context) {
		caseFiles = GroupingCursor.open("caseFileRows", dataSource, SQL, ps -> ps.setDate(1, Date.valueOf(issuedOn)),
				CaseFileReader::row, fetchSize, row -> row.file().noticeId());
	}

	@Override
	public CaseFileInput read() throws Exception {
		List<Row> rows = caseFiles.next();
		if (rows == null) {
			return null;
		}
		Row first = rows.get(0);
		List<LedgerEntry> entries = new ArrayList<>(rows.size());
		for (Row row : rows) {
			entries.add(row.entry());
		}
		CaseFileInput file = first.file();
		return new CaseFileInput(file.noticeId(), file.estate(), file.household(), file.ownerName(),
				file.mailingAddress(), file.asOf(), file.episodeDueDate(), file.principal(), file.lateFee(), entries);
	}

	@Override
	public void close() {
		if (caseFiles != null) {
			caseFiles.close();
		}
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		String household = rs.getString("household_code");
		CaseFileInput file = new CaseFileInput(rs.getLong("notice_id"),
				new EstateInfo(rs.getString("estate_code"), rs.getString("name"), rs.getString("company_name"),
						rs.getString("service_phone"), rs.getString("manager_name"), rs.getString("address")),
				new HouseholdRef(household, rs.getString("building"), rs.getString("unit"), rs.getString("room")),
				rs.getString("owner_name"), rs.getString("mailing_address"), rs.getDate("issued_on").toLocalDate(),
				rs.getDate("episode_due_date").toLocalDate(), rs.getBigDecimal("principal").setScale(2),
				rs.getBigDecimal("late_fee").setScale(2), List.of());
		LedgerEntry entry = LedgerEntries.read(rs);
		return new Row(file, entry);
	}

	private record Row(CaseFileInput file, LedgerEntry entry) {
	}

}
