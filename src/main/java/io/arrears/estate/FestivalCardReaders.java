package io.arrears.estate;

import java.util.List;

import javax.sql.DataSource;

import io.arrears.batch.Databases;
import io.arrears.dunning.HouseholdLedgerReader;
import io.arrears.estate.RecordedCard.EstateCards;

/**
 * The print-batch step's read: a festival's recorded cards, one query over every estate,
 * grouped by estate in delivery order (numbers as numbers, as for the bulletin).
 */
final class FestivalCardReaders {

	static final String SQL = """
			SELECT %s,
			       c.arrears, c.fingerprint
			  FROM festival_card c
			  JOIN household h ON h.household_code = c.household_code
			  JOIN estate e ON e.estate_code = h.estate_code
			 WHERE c.festival = ? AND c.festival_year = ?
			   AND e.estate_code > ?
			 ORDER BY e.estate_code, CHAR_LENGTH(h.building), h.building, CHAR_LENGTH(h.unit), h.unit,
			          CHAR_LENGTH(h.room), h.room, h.household_code
			""".formatted(Addressee.COLUMNS);

	private FestivalCardReaders() {
	}

	static ByEstateReader<RecordedCard, EstateCards> reader(DataSource dataSource, FestivalRun run) {
		return new ByEstateReader<>("festivalCardsByEstate", dataSource, SQL,
				List.of(run.festival().name(), run.year()),
				(rs, n) -> new RecordedCard(Addressee.of(rs).card(run, rs.getBigDecimal("arrears").setScale(2)),
						rs.getString("fingerprint")),
				c -> c.card().estate().code(), cards -> new EstateCards(cards.get(0).card().estate().code(), cards),
				Databases.streamingFetchSize(dataSource));
	}

}
