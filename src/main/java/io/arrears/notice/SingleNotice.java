package io.arrears.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.document.DocumentProperties;
import io.arrears.document.DocumentRenderer;
import io.arrears.document.HouseholdNotice;

/**
 * {@code export document --notice NUMBER}: one notice of the registry rendered alone, for
 * sending by WeChat or e-mail or for a reprint, from the data the registry holds (its
 * lines, household and estate), exactly as the day's print batch rendered it. The
 * fingerprint of the data is checked against the one recorded: when they differ (the
 * household's address or a deadline setting changed since), nothing is written, since the
 * copy would not be the notice that was sent.
 *
 * <p>
 * NUMBER is what the notice prints: a reminder's 编号 {@code H2-20260105-6} (household,
 * episode, number), a lawyer's letter's 律函字第 {@code H2-20260105} (household, episode); or
 * the registry's {@code notice_id}, all digits, as {@code export notices} does not list
 * it but the database does.
 */
@Component
public class SingleNotice {

	private static final Pattern PRINTED = Pattern.compile("(.+)-(\\d{4})(\\d{2})(\\d{2})(?:-(\\d+))?");

	private static final String BY_ID = """
			SELECT notice_id, issued_on, fingerprint FROM notice
			 WHERE notice_id = ? AND kind IN ('REMINDER', 'LAWYER_LETTER')
			""";

	private static final String BY_NUMBER = """
			SELECT notice_id, issued_on, fingerprint FROM notice
			 WHERE household_code = ? AND episode_due_date = ? AND kind = ? AND number = ?
			""";

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final DocumentRenderer renderer;

	private final DocumentProperties properties;

	SingleNotice(DataSource dataSource, JdbcTemplate jdbc, DocumentRenderer renderer, DocumentProperties properties) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.renderer = renderer;
		this.properties = properties;
	}

	/** A notice of the registry, as found by its number. */
	public record Found(long noticeId, String fileName, String recordedFingerprint, String fingerprint,
			HouseholdNotice document) {

		/** Whether the data renders to what the registry recorded. */
		public boolean matches() {
			return fingerprint.equals(recordedFingerprint);
		}

	}

	/** The notice of that number, or empty when the registry has none. */
	public Optional<Found> find(String number) throws Exception {
		List<Recorded> rows;
		if (number.matches("\\d+")) {
			rows = jdbc.query(BY_ID, SingleNotice::recorded, Long.parseLong(number));
		}
		else {
			Matcher m = PRINTED.matcher(number.strip());
			if (!m.matches()) {
				return Optional.empty();
			}
			LocalDate episode;
			try {
				episode = LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
						Integer.parseInt(m.group(4)));
			}
			catch (java.time.DateTimeException e) {
				return Optional.empty();
			}
			int n = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
			rows = jdbc.query(BY_NUMBER, SingleNotice::recorded, m.group(1), Date.valueOf(episode),
					n == 0 ? "LAWYER_LETTER" : "REMINDER", n);
		}
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Recorded row = rows.get(0);
		long noticeId = row.noticeId();
		LocalDate issuedOn = row.issuedOn();
		IssuedNoticeReader reader = IssuedNoticeReader.one(dataSource, issuedOn, noticeId,
				NoticeRenderingConfiguration.deadlines(properties));
		reader.open(new ExecutionContext());
		try {
			IssuedNotice notice = reader.read();
			if (notice == null) {
				return Optional.empty();
			}
			HouseholdNotice document = notice.document();
			return Optional.of(new Found(noticeId, DocumentRenderer.fileName(document), row.fingerprint(),
					DocumentRenderer.fingerprint(document), document));
		}
		finally {
			reader.close();
		}
	}

	private record Recorded(long noticeId, LocalDate issuedOn, String fingerprint) {
	}

	private static Recorded recorded(ResultSet rs, int rowNum) throws SQLException {
		return new Recorded(rs.getLong("notice_id"), rs.getDate("issued_on").toLocalDate(),
				rs.getString("fingerprint"));
	}

	/** Writes the notice's PDF alone, as {@code single-files} would have. */
	public void write(Found notice, OutputStream out) throws IOException {
		renderer.write(notice.document(), out);
	}

}
