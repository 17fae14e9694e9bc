package io.arrears.estate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;

import io.arrears.document.DocumentRenderer;
import io.arrears.document.DocumentRenderer.CoverSheet;
import io.arrears.document.FestivalCard;

/**
 * Forms a festival's print batches from its recorded cards in delivery order: per estate,
 * parts of at most {@code partSize} cards, numbered from 1. It sees every card, the
 * printed ones too, so a restart forms exactly the batches of the first run and skips
 * those already recorded ({@link CardBatch#done}), as the notices' reader does.
 *
 * <p>
 * Not final: a step-scoped bean is proxied by subclassing.
 */
class CardBatchReader implements ItemStreamReader<CardBatch> {

	private final JdbcCursorItemReader<RecordedCard> cards;

	private final FestivalRun run;

	private final Path outputDir;

	private final int partSize;

	private List<RecordedCard> pending = new ArrayList<>();

	private String estate;

	private int part;

	CardBatchReader(JdbcCursorItemReader<RecordedCard> cards, FestivalRun run, Path outputDir, int partSize) {
		this.cards = cards;
		this.run = run;
		this.outputDir = outputDir.toAbsolutePath().normalize();
		this.partSize = partSize;
	}

	@Override
	public void open(ExecutionContext context) {
		cards.open(new ExecutionContext());
		pending = new ArrayList<>();
		estate = null;
		part = 0;
	}

	@Override
	public CardBatch read() throws Exception {
		while (true) {
			if (pending.size() == partSize) {
				return cut();
			}
			RecordedCard card = cards.read();
			if (card == null) {
				return pending.isEmpty() ? null : cut();
			}
			String code = card.card().estate().code();
			if (!code.equals(estate)) {
				CardBatch last = pending.isEmpty() ? null : cut();
				estate = code;
				part = 0;
				pending.add(card);
				if (last != null) {
					return last;
				}
			}
			else {
				pending.add(card);
			}
		}
	}

	private CardBatch cut() {
		part++;
		FestivalCard first = pending.get(0).card();
		String kind = run.festival().name();
		CardBatch batch = new CardBatch(run, new CoverSheet(first.estate(), kind, run.asOf(), part),
				DocumentRenderer.folder(outputDir, first.estate().code(), run.asOf(), kind),
				PrintBatchWriter.batchName(run, part), pending, pending.stream().allMatch(RecordedCard::printed));
		pending = new ArrayList<>();
		return batch;
	}

	@Override
	public void update(ExecutionContext context) {
		// no state: a restart reads the festival's cards again and skips the batches
		// recorded
	}

	@Override
	public void close() {
		cards.close();
	}

}
