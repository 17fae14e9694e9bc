package io.arrears.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.arrears.dunning.Assessor;
import io.arrears.dunning.Dunning;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.Ladder;
import io.arrears.dunning.NoticeDue;
import io.arrears.dunning.NoticeKind;
import io.arrears.dunning.Rules;
import io.arrears.dunning.ShippedRules;
import io.arrears.dunning.Stage;
import io.arrears.latefee.LateFeePolicy;
import io.arrears.latefee.Posting;
import io.arrears.ledger.LedgerEntry;

/**
 * The dunning run's arithmetic without a database, day after day, as the job will do it
 * once wired: assess (SPEC §3, §4), let {@link CollectionRules} say what of it is carried
 * out, post the late fees it leaves, register each notice once per episode. With no facts
 * it is the plain ladder.
 */
final class DailyRun {

	/** A notice registered: the registry key and the day it was issued. */
	record Issued(String household, NoticeKind kind, int number, LocalDate episode, LocalDate issuedOn) {

		/** As {@code expected-notices.csv} lists it. */
		String csv() {
			return String.join(",", household, kind.name(), Integer.toString(number), episode.toString(),
					issuedOn.toString());
		}
	}

	static final Rules RULES = ShippedRules.rules();

	private final Assessor assessor = new Assessor(RULES);

	private final CollectionRules rules;

	private final Map<String, HouseholdLedger> ledgers = new TreeMap<>();

	private final Map<String, CollectionFacts> facts;

	private final Set<String> registered = new HashSet<>();

	final List<Issued> issued = new ArrayList<>();

	/** Every registration, the case files included, in the order issued. */
	private final List<Issued> registrations = new ArrayList<>();

	final List<Suppression> suppressed = new ArrayList<>();

	/**
	 * @param facts what was recorded per household; a household absent from it has none
	 */
	DailyRun(Map<String, HouseholdLedger> ledgers, Map<String, CollectionFacts> facts, CollectionSettings settings) {
		this.ledgers.putAll(ledgers);
		this.facts = facts;
		this.rules = new CollectionRules(settings);
	}

	/** Runs one date for every household, in code order; returns what was carried out. */
	Map<String, Treatment> day(LocalDate date) {
		Map<String, Treatment> day = new TreeMap<>();
		for (Map.Entry<String, HouseholdLedger> h : ledgers.entrySet()) {
			String code = h.getKey();
			Dunning planned = assessor.assess(h.getValue(), date);
			Treatment treatment = rules.treat(planned, h.getValue(),
					facts.getOrDefault(code, CollectionFacts.none(code)), Visibility.endOf(date));
			Dunning done = treatment.dunning();
			if (!done.lateFees().isEmpty()) {
				List<LedgerEntry> entries = new ArrayList<>(h.getValue().entries());
				entries.addAll(done.lateFees());
				h.setValue(new HouseholdLedger(code, h.getValue().tags(), entries));
			}
			if (treatment.suppression() != null) {
				suppressed.add(treatment.suppression());
			}
			NoticeDue notice = done.notice();
			if (notice != null && registered
				.add(code + "|" + notice.kind() + "|" + notice.number() + "|" + notice.episodeDueDate())) {
				if (notice.kind() != NoticeKind.CASE_FILE) {
					issued.add(new Issued(code, notice.kind(), notice.number(), notice.episodeDueDate(), date));
				}
				registrations.add(new Issued(code, notice.kind(), notice.number(), notice.episodeDueDate(), date));
			}
			day.put(code, treatment);
		}
		return day;
	}

	/** The last notice the registry had issued to the household by the end of a date. */
	LastNotice lastNotice(String code, LocalDate date) {
		LastNotice last = null;
		for (Issued i : registrations) {
			if (i.household().equals(code) && !i.issuedOn().isAfter(date)) {
				last = new LastNotice(i.kind(), i.number(), i.issuedOn());
			}
		}
		return last;
	}

	HouseholdLedger ledger(String code) {
		return ledgers.get(code);
	}

	/** The late fees posted so far, household by household. */
	List<LedgerEntry> lateFees() {
		return ledgers.values()
			.stream()
			.flatMap(l -> l.entries().stream())
			.filter(e -> e.type() == io.arrears.ledger.EntryType.LATE_FEE)
			.toList();
	}

	/** The registered notices in {@code export notices} order. */
	List<String> noticesCsv() {
		return issued.stream()
			.sorted(java.util.Comparator.comparing(Issued::household)
				.thenComparing(i -> i.kind().name())
				.thenComparingInt(Issued::number)
				.thenComparing(Issued::episode))
			.map(Issued::csv)
			.toList();
	}

}
