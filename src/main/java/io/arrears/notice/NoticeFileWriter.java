package io.arrears.notice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.document.DocumentRenderer;
import io.arrears.document.HouseholdNotice;
import io.arrears.document.RenderedDocument;

/**
 * Renders each notice to its own PDF under {@code <output>/<estate>/<date>/<kind>/} (the
 * processor, run on several threads: each file embeds its own font subset, which is what
 * takes the time) and records the file and the fingerprint of the data it was rendered
 * from (the writer, one batched update per chunk). A render repeated after a failure
 * writes the same bytes, so a restart needs no clean-up.
 */
final class NoticeFileWriter {

	private static final String RECORD = "UPDATE notice SET file_path = ?, fingerprint = ? WHERE notice_id = ?";

	private NoticeFileWriter() {
	}

	/** A notice's file, relative to the output folder, and its fingerprint. */
	record RenderedNotice(long noticeId, String file, String fingerprint) {
	}

	static ItemProcessor<IssuedNotice, RenderedNotice> renderer(DocumentRenderer renderer, Path outputDir) {
		Path base = outputDir.toAbsolutePath().normalize();
		return new Renderer(renderer, base);
	}

	static ItemWriter<RenderedNotice> recorder(JdbcTemplate jdbc) {
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
			RenderedDocument file = renderer.render(document, folder);
			return new RenderedNotice(notice.noticeId(), outputDir.relativize(file.file()).toString(),
					file.fingerprint());
		}

	}

	static final class Recorder implements ItemWriter<RenderedNotice> {

		private final JdbcTemplate jdbc;

		Recorder(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void write(Chunk<? extends RenderedNotice> chunk) {
			List<Object[]> rows = new ArrayList<>(chunk.size());
			for (RenderedNotice notice : chunk) {
				rows.add(new Object[] { notice.file(), notice.fingerprint(), notice.noticeId() });
			}
			jdbc.batchUpdate(RECORD, rows);
		}

	}

}
