package io.arrears.estate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.document.DocumentRenderer;
import io.arrears.document.RenderedDocument;
import io.arrears.dunning.Assessment;

/**
 * What an audit of a festival mailing needs (SPEC §6): the mailing's date, the cards it
 * sent with the warm reminder each stated, the reminder the festival job's own rule
 * ({@link HouseholdArrears}) makes of other standings (a re-run's), and the rendering of
 * a corrected card beside the one sent.
 */
@Component
public class FestivalCardAudit {

	static final String SENT = """
			SELECT household_code, stage, arrears, fingerprint
			  FROM festival_card
			 WHERE festival = ? AND festival_year = ?
			""";

	static final String ADDRESSEES = """
			SELECT %s
			  FROM household h
			  JOIN estate e ON e.estate_code = h.estate_code
			 WHERE h.household_code IN (%s)
			""";

	private final JdbcTemplate jdbc;

	private final FestivalMailings mailings;

	private final DocumentRenderer renderer;

	private final Path outputDir;

	FestivalCardAudit(JdbcTemplate jdbc, FestivalMailings mailings, DocumentRenderer renderer,
			@Value("${arrears.output-dir:out}") Path outputDir) {
		this.jdbc = jdbc;
		this.mailings = mailings;
		this.renderer = renderer;
		this.outputDir = outputDir.toAbsolutePath().normalize();
	}

	/**
	 * A festival mailing: which festival, which year, and the date its cards state the
	 * arrears at.
	 */
	public record Mailing(String festival, int year, java.time.LocalDate asOf) {
	}

	/** A card as the mailing sent it (or as a re-run issued it corrected). */
	public record SentCard(String householdCode, String stage, BigDecimal arrears, String fingerprint) {
	}

	/** A corrected card, rendered: its file relative to the output folder. */
	public record Reissued(String householdCode, String file, String fingerprint) {
	}

	/**
	 * @throws IllegalArgumentException for an unknown festival or a year out of range
	 */
	public Mailing mailing(String festival, long year) {
		FestivalRun run = mailings.run(festival, year);
		return new Mailing(run.festival().name(), run.year(), run.asOf());
	}

	/** The cards the mailing sent, by household. */
	public Map<String, SentCard> sent(Mailing mailing) {
		Map<String, SentCard> cards = new HashMap<>();
		jdbc.query(SENT, rs -> {
			SentCard card = new SentCard(rs.getString("household_code"), rs.getString("stage"),
					rs.getBigDecimal("arrears").setScale(2), rs.getString("fingerprint"));
			cards.put(card.householdCode(), card);
		}, mailing.festival(), mailing.year());
		return cards;
	}

	/**
	 * The warm reminder a card states for a household standing so: the festival job's own
	 * rule, so a re-run cannot disagree with the job about anything but the standing.
	 * Zero when there is none.
	 */
	public static BigDecimal warmReminder(Assessment standing) {
		return HouseholdArrears.of(standing).arrears();
	}

	/**
	 * Renders corrected cards beside the ones sent, in
	 * {@code <output>/<estate>/<as-of>/<FESTIVAL>/corrected-<tag>/}: the addresses of all
	 * of them in one query.
	 * @param arrears the warm reminder each card should have stated, by household
	 */
	public List<Reissued> renderCorrected(Mailing mailing, Map<String, BigDecimal> arrears, String tag) {
		if (arrears.isEmpty()) {
			return List.of();
		}
		FestivalRun run = mailings.run(mailing.festival(), (long) mailing.year());
		List<String> households = arrears.keySet().stream().sorted().toList();
		Map<String, Addressee> addressees = new HashMap<>();
		jdbc.query(
				ADDRESSEES.formatted(Addressee.COLUMNS, String.join(", ", Collections.nCopies(households.size(), "?"))),
				rs -> {
					Addressee a = Addressee.of(rs);
					addressees.put(a.household().code(), a);
				}, households.toArray());
		return households.stream().map(code -> {
			Addressee addressee = addressees.get(code);
			Path folder = DocumentRenderer
				.folder(outputDir, addressee.estate().code(), run.asOf(), run.festival().name())
				.resolve("corrected-" + tag);
			RenderedDocument file = renderer.render(addressee.card(run, arrears.get(code)), folder);
			return new Reissued(code, outputDir.relativize(file.file()).toString(), file.fingerprint());
		}).toList();
	}

}
