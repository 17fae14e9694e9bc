package io.arrears.estate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.dunning.ArrearsProperties;
import io.arrears.dunning.Assessment;
import io.arrears.dunning.Rules;
import io.arrears.batch.Databases;
import io.arrears.document.DocumentProperties;
import io.arrears.document.DocumentRenderer;
import io.arrears.document.EstateList;

/**
 * What an audit of the bulletin job needs (SPEC §6): the public lists that were posted on
 * a date, rebuilt from the stage history they were made from and checked against the
 * fingerprint recorded when they were posted; the lists the same rules make of other
 * standings (a re-run's); and the rendering of a corrected list. The rules are the
 * bulletin job's own ({@link EstateLists}), so that a re-run cannot disagree with the job
 * about anything but the standings.
 */
@Component
public class PublicListAudit {

	static final String POSTED = """
			SELECT estate_code, kind, fingerprint FROM estate_document WHERE as_of = ?
			""";

	static final String POSTED_DATES = """
			SELECT DISTINCT as_of FROM estate_document WHERE as_of >= ? AND as_of <= ?
			""";

	/**
	 * Every household, by estate in delivery order: {@link StageHistoryReaders#SQL}'s.
	 */
	static final String HOUSEHOLDS = """
			SELECT e.estate_code, e.name, e.company_name, e.manager_name, e.address, e.public_name_mode,
			       h.household_code, h.building, h.unit, h.room, h.owner_name
			  FROM household h
			  JOIN estate e ON e.estate_code = h.estate_code
			 WHERE e.estate_code > ?
			 ORDER BY e.estate_code, CHAR_LENGTH(h.building), h.building, CHAR_LENGTH(h.unit), h.unit,
			          CHAR_LENGTH(h.room), h.room, h.household_code
			""";

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final EstateLists rules;

	private final DocumentRenderer renderer;

	private final Path outputDir;

	PublicListAudit(DataSource dataSource, JdbcTemplate jdbc, DocumentProperties properties, Rules rules,
			DocumentRenderer renderer, ArrearsProperties arrears) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.rules = new EstateLists(rules.ladder(), properties.bulletinDeadlineDays(),
				properties.openLetterDeadlineDays());
		this.renderer = renderer;
		this.outputDir = arrears.outputDir().toAbsolutePath().normalize();
	}

	/**
	 * A list the bulletin job posted.
	 *
	 * @param recordedFingerprint the fingerprint recorded when it was posted
	 * @param rebuilt the list rebuilt from the date's stage history; null when the stage
	 * history no longer makes it
	 */
	public record Posted(String estateCode, String kind, String recordedFingerprint, EstateList rebuilt) {

		/** Whether the list rebuilt from the stage history is the one that was posted. */
		public boolean matchesRecord() {
			return rebuilt != null && recordedFingerprint.equals(DocumentRenderer.fingerprint(rebuilt));
		}
	}

	/** The dates in the range on which the bulletin job posted anything. */
	public SortedSet<LocalDate> postedDates(LocalDate from, LocalDate to) {
		return new TreeSet<>(
				jdbc.query(POSTED_DATES, (rs, n) -> rs.getDate(1).toLocalDate(), Date.valueOf(from), Date.valueOf(to)));
	}

	/** The lists posted as of the date, by estate code and kind. */
	public Map<String, Posted> posted(LocalDate asOf) {
		Map<String, String> fingerprints = new HashMap<>();
		jdbc.query(POSTED, rs -> {
			fingerprints.put(key(rs.getString(1), rs.getString(2)), rs.getString(3));
		}, Date.valueOf(asOf));
		Map<String, EstateList> rebuilt = new HashMap<>();
		if (!fingerprints.isEmpty()) {
			each(StageHistoryReaders.reader(dataSource, asOf), asOf, list -> rebuilt.put(key(list), list));
		}
		Map<String, Posted> posted = new HashMap<>();
		fingerprints.forEach((key, fingerprint) -> {
			String[] parts = key.split("\u0000");
			posted.put(key, new Posted(parts[0], parts[1], fingerprint, rebuilt.get(key)));
		});
		return posted;
	}

	/**
	 * The lists the bulletin job would post as of the date if the households stood as
	 * given, by estate code and kind. A household without a standing is left out, as the
	 * job leaves out one the dunning run did not assess.
	 */
	public Map<String, EstateList> lists(LocalDate asOf, Map<String, Assessment> standings) {
		ByEstateReader<StageHistoryReaders.Row, EstateStages> reader = new ByEstateReader<>("householdsByEstate",
				dataSource, HOUSEHOLDS, List.of(), (rs, n) -> {
					Assessment a = standings.get(rs.getString("household_code"));
					return a == null ? StageHistoryReaders.row(rs, null, 0, null, BigDecimal.ZERO) : StageHistoryReaders
						.row(rs, a.stage(), a.daysOverdue(), a.oldestDueDate(), a.principalOverdue());
				}, r -> r.estate().code(),
				rows -> new EstateStages(rows.get(0).estate(), rows.get(0).publicName(),
						rows.stream().map(StageHistoryReaders.Row::household).filter(h -> h.stage() != null).toList()),
				Databases.streamingFetchSize(dataSource));
		Map<String, EstateList> lists = new HashMap<>();
		each(reader, asOf, list -> lists.put(key(list), list));
		return lists;
	}

	/**
	 * Renders a corrected list beside the one posted, in
	 * {@code <output>/<estate>/<as-of>/<KIND>/corrected-<tag>/}.
	 * @return the file, relative to the output folder
	 */
	public String renderCorrected(EstateList list, String tag) {
		Path folder = DocumentRenderer.folder(outputDir, list.estate().code(), list.asOf(), list.kind().name())
			.resolve("corrected-" + tag);
		return outputDir.relativize(renderer.render(list, folder).file()).toString();
	}

	/** The key of a list in the maps above. */
	public static String key(EstateList list) {
		return key(list.estate().code(), list.kind().name());
	}

	public static String key(String estateCode, String kind) {
		return estateCode + "\u0000" + kind;
	}

	private void each(ByEstateReader<?, EstateStages> reader, LocalDate asOf, Consumer<EstateList> list) {
		reader.open(new ExecutionContext());
		try {
			for (EstateStages estate = reader.read(); estate != null; estate = reader.read()) {
				if (!estate.households().isEmpty()) {
					rules.of(estate, asOf).documents().forEach(list);
				}
			}
		}
		catch (Exception e) {
			throw new IllegalStateException("cannot read the estates as of " + asOf + ": " + e.getMessage(), e);
		}
		finally {
			reader.close();
		}
	}

}
