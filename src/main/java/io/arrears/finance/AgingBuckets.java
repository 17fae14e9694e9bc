package io.arrears.finance;

import java.util.ArrayList;
import java.util.List;

/**
 * The aging report's days-overdue buckets: "0" for a household with nothing overdue, then
 * one bucket from each configured first day to the day before the next, the last
 * open-ended (1-30, 31-60, …, >365). Plain Java: {@link Aging} groups the households by
 * them.
 */
final class AgingBuckets {

	/**
	 * The bucket of households with nothing overdue ({@code days_overdue} 0, stage
	 * CURRENT).
	 */
	static final String NONE = "0";

	private final List<Integer> starts;

	private final List<String> labels;

	private AgingBuckets(List<Integer> starts) {
		this.starts = List.copyOf(starts);
		List<String> all = new ArrayList<>();
		all.add(NONE);
		for (int i = 0; i < starts.size(); i++) {
			all.add(i + 1 < starts.size() ? starts.get(i) + "-" + (starts.get(i + 1) - 1) : ">" + (starts.get(i) - 1));
		}
		this.labels = List.copyOf(all);
	}

	static AgingBuckets of(List<Integer> starts) {
		if (starts == null || starts.isEmpty() || starts.get(0) != 1) {
			throw new IllegalArgumentException("arrears.finance.aging-buckets must start at day 1: " + starts);
		}
		for (int i = 1; i < starts.size(); i++) {
			if (starts.get(i) <= starts.get(i - 1)) {
				throw new IllegalArgumentException("arrears.finance.aging-buckets must be ascending: " + starts.get(i)
						+ " after " + starts.get(i - 1));
			}
		}
		return new AgingBuckets(starts);
	}

	/**
	 * Every bucket's label, in order, "0" first: the report shows each, empty ones too.
	 */
	List<String> labels() {
		return labels;
	}

	/** The label of the bucket a household this many days overdue falls in. */
	String labelOf(int daysOverdue) {
		if (daysOverdue < 1) {
			return NONE;
		}
		int i = starts.size() - 1;
		while (starts.get(i) > daysOverdue) {
			i--;
		}
		return labels.get(i + 1);
	}

}
