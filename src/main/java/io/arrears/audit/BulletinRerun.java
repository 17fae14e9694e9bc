package io.arrears.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import io.arrears.dunning.Assessment;
import io.arrears.dunning.KeptOff;
import io.arrears.audit.Difference.Cause;
import io.arrears.audit.Difference.Finding;
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
 * posted, so a list posted from other data shows too. A household a promise or hold kept
 * off that day is left off, as the job leaves it off, and the reconciliation says which
 * and by what ({@link #explain}).
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
	 * The bulletin job lists no household a promise or hold keeps off that day (SPEC §9):
	 * neither does the re-run.
	 */
	@Override
	Map<String, Assessment> listable(Map<String, Assessment> standings, Map<String, KeptOff> keptOff) {
		Map<String, Assessment> listable = new HashMap<>(standings);
		listable.keySet().removeAll(keptOff.keySet());
		return listable;
	}

	/**
	 * For each household a list would name but for the promise or hold that keeps it off:
	 * when the list posted did not name it either, a row that says so and by what
	 * ({@link Kind#KEPT_OFF}, {@link Finding#EXPLAINED}, not a difference); when it did
	 * (a restatement after a backdated hold), its difference says the household is kept
	 * off and by what, instead of a bare "not listed".
	 */
	@Override
	List<Difference> explain(LocalDate day, Map<String, Assessment> standings, Map<String, KeptOff> keptOff,
			Map<String, StatedDocument> recorded, List<Difference> differences) {
		if (keptOff.isEmpty()) {
			return differences;
		}
		List<Difference> explained = new ArrayList<>(differences);
		Map<String, EstateList> unheld = lists.lists(day, standings);
		for (String key : new TreeSet<>(unheld.keySet())) {
			EstateList list = unheld.get(key);
			String kind = list.kind().name();
			StatedDocument posted = recorded.get(StatedDocument.key(list.estate().code(), kind));
			for (ListedHousehold row : list.rows()) {
				String household = row.household().code();
				KeptOff why = keptOff.get(household);
				if (why == null) {
					continue;
				}
				Cause cause = new Cause(why.cause(), why.reason(), why.reference(), null, why.until());
				String subject = kind + " listed";
				String keptOffBy = "kept off the " + kind + " by " + cause.describe();
				boolean differs = false;
				for (int i = 0; i < explained.size(); i++) {
					Difference d = explained.get(i);
					if (d.kind() == Kind.LISTED && household.equals(d.householdCode()) && subject.equals(d.subject())) {
						explained.set(i,
								new Difference(d.asOf(), household, Kind.LISTED, subject, "not listed: " + keptOffBy,
										d.recorded(), Finding.SHOULD_NOT_HAVE_GONE_OUT, kind, cause));
						differs = true;
					}
				}
				if (!differs) {
					explained.add(new Difference(day, household, Kind.KEPT_OFF, subject, keptOffBy,
							posted == null ? "no " + kind + " posted" : "not listed", Finding.EXPLAINED, kind, cause));
				}
			}
		}
		return explained;
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
