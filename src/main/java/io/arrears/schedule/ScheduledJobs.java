package io.arrears.schedule;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The {@link ScheduledJob} beans by name; two with one name stop the start. */
final class ScheduledJobs {

	private final Map<String, ScheduledJob> byName = new TreeMap<>();

	ScheduledJobs(List<ScheduledJob> jobs) {
		for (ScheduledJob job : jobs) {
			ScheduledJob before = byName.put(job.name(), job);
			if (before != null) {
				throw new IllegalStateException("two scheduled jobs are named '" + job.name() + "': "
						+ before.getClass().getName() + " and " + job.getClass().getName());
			}
		}
	}

	Optional<ScheduledJob> get(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	Set<String> names() {
		return byName.keySet();
	}

}
