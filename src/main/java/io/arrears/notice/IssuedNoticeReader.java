package io.arrears.notice;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.arrears.batch.GroupingCursor;
import io.arrears.document.ChargeLine;
import io.arrears.document.EstateInfo;
import io.arrears.document.HouseholdNotice;
import io.arrears.document.HouseholdRef;
import io.arrears.document.LawFirm;
import io.arrears.dunning.NoticeKind;

/**
 * Streams the notices issued on a date, each with its lines, household and estate, in
 * delivery order (estate, building, unit, room): one query, grouped here into one
 * document per notice. Restart needs no saved state: with {@code unrenderedOnly} it reads
 * only the notices not yet in a print batch.
 */
class IssuedNoticeReader implements ItemStreamReader<IssuedNotice> {

	// numbers sort as numbers: building 2 before building 10
	private static final String SQL = """
			SELECT n.notice_id, n.print_batch, n.household_code, n.kind, n.number, n.episode_due_date, n.issued_on,
			       h.building, h.unit, h.room, h.owner_name, h.mailing_address,
			       e.estate_code, e.name, e.company_name, e.service_phone, e.manager_name, e.address,
			       l.fee_item, l.period, l.due_date, l.outstanding, l.late_fee
			  FROM notice n
			  JOIN household h ON h.household_code = n.household_code
			  JOIN estate e ON e.estate_code = h.estate_code
			  JOIN notice_line l ON l.household_code = n.household_code AND l.kind = n.kind
			                    AND l.number = n.number AND l.episode_due_date = n.episode_due_date
			 WHERE n.issued_on = ? AND n.kind IN ('REMINDER', 'LAWYER_LETTER') %s
			 ORDER BY e.estate_code, LENGTH(h.building), h.building, LENGTH(h.unit), h.unit,
			          LENGTH(h.room), h.room, n.household_code, n.kind, n.number, n.episode_due_date, l.line_no
			""";

	private final DataSource dataSource;

	private final LocalDate issuedOn;

	private final boolean unrenderedOnly;

	private final int fetchSize;

	private final Deadlines deadlines;

	private final int limit;

	private int read;

	private long noticeId;

	private GroupingCursor<Row> notices;

	/** When a notice asks to be paid by, and who signs a lawyer's letter. */
	interface Deadlines {

		LocalDate deadline(NoticeKind kind, LocalDate issuedOn);

		LawFirm lawFirm();

	}

	IssuedNoticeReader(DataSource dataSource, LocalDate issuedOn, boolean unrenderedOnly, int fetchSize,
			Deadlines deadlines) {
		this(dataSource, issuedOn, unrenderedOnly, fetchSize, deadlines, 0);
	}

	/**
	 * A reader that stops after the first {@code limit} notices in delivery order (0: no
	 * limit): {@code arrears.documents.render-limit}, for measuring.
	 */
	IssuedNoticeReader(DataSource dataSource, LocalDate issuedOn, boolean unrenderedOnly, int fetchSize,
			Deadlines deadlines, int limit) {
		this.limit = limit;
		this.dataSource = dataSource;
		this.issuedOn = issuedOn;
		this.unrenderedOnly = unrenderedOnly;
		this.fetchSize = fetchSize;
		this.deadlines = deadlines;
	}

	/** A reader of the one notice of that registry id, issued on the date. */
	static IssuedNoticeReader one(DataSource dataSource, LocalDate issuedOn, long noticeId, Deadlines deadlines) {
		IssuedNoticeReader reader = new IssuedNoticeReader(dataSource, issuedOn, false, 100, deadlines, 0);
		reader.noticeId = noticeId;
		return reader;
	}

	@Override
	public void open(ExecutionContext context) {
		String filter = (unrenderedOnly ? "AND n.print_batch IS NULL" : "")
				+ (noticeId > 0 ? "AND n.notice_id = ?" : "");
		notices = GroupingCursor.open("issuedNoticeRows", dataSource, SQL.formatted(filter), ps -> {
			ps.setDate(1, Date.valueOf(issuedOn));
			if (noticeId > 0) {
				ps.setLong(2, noticeId);
			}
		}, IssuedNoticeReader::row, fetchSize, Row::noticeId);
	}

	@Override
	public IssuedNotice read() throws Exception {
		if (limit > 0 && read == limit) {
			return null;
		}
		read++;
		List<Row> rows = notices.next();
		if (rows == null) {
			return null;
		}
		Row first = rows.get(0);
		List<ChargeLine> lines = new ArrayList<>(rows.size());
		for (Row row : rows) {
			lines.add(row.line());
		}
		NoticeKind kind = first.kind();
		HouseholdNotice document = HouseholdNotice.of(first.estate(), first.household(), first.ownerName(),
				first.mailingAddress(), kind, first.number(), first.issuedOn(), first.episodeDueDate(), lines,
				deadlines.deadline(kind, first.issuedOn()),
				kind == NoticeKind.LAWYER_LETTER ? deadlines.lawFirm() : null);
		return new IssuedNotice(first.noticeId(), document, first.printed());
	}

	@Override
	public void close() {
		if (notices != null) {
			notices.close();
		}
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		String period = rs.getString("period");
		return new Row(
				rs.getLong("notice_id"), rs.getString("print_batch") != null, NoticeKind.valueOf(rs.getString("kind")),
				rs.getInt("number"), rs.getDate("episode_due_date").toLocalDate(),
				rs.getDate("issued_on").toLocalDate(), new HouseholdRef(rs.getString("household_code"),
						rs.getString("building"), rs.getString("unit"), rs.getString("room")),
				rs.getString("owner_name"), rs.getString("mailing_address"),
				new EstateInfo(rs.getString("estate_code"), rs.getString("name"), rs.getString("company_name"),
						rs.getString("service_phone"), rs.getString("manager_name"), rs.getString("address")),
				line(rs, period));
	}

	private static ChargeLine line(ResultSet rs, String period) throws SQLException {
		LocalDate due = rs.getDate("due_date").toLocalDate();
		String feeItem = rs.getString("fee_item");
		return new ChargeLine(feeItem == null ? "" : feeItem,
				period == null ? YearMonth.from(due) : YearMonth.parse(period), due, money(rs, "outstanding"),
				money(rs, "late_fee"));
	}

	private static BigDecimal money(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column).setScale(2);
	}

	private record Row(long noticeId, boolean printed, NoticeKind kind, int number, LocalDate episodeDueDate,
			LocalDate issuedOn, HouseholdRef household, String ownerName, String mailingAddress, EstateInfo estate,
			ChargeLine line) {
	}

}
