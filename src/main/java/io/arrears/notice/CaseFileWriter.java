package io.arrears.notice;

import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import io.arrears.collection.RecordedEvidence;
import io.arrears.document.CaseFile;
import io.arrears.document.CaseFile.IssuedNotice;
import io.arrears.document.DocumentRenderer;
import io.arrears.document.InternalFiles;
import io.arrears.document.MissingGlyphException;
import io.arrears.document.RenderedDocument;
import io.arrears.dunning.NoticeKind;

/**
 * Renders each case file with the notices issued to its household and what was recorded
 * that proves an interruption of the limitation period (contacts, holds, receipts), each
 * read for the whole chunk in one query per table, and records its file and fingerprint.
 * The chunk's files are rendered on the render threads, one file per thread at a time
 * (each is a file of its own, with its own font subset: the cost is the export, so two
 * cores render two at once), and recorded in reader order. A case file whose text holds a
 * character the font lacks is not rendered and taken back ({@link RefusedNotices}).
 */
class CaseFileWriter implements ItemStreamWriter<CaseFileInput> {

	private static final String NOTICES = """
			SELECT household_code, kind, number, issued_on, episode_due_date, total, fingerprint
			  FROM notice
			 WHERE household_code IN (:households) AND kind IN ('REMINDER', 'LAWYER_LETTER') AND issued_on <= :asOf
			 ORDER BY household_code, issued_on, kind, number
			""";

	private static final String RECORD = "UPDATE notice SET file_path = ?, fingerprint = ? WHERE notice_id = ?";

	private final CaseFiles caseFiles;

	private final DocumentRenderer renderer;

	private final JdbcTemplate jdbc;

	private final Path outputDir;

	private final Executor renderThreads;

	private final RefusedNotices refused = new RefusedNotices();

	CaseFileWriter(CaseFiles caseFiles, DocumentRenderer renderer, JdbcTemplate jdbc, Path outputDir,
			Executor renderThreads) {
		this.caseFiles = caseFiles;
		this.renderer = renderer;
		this.jdbc = jdbc;
		this.outputDir = outputDir.toAbsolutePath().normalize();
		this.renderThreads = renderThreads;
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
	public void write(Chunk<? extends CaseFileInput> chunk) {
		Set<String> households = new TreeSet<>();
		for (CaseFileInput input : chunk) {
			households.add(input.household().code());
		}
		Map<String, List<IssuedNotice>> notices = new HashMap<>();
		new NamedParameterJdbcTemplate(jdbc).query(NOTICES,
				Map.of("households", households, "asOf", Date.valueOf(chunk.getItems().get(0).asOf())), rs -> {
					String fingerprint = rs.getString("fingerprint");
					notices.computeIfAbsent(rs.getString("household_code"), h -> new ArrayList<>())
						.add(new IssuedNotice(NoticeKind.valueOf(rs.getString("kind")), rs.getInt("number"),
								rs.getDate("issued_on").toLocalDate(), rs.getDate("episode_due_date").toLocalDate(),
								rs.getBigDecimal("total").setScale(2), fingerprint == null ? "" : fingerprint));
				});
		Map<String, RecordedEvidence> evidence = RecordedEvidence.read(new NamedParameterJdbcTemplate(jdbc), households,
				chunk.getItems().get(0).asOf());
		List<CompletableFuture<Object>> renders = new ArrayList<>(chunk.size());
		for (CaseFileInput input : chunk) {
			String household = input.household().code();
			CaseFile file = caseFiles.build(input, notices.getOrDefault(household, List.of()),
					evidence.getOrDefault(household, RecordedEvidence.none(household)));
			Path folder = DocumentRenderer.folder(outputDir, input.estate().code(), input.asOf(),
					NoticeKind.CASE_FILE.name());
			// a case file names the owner: its folder is the service user's alone
			InternalFiles.folder(folder);
			renders.add(CompletableFuture.supplyAsync(() -> {
				try {
					RenderedDocument document = renderer.render(file, folder);
					InternalFiles.restrict(document.file());
					return new Object[] { outputDir.relativize(document.file()).toString(), document.fingerprint(),
							input.noticeId() };
				}
				catch (MissingGlyphException e) {
					return e;
				}
			}, renderThreads));
		}
		List<Object[]> rendered = new ArrayList<>(chunk.size());
		List<Long> takenBack = new ArrayList<>();
		List<String> refusals = new ArrayList<>();
		for (int i = 0; i < renders.size(); i++) {
			Object result = result(renders.get(i));
			if (result instanceof MissingGlyphException e) {
				takenBack.add(chunk.getItems().get(i).noticeId());
				refusals.add(e.getMessage());
			}
			else {
				rendered.add((Object[]) result);
			}
		}
		jdbc.batchUpdate(RECORD, rendered);
		refused.takeBack(jdbc, takenBack, refusals);
	}

	/** The render's result; a failure other than a refusal fails the chunk as it was. */
	private static Object result(CompletableFuture<Object> render) {
		try {
			return render.join();
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw e;
		}
	}

}
