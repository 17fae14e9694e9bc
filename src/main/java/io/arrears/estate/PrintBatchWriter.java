package io.arrears.estate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import io.arrears.estate.RecordedCard.EstateCards;
import io.arrears.document.DocumentRenderer;
import io.arrears.document.FestivalCard;

/**
 * Writes each estate's cards into print batches beside the single cards, in delivery
 * order, in parts of at most {@code arrears.documents.print-batch-size} cards. Each card
 * is rebuilt from what was recorded, so the batch must match the recorded fingerprint: a
 * household whose address changed between the two steps fails the run instead of printing
 * a card nobody recorded. Rendering is deterministic, so a restart rewrites the same
 * files.
 */
class PrintBatchWriter implements ItemWriter<EstateCards> {

	private final DocumentRenderer renderer;

	private final Path outputDir;

	private final FestivalRun run;

	private final int partSize;

	PrintBatchWriter(DocumentRenderer renderer, Path outputDir, FestivalRun run, int partSize) {
		this.renderer = renderer;
		this.outputDir = outputDir;
		this.run = run;
		this.partSize = partSize;
	}

	@Override
	public void write(Chunk<? extends EstateCards> chunk) {
		for (EstateCards estate : chunk) {
			List<FestivalCard> cards = new ArrayList<>(estate.cards().size());
			for (RecordedCard recorded : estate.cards()) {
				if (!DocumentRenderer.fingerprint(recorded.card()).equals(recorded.fingerprint())) {
					throw new IllegalStateException("the " + run.festival() + " " + run.year() + " card of household "
							+ recorded.card().household().code() + " no longer matches what was recorded (fingerprint "
							+ recorded.fingerprint() + "): its household or estate changed during the run");
				}
				cards.add(recorded.card());
			}
			Path folder = DocumentRenderer.folder(outputDir, estate.estateCode(), run.asOf(), run.festival().name());
			for (int from = 0, part = 1; from < cards.size(); from += partSize, part++) {
				renderer.renderBatch(cards.subList(from, Math.min(cards.size(), from + partSize)), folder,
						batchName(run, part));
			}
		}
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
