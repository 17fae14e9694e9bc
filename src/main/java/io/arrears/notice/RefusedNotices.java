package io.arrears.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.dunning.DunningRuns;

/**
 * The notices a render step refused (a character the font lacks, docs/documents.md):
 * taken back from the registry, so that they are not issued and a later run issues them
 * once the data is corrected, and kept in the step's execution context under
 * {@link DunningRuns#REFUSED_NOTICES}, so that the run's summary lists them, also after a
 * restart.
 */
final class RefusedNotices {

	private static final Logger log = LoggerFactory.getLogger(RefusedNotices.class);

	// lines first: they name the notice by its registry key
	private static final String TAKE_BACK_LINES = """
			DELETE FROM notice_line
			 WHERE EXISTS (SELECT 1 FROM notice n
			                WHERE n.notice_id = ? AND n.household_code = notice_line.household_code
			                  AND n.kind = notice_line.kind AND n.number = notice_line.number
			                  AND n.episode_due_date = notice_line.episode_due_date)
			""";

	private static final String TAKE_BACK = "DELETE FROM notice WHERE notice_id = ?";

	// written by the chunk's writer, read at each commit
	private final List<String> refused = new CopyOnWriteArrayList<>();

	void open(ExecutionContext context) {
		refused.clear();
		context.getString(DunningRuns.REFUSED_NOTICES, "").lines().filter(l -> !l.isBlank()).forEach(refused::add);
	}

	void update(ExecutionContext context) {
		context.putString(DunningRuns.REFUSED_NOTICES, String.join("\n", refused));
	}

	/**
	 * Takes the notices back, in the chunk's transaction, and says why. A chunk rolled
	 * back after this is rendered again and its refusals said twice: the registry stays
	 * right, the summary errs on the side of telling.
	 */
	void takeBack(JdbcTemplate jdbc, List<Long> noticeIds, List<String> why) {
		if (noticeIds.isEmpty()) {
			return;
		}
		List<Object[]> ids = new ArrayList<>(noticeIds.size());
		noticeIds.forEach(id -> ids.add(new Object[] { id }));
		jdbc.batchUpdate(TAKE_BACK_LINES, ids);
		jdbc.batchUpdate(TAKE_BACK, ids);
		why.forEach(log::warn);
		refused.addAll(why);
	}

}
