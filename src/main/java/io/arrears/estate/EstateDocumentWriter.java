package io.arrears.estate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.document.DocumentRenderer;
import io.arrears.document.EstateList;
import io.arrears.document.RenderedDocument;

/**
 * Renders each estate's bulletin and open letter under
 * {@code <output>/<estate>/<as-of>/<KIND>/} and records each with the fingerprint of its
 * data, in one batched insert per chunk.
 *
 * <p>
 * A document already recorded is not recorded again: with the same fingerprint it is left
 * as it is (only a missing file is rendered again, to the same bytes); with a different
 * one the run fails rather than replace what an estate has already posted, since the
 * audit must be able to show it.
 */
class EstateDocumentWriter implements ItemWriter<EstatePosting> {

	static final String RECORDED = """
			SELECT estate_code, kind, fingerprint FROM estate_document WHERE as_of = ? AND estate_code IN (%s)
			""";

	static final String RECORD = """
			INSERT INTO estate_document (estate_code, kind, as_of, file_path, fingerprint, households_listed)
			VALUES (?, ?, ?, ?, ?, ?)
			""";

	private final DocumentRenderer renderer;

	private final JdbcTemplate jdbc;

	private final Path outputDir;

	EstateDocumentWriter(DocumentRenderer renderer, JdbcTemplate jdbc, Path outputDir) {
		this.renderer = renderer;
		this.jdbc = jdbc;
		this.outputDir = outputDir.toAbsolutePath().normalize();
	}

	@Override
	public void write(Chunk<? extends EstatePosting> chunk) {
		List<EstateList> documents = new ArrayList<>();
		for (EstatePosting posting : chunk) {
			documents.addAll(posting.documents());
		}
		if (documents.isEmpty()) {
			return;
		}
		LocalDate asOf = documents.get(0).asOf();
		Map<String, String> recorded = recorded(documents, asOf);
		List<Object[]> rows = new ArrayList<>(documents.size());
		for (EstateList document : documents) {
			String fingerprint = DocumentRenderer.fingerprint(document);
			Path folder = DocumentRenderer.folder(outputDir, document.estate().code(), asOf, document.kind().name());
			String earlier = recorded.get(key(document.estate().code(), document.kind().name()));
			if (earlier != null && !earlier.equals(fingerprint)) {
				throw new IllegalStateException("the " + document.kind() + " of estate " + document.estate().code()
						+ " as of " + asOf + " was already posted from other data (fingerprint " + earlier
						+ "); the stage history of " + asOf + " has changed since. Not replacing it.");
			}
			if (earlier != null && Files.exists(folder.resolve(DocumentRenderer.fileName(document)))) {
				continue;
			}
			RenderedDocument file = renderer.render(document, folder);
			if (earlier == null) {
				rows.add(new Object[] { document.estate().code(), document.kind().name(), Date.valueOf(asOf),
						outputDir.relativize(file.file()).toString(), fingerprint, document.rows().size() });
			}
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(RECORD, rows);
		}
	}

	/**
	 * What is already recorded for the chunk's estates on the date, by estate and kind:
	 * one query.
	 */
	private Map<String, String> recorded(List<EstateList> documents, LocalDate asOf) {
		Set<String> estates = new LinkedHashSet<>();
		documents.forEach(d -> estates.add(d.estate().code()));
		List<Object> arguments = new ArrayList<>();
		arguments.add(Date.valueOf(asOf));
		arguments.addAll(estates);
		String sql = RECORDED.formatted(String.join(", ", Collections.nCopies(estates.size(), "?")));
		Map<String, String> recorded = new HashMap<>();
		jdbc.query(sql, rs -> {
			recorded.put(key(rs.getString(1), rs.getString(2)), rs.getString(3));
		}, arguments.toArray());
		return recorded;
	}

	private static String key(String estate, String kind) {
		return estate + "\u0000" + kind;
	}

}
