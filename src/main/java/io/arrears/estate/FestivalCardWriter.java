package io.arrears.estate;

import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.document.DocumentRenderer;
import io.arrears.document.FestivalCard;
import io.arrears.document.RenderedDocument;

/**
 * Renders each household's card to its own PDF under
 * {@code <output>/<estate>/<as-of>/<FESTIVAL>/} and records it with its fingerprint and
 * the arrears it states. The households' addresses and estates are read for the whole
 * chunk in one query, not one per card.
 *
 * <p>
 * A chunk that fails after some cards were rendered leaves their files behind; the
 * restart renders them again to the same bytes and records them then.
 */
class FestivalCardWriter implements ItemWriter<HouseholdArrears> {

	static final String ADDRESSEES = """
			SELECT %s
			  FROM household h
			  JOIN estate e ON e.estate_code = h.estate_code
			 WHERE h.household_code IN (%s)
			""";

	static final String RECORD = """
			INSERT INTO festival_card (household_code, festival, festival_year, as_of, stage, arrears, file_path,
			    fingerprint)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final DocumentRenderer renderer;

	private final JdbcTemplate jdbc;

	private final Path outputDir;

	private final FestivalRun run;

	FestivalCardWriter(DocumentRenderer renderer, JdbcTemplate jdbc, Path outputDir, FestivalRun run) {
		this.renderer = renderer;
		this.jdbc = jdbc;
		this.outputDir = outputDir.toAbsolutePath().normalize();
		this.run = run;
	}

	@Override
	public void write(Chunk<? extends HouseholdArrears> chunk) {
		Map<String, Addressee> addressees = addressees(chunk.getItems());
		List<Object[]> rows = new ArrayList<>(chunk.size());
		for (HouseholdArrears household : chunk) {
			Addressee addressee = addressees.get(household.householdCode());
			FestivalCard card = addressee.card(run, household.arrears());
			Path folder = DocumentRenderer.folder(outputDir, addressee.estate().code(), run.asOf(),
					run.festival().name());
			RenderedDocument file = renderer.render(card, folder);
			rows.add(new Object[] { household.householdCode(), run.festival().name(), run.year(),
					Date.valueOf(run.asOf()), household.stage().name(), household.arrears(),
					outputDir.relativize(file.file()).toString(), file.fingerprint() });
		}
		jdbc.batchUpdate(RECORD, rows);
	}

	private Map<String, Addressee> addressees(List<? extends HouseholdArrears> households) {
		String sql = ADDRESSEES.formatted(Addressee.COLUMNS,
				String.join(", ", Collections.nCopies(households.size(), "?")));
		Map<String, Addressee> addressees = new HashMap<>();
		jdbc.query(sql, rs -> {
			Addressee a = Addressee.of(rs);
			addressees.put(a.household().code(), a);
		}, households.stream().map(HouseholdArrears::householdCode).toArray());
		return addressees;
	}

}
