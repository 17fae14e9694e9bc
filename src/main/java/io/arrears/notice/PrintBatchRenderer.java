package io.arrears.notice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.document.DocumentRenderer;
import io.arrears.document.DocumentRenderer.Placement;
import io.arrears.document.DocumentRenderer.PrintedBatch;

/**
 * Renders each print batch of the day (the processor, run on several threads: one batch
 * per thread, one fill per notice from the binding and font check the reader made, one
 * export and one font subset per batch) and records in the registry where each notice is
 * printed: the batch file, relative to the output folder, its first and last page, the
 * fingerprint of the data it was rendered from, and, with {@code single-files}, its own
 * file (the writer, one batched update per chunk). A render repeated after a failure
 * writes the same bytes, so a restart needs no clean-up.
 */
final class PrintBatchRenderer {

	private static final String RECORD = """
			UPDATE notice SET print_batch = ?, first_page = ?, last_page = ?, fingerprint = ?, file_path = ?
			 WHERE notice_id = ?
			""";

	private PrintBatchRenderer() {
	}

	/** A batch written, as the registry records it; or only the notices taken back. */
	record Printed(List<Object[]> rows, List<Long> refused, List<String> refusals) {
	}

	static ItemProcessor<NoticeBatch, Printed> renderer(DocumentRenderer renderer, Path outputDir, boolean duplex,
			boolean singleFiles) {
		Path base = outputDir.toAbsolutePath().normalize();
		return batch -> {
			if (batch.notices().isEmpty()) {
				return new Printed(List.of(), batch.refused(), batch.refusals());
			}
			if (batch.done()) {
				return batch.refused().isEmpty() ? null : new Printed(List.of(), batch.refused(), batch.refusals());
			}
			List<DocumentRenderer.Checked> documents = new ArrayList<>(batch.notices().size());
			for (int i = 0; i < batch.notices().size(); i++) {
				DocumentRenderer.Checked checked = batch.checked().get(i);
				// a notice printed before a restart, in a batch not all printed: checked
				// now
				documents.add(checked != null ? checked : renderer.check(batch.notices().get(i).document()));
			}
			PrintedBatch printed = renderer.renderCheckedPrintBatch(batch.cover(), documents, batch.folder(),
					batch.name(), duplex, singleFiles ? batch.folder() : null);
			String file = base.relativize(printed.file()).toString();
			List<Object[]> rows = new ArrayList<>(documents.size());
			for (int i = 0; i < documents.size(); i++) {
				Placement placement = printed.placements().get(i);
				rows.add(new Object[] { file, placement.firstPage(), placement.lastPage(), placement.fingerprint(),
						placement.ownFile() == null ? null : base.relativize(placement.ownFile()).toString(),
						batch.notices().get(i).noticeId() });
			}
			return new Printed(rows, batch.refused(), batch.refusals());
		};
	}

	static ItemStreamWriter<Printed> recorder(JdbcTemplate jdbc) {
		return new Recorder(jdbc);
	}

	/**
	 * Records the batches and takes back the refused notices ({@link RefusedNotices}).
	 */
	static final class Recorder implements ItemStreamWriter<Printed> {

		private final JdbcTemplate jdbc;

		private final RefusedNotices refused = new RefusedNotices();

		Recorder(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void open(ExecutionContext context) {
			refused.open(context);
		}

		@Override
		public void update(ExecutionContext context) {
			refused.update(context);
		}

		@Override
		public void write(Chunk<? extends Printed> chunk) {
			List<Object[]> rows = new ArrayList<>();
			List<Long> takenBack = new ArrayList<>();
			List<String> refusals = new ArrayList<>();
			for (Printed batch : chunk) {
				rows.addAll(batch.rows());
				takenBack.addAll(batch.refused());
				refusals.addAll(batch.refusals());
			}
			jdbc.batchUpdate(RECORD, rows);
			refused.takeBack(jdbc, takenBack, refusals);
		}

	}

}
