package io.arrears.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;

import io.arrears.dunning.Assessment;
import io.arrears.audit.Difference.Kind;
import io.arrears.estate.PublicListAudit;
import io.arrears.estate.PublicListAudit.Posted;
import io.arrears.document.DocumentRenderer;
import io.arrears.document.EstateList;
import io.arrears.document.ListedHousehold;
import io.arrears.schedule.Schedules;

/**
 * Re-runs the bulletin job: on each date of the range it posted on or was due by
 * {@code jobs/schedules.yml}, the bulletin and open letter of every estate, compared
 * household by household with what was posted. The posted lists are rebuilt from the
 * stage history they were made from and carry the fingerprint recorded when they were
 * posted, so a list posted from other data shows too.
 */
class BulletinRerun extends DocumentRerun {

	static final String NAME = "bulletin";

	private final PublicListAudit lists;

	BulletinRerun(RerunLauncher launcher, AuditRuns auditRuns, PublicListAudit lists, Schedules schedules) {
		super(launcher, auditRuns, schedules);
		this.lists = lists;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	SortedSet<LocalDate> postedOn(LocalDate from, LocalDate to) {
		return lists.postedDates(from, to);
	}

	@Override
	Map<String, StatedDocument> posted(LocalDate asOf) {
		Map<String, StatedDocument> posted = new LinkedHashMap<>();
		for (Posted p : lists.posted(asOf).values()) {
			Map<String, String> lines = p.rebuilt() == null ? Map.of() : lines(p.rebuilt());
			StatedDocument document = new StatedDocument(p.estateCode(), p.kind(), p.recordedFingerprint(), lines);
			posted.put(document.key(), document);
		}
		return posted;
	}

	@Override
	Map<String, Computed> computed(LocalDate asOf, Map<String, Assessment> standings) {
		Map<String, Computed> computed = new LinkedHashMap<>();
		for (EstateList list : lists.lists(asOf, standings).values()) {
			StatedDocument document = new StatedDocument(list.estate().code(), list.kind().name(),
					DocumentRenderer.fingerprint(list), lines(list));
			computed.put(document.key(), new Computed(document, tag -> lists.renderCorrected(list, tag)));
		}
		return computed;
	}

	@Override
	Kind lineKind() {
		return Kind.LISTED;
	}

	/**
	 * What a list states: its own figures on a line of the estate, then a line per
	 * household listed, with what the list shows of it.
	 */
	static Map<String, String> lines(EstateList list) {
		Map<String, String> lines = new LinkedHashMap<>();
		lines.put(StatedDocument.lineKey(list.estate().code(), "figures"),
				"households=" + list.households() + " paid=" + list.householdsPaid() + " deadline=" + list.deadline());
		for (ListedHousehold row : list.rows()) {
			lines.put(StatedDocument.lineKey(row.household().code(), "listed"),
					row.household().label() + (row.publicName().isEmpty() ? "" : " " + row.publicName()) + " amount="
							+ row.amount() + " oldest-due=" + row.oldestDueDate() + " days=" + row.daysOverdue());
		}
		return lines;
	}

}
