package io.arrears.notice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.arrears.document.DocumentRenderer;
import io.arrears.document.HouseholdNotice;

/**
 * Merges a date's notices into print batches: one multi-page PDF per estate and kind, in
 * delivery order (building, unit, room), split into parts of a set size so that a large
 * estate's batch neither exhausts memory nor jams a printer. Rendering is deterministic,
 * so a rerun rewrites the same files.
 */
class PrintBatchTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(PrintBatchTasklet.class);

	private final IssuedNoticeReader notices;

	private final DocumentRenderer renderer;

	private final Path outputDir;

	private final int partSize;

	PrintBatchTasklet(IssuedNoticeReader notices, DocumentRenderer renderer, Path outputDir, int partSize) {
		this.notices = notices;
		this.renderer = renderer;
		this.outputDir = outputDir;
		this.partSize = partSize;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		notices.open(new ExecutionContext());
		try {
			List<HouseholdNotice> part = new ArrayList<>();
			String group = null;
			int partNo = 0;
			for (IssuedNotice notice = notices.read(); notice != null; notice = notices.read()) {
				HouseholdNotice document = notice.document();
				String key = document.estate().code() + "\u0000" + document.kind();
				if (!key.equals(group)) {
					flush(part, partNo);
					group = key;
					partNo = 1;
				}
				else if (part.size() == partSize) {
					flush(part, partNo);
					partNo++;
				}
				part.add(document);
			}
			flush(part, partNo);
		}
		finally {
			notices.close();
		}
		return RepeatStatus.FINISHED;
	}

	private void flush(List<HouseholdNotice> part, int partNo) {
		if (part.isEmpty()) {
			return;
		}
		HouseholdNotice first = part.get(0);
		Path folder = DocumentRenderer.folder(outputDir, first.estate().code(), first.asOf(), first.kind().name());
		String name = String.format("print-batch-%s-%s-part%03d", first.kind().name().replace('_', '-'), first.asOf(),
				partNo);
		var batch = renderer.renderBatch(part, folder, name);
		log.debug("print batch {}: {} notices, {} pages", batch.file(), part.size(), batch.pages());
		part.clear();
	}

}
