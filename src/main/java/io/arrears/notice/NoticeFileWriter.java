package io.arrears.notice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.document.DocumentRenderer;
import io.arrears.document.HouseholdNotice;
import io.arrears.document.MissingGlyphException;
import io.arrears.document.RenderedDocument;

/**
 * Renders each notice to its own PDF under {@code <output>/<estate>/<date>/<kind>/} (the
 * processor, run on several threads: each file embeds its own font subset, which is what
 * takes the time) and records the file and the fingerprint of the data it was rendered
 * from (the writer, one batched update per chunk). A render repeated after a failure
 * writes the same bytes, so a restart needs no clean-up. A notice whose text holds a
 * character the font lacks is not rendered and taken back from the registry (see
 * docs/documents.md), so that it is never sent without that character and a later run
 * issues it once the name is corrected.
 */
final class NoticeFileWriter {

	private static final String RECORD = "UPDATE notice SET file_path = ?, fingerprint = ? WHERE notice_id = ?";

	private NoticeFileWriter() {
	}

	/**
	 * A notice's file, relative to the output folder, and its fingerprint; or, for a
	 * notice refused, why (and no file).
	 */
	record RenderedNotice(long noticeId, String file, String fingerprint, String refusal) {

		static RenderedNotice refused(long noticeId, String why) {
			return new RenderedNotice(noticeId, null, null, why);
		}

	}

	static ItemProcessor<IssuedNotice, RenderedNotice> renderer(DocumentRenderer renderer, Path outputDir) {
		Path base = outputDir.toAbsolutePath().normalize();
		return new Renderer(renderer, base);
	}

	static ItemStreamWriter<RenderedNotice> recorder(JdbcTemplate jdbc) {
		return new Recorder(jdbc);
	}

	static final class Renderer implements ItemProcessor<IssuedNotice, RenderedNotice> {

		private final DocumentRenderer renderer;

		private final Path outputDir;

		Renderer(DocumentRenderer renderer, Path outputDir) {
			this.renderer = renderer;
			this.outputDir = outputDir;
		}

		@Override
		public RenderedNotice process(IssuedNotice notice) {
			HouseholdNotice document = notice.document();
			Path folder = DocumentRenderer.folder(outputDir, document.estate().code(), document.asOf(),
					document.kind().name());
			try {
				RenderedDocument file = renderer.render(document, folder);
				return new RenderedNotice(notice.noticeId(), outputDir.relativize(file.file()).toString(),
						file.fingerprint(), null);
			}
			catch (MissingGlyphException e) {
				return RenderedNotice.refused(notice.noticeId(), e.getMessage());
			}
		}

	}

	/** Records the files and takes back the refused notices ({@link RefusedNotices}). */
	static final class Recorder implements ItemStreamWriter<RenderedNotice> {

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
		public void write(Chunk<? extends RenderedNotice> chunk) {
			List<Object[]> rows = new ArrayList<>(chunk.size());
			List<Long> takenBack = new ArrayList<>();
			List<String> refusals = new ArrayList<>();
			for (RenderedNotice notice : chunk) {
				if (notice.refusal() == null) {
					rows.add(new Object[] { notice.file(), notice.fingerprint(), notice.noticeId() });
				}
				else {
					takenBack.add(notice.noticeId());
					refusals.add(notice.refusal());
				}
			}
			jdbc.batchUpdate(RECORD, rows);
			refused.takeBack(jdbc, takenBack, refusals);
		}

	}

}
