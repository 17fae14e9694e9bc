package io.arrears.notice;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.arrears.document.DocumentRenderer;
import io.arrears.document.DocumentRenderer.CoverSheet;
import io.arrears.document.HouseholdNotice;
import io.arrears.dunning.NoticeKind;

/**
 * Forms a day's print batches from the notices in delivery order: per estate and kind,
 * parts of at most {@code partSize} notices, numbered from 1. The reader sees every
 * notice of the day, the printed ones too, so a restart forms exactly the batches of the
 * first run and skips those already recorded ({@link NoticeBatch#done}). A notice that
 * cannot be printed is set aside here, before the batches are cut, for the same reason:
 * once it is taken back, a restart forms the same batches without it.
 */
class PrintBatchReader implements ItemStreamReader<NoticeBatch> {

	private final IssuedNoticeReader notices;

	private final DocumentRenderer renderer;

	private final Path outputDir;

	private final int partSize;

	private final Deque<NoticeBatch> ready = new ArrayDeque<>();

	// the current estate's open batch of each kind, and the parts cut so far
	private final Map<NoticeKind, Open> open = new LinkedHashMap<>();

	private String estate;

	private boolean exhausted;

	PrintBatchReader(IssuedNoticeReader notices, DocumentRenderer renderer, Path outputDir, int partSize) {
		this.notices = notices;
		this.renderer = renderer;
		this.outputDir = outputDir.toAbsolutePath().normalize();
		this.partSize = partSize;
	}

	@Override
	public void open(ExecutionContext context) {
		notices.open(context);
		ready.clear();
		open.clear();
		estate = null;
		exhausted = false;
	}

	@Override
	public NoticeBatch read() throws Exception {
		while (ready.isEmpty() && !exhausted) {
			IssuedNotice notice = notices.read();
			if (notice == null) {
				exhausted = true;
				flushEstate();
				break;
			}
			HouseholdNotice document = notice.document();
			if (!document.estate().code().equals(estate)) {
				flushEstate();
				estate = document.estate().code();
			}
			Open batch = open.computeIfAbsent(document.kind(), kind -> new Open());
			if (notice.printed()) {
				// a restart: a batch of printed notices is not rendered again, and a
				// printed notice was never refused
				batch.notices.add(notice);
				batch.checked.add(null);
			}
			else {
				DocumentRenderer.Checked checked = renderer.check(document);
				if (checked.refusal() != null) {
					batch.refused.add(notice.noticeId());
					batch.refusals.add(checked.refusal());
					continue;
				}
				batch.notices.add(notice);
				batch.checked.add(checked);
			}
			if (batch.notices.size() == partSize) {
				ready.add(batch.cut());
			}
		}
		return ready.poll();
	}

	private void flushEstate() {
		for (Open batch : open.values()) {
			if (!batch.notices.isEmpty() || !batch.refused.isEmpty()) {
				ready.add(batch.cut());
			}
		}
		open.clear();
	}

	@Override
	public void update(ExecutionContext context) {
		// no state: a restart reads the day again and skips the batches recorded
	}

	@Override
	public void close() {
		notices.close();
	}

	/** The batch being filled for one kind of the current estate. */
	private final class Open {

		private int part;

		private List<IssuedNotice> notices = new ArrayList<>();

		// each notice's binding and font check, done once here and filled from; null for
		// a notice already printed
		private List<DocumentRenderer.Checked> checked = new ArrayList<>();

		private List<Long> refused = new ArrayList<>();

		private List<String> refusals = new ArrayList<>();

		NoticeBatch cut() {
			HouseholdNotice first = notices.isEmpty() ? null : notices.get(0).document();
			NoticeBatch batch;
			if (first == null) {
				batch = new NoticeBatch(null, null, null, List.of(), List.of(), refused, refusals, false);
			}
			else {
				part++;
				String kind = first.kind().name();
				batch = new NoticeBatch(new CoverSheet(first.estate(), kind, first.asOf(), part),
						DocumentRenderer.folder(outputDir, first.estate().code(), first.asOf(), kind),
						name(first, part), notices, checked, refused, refusals,
						notices.stream().allMatch(IssuedNotice::printed));
			}
			notices = new ArrayList<>();
			checked = new ArrayList<>();
			refused = new ArrayList<>();
			refusals = new ArrayList<>();
			return batch;
		}

	}

	/** {@code print-batch-REMINDER-2026-02-20-part001}. */
	static String name(HouseholdNotice first, int part) {
		return String.format(Locale.ROOT, "print-batch-%s-%s-part%03d", first.kind().name().replace('_', '-'),
				first.asOf(), part);
	}

}
