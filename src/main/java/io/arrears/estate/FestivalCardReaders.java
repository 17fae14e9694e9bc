package io.arrears.estate;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;

import io.arrears.batch.Databases;

/**
 * The print-batch step's read: a festival's recorded cards, one streaming query over
 * every estate, in delivery order (numbers as numbers, as for the bulletin), cut into
 * print batches by {@link CardBatchReader}.
 */
final class FestivalCardReaders {

	static final String SQL = """
			SELECT %s,
			       c.arrears, c.fingerprint, c.print_batch
			  FROM festival_card c
			  JOIN household h ON h.household_code = c.household_code
			  JOIN estate e ON e.estate_code = h.estate_code
			 WHERE c.festival = ? AND c.festival_year = ?
			 ORDER BY e.estate_code, CHAR_LENGTH(h.building), h.building, CHAR_LENGTH(h.unit), h.unit,
			          CHAR_LENGTH(h.room), h.room, h.household_code
			""".formatted(Addressee.COLUMNS);

	private FestivalCardReaders() {
	}

	static CardBatchReader reader(DataSource dataSource, FestivalRun run, Path outputDir, int partSize) {
		JdbcCursorItemReader<RecordedCard> cards = new JdbcCursorItemReaderBuilder<RecordedCard>()
			.name("festivalCardsInDeliveryOrder")
			.dataSource(dataSource)
			.sql(SQL)
			.preparedStatementSetter(ps -> {
				ps.setString(1, run.festival().name());
				ps.setInt(2, run.year());
			})
			.rowMapper((rs, n) -> new RecordedCard(Addressee.of(rs).card(run, rs.getBigDecimal("arrears").setScale(2)),
					rs.getString("fingerprint"), rs.getString("print_batch") != null))
			.fetchSize(Databases.streamingFetchSize(dataSource))
			// a streaming MySQL result set cannot tell its position; a restart reads
			// again
			// from the start and skips the batches recorded
			.verifyCursorPosition(false)
			.saveState(false)
			.build();
		return new CardBatchReader(cards, run, outputDir, partSize);
	}

}
