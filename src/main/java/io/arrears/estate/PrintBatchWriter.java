package io.arrears.estate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.document.DocumentRenderer;
import io.arrears.document.DocumentRenderer.Placement;
import io.arrears.document.DocumentRenderer.PrintedBatch;
import io.arrears.document.FestivalCard;

/**
 * Renders a festival's cards straight into their print batches, as the notices are (issue
 * #13): the processor, run on several threads, renders one batch per thread (a cover
 * sheet, then each card filled once, one export and one font subset per batch); the
 * writer records in {@code festival_card} where each card is printed (the batch file
 * relative to the output folder, its first and last page) and, with {@code single-files},
 * its own file. Each card is rebuilt from what was recorded, so it must match the
 * recorded fingerprint: a household whose address changed between the two steps fails the
 * run instead of printing a card nobody recorded. Rendering is deterministic, so a
 * restart rewrites the same files.
 */
final class PrintBatchWriter {

	private static final String RECORD = """
			UPDATE festival_card SET print_batch = ?, first_page = ?, last_page = ?, file_path = ?
			 WHERE household_code = ? AND festival = ? AND festival_year = ?
			""";

	private PrintBatchWriter() {
	}

	/** A batch rendered: one registry update per card. */
	record Printed(List<Object[]> rows) {
	}

	static ItemProcessor<CardBatch, Printed> renderer(DocumentRenderer renderer, Path outputDir, boolean duplex,
			boolean singleFiles) {
		Path base = outputDir.toAbsolutePath().normalize();
		return batch -> {
			if (batch.done()) {
				return null;
			}
			FestivalRun run = batch.run();
			List<FestivalCard> cards = new ArrayList<>(batch.cards().size());
			for (RecordedCard recorded : batch.cards()) {
				if (!DocumentRenderer.fingerprint(recorded.card()).equals(recorded.fingerprint())) {
					throw new IllegalStateException("the " + run.festival() + " " + run.year() + " card of household "
							+ recorded.card().household().code() + " no longer matches what was recorded (fingerprint "
							+ recorded.fingerprint() + "): its household or estate changed during the run");
				}
				cards.add(recorded.card());
			}
			PrintedBatch printed = renderer.renderPrintBatch(batch.cover(), cards, batch.folder(), batch.name(), duplex,
					singleFiles ? batch.folder() : null);
			String file = base.relativize(printed.file()).toString();
			List<Object[]> rows = new ArrayList<>(cards.size());
			for (int i = 0; i < cards.size(); i++) {
				Placement placement = printed.placements().get(i);
				rows.add(new Object[] { file, placement.firstPage(), placement.lastPage(),
						placement.ownFile() == null ? null : base.relativize(placement.ownFile()).toString(),
						cards.get(i).household().code(), run.festival().name(), run.year() });
			}
			return new Printed(rows);
		};
	}

	static ItemWriter<Printed> recorder(JdbcTemplate jdbc) {
		return chunk -> record(jdbc, chunk);
	}

	private static void record(JdbcTemplate jdbc, Chunk<? extends Printed> chunk) {
		List<Object[]> rows = new ArrayList<>();
		for (Printed batch : chunk) {
			rows.addAll(batch.rows());
		}
		jdbc.batchUpdate(RECORD, rows);
	}

	/**
	 * {@code print-batch-SPRING-FESTIVAL-2026-part001}: letters, digits and '-' only, so
	 * kept as is.
	 */
	static String batchName(FestivalRun run, int part) {
		return String.format(Locale.ROOT, "print-batch-%s-%d-part%03d", run.festival().name().replace('_', '-'),
				run.year(), part);
	}

}
