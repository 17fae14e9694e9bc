package io.arrears.notice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.notice.rendering.DocumentRenderer;
import io.arrears.notice.rendering.HouseholdNotice;
import io.arrears.notice.rendering.RenderedDocument;

/**
 * Renders each notice to its own PDF under {@code <output>/<estate>/<date>/<kind>/} and records
 * the file and the fingerprint of the data it was rendered from, in one batched update per chunk.
 * A render repeated after a failure writes the same bytes, so a restart needs no clean-up.
 */
class NoticeFileWriter implements ItemWriter<IssuedNotice> {

	private static final String RECORD = "UPDATE notice SET file_path = ?, fingerprint = ? WHERE notice_id = ?";

	private final DocumentRenderer renderer;

	private final JdbcTemplate jdbc;

	private final Path outputDir;

	NoticeFileWriter(DocumentRenderer renderer, JdbcTemplate jdbc, Path outputDir) {
		this.renderer = renderer;
		this.jdbc = jdbc;
		this.outputDir = outputDir.toAbsolutePath().normalize();
	}

	@Override
	public void write(Chunk<? extends IssuedNotice> chunk) {
		List<Object[]> rendered = new ArrayList<>(chunk.size());
		for (IssuedNotice notice : chunk) {
			HouseholdNotice document = notice.document();
			Path folder = DocumentRenderer.folder(outputDir, document.estate().code(), document.asOf(),
					document.kind().name());
			RenderedDocument file = renderer.render(document, folder);
			rendered.add(new Object[] { outputDir.relativize(file.file()).toString(), file.fingerprint(),
					notice.noticeId() });
		}
		jdbc.batchUpdate(RECORD, rendered);
	}
}
