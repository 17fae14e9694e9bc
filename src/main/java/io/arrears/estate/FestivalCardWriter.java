package io.arrears.estate;

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

/**
 * Records each household's card with the arrears it states and the fingerprint of its
 * data, as the dunning run records a notice; the next step renders the cards straight
 * into their print batches ({@link PrintBatchWriter}), so a card is filled once. The
 * households' addresses and estates are read for the whole chunk in one query, not one
 * per card.
 */
class FestivalCardWriter implements ItemWriter<HouseholdArrears> {

	static final String ADDRESSEES = """
			SELECT %s
			  FROM household h
			  JOIN estate e ON e.estate_code = h.estate_code
			 WHERE h.household_code IN (%s)
			""";

	static final String RECORD = """
			INSERT INTO festival_card (household_code, festival, festival_year, as_of, stage, arrears, fingerprint)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	private final FestivalRun run;

	FestivalCardWriter(JdbcTemplate jdbc, FestivalRun run) {
		this.jdbc = jdbc;
		this.run = run;
	}

	@Override
	public void write(Chunk<? extends HouseholdArrears> chunk) {
		Map<String, Addressee> addressees = addressees(chunk.getItems());
		List<Object[]> rows = new ArrayList<>(chunk.size());
		for (HouseholdArrears household : chunk) {
			Addressee addressee = addressees.get(household.householdCode());
			FestivalCard card = addressee.card(run, household.arrears());
			rows.add(new Object[] { household.householdCode(), run.festival().name(), run.year(),
					Date.valueOf(run.asOf()), household.stage().name(), household.arrears(),
					DocumentRenderer.fingerprint(card) });
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
