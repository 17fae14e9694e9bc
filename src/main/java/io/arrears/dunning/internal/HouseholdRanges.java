package io.arrears.dunning.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.dunning.HouseholdLedgerReader;

/**
 * Splits the households into key ranges of about equal size for the partitioned dunning
 * step: partition i reads the households after the last key of range i − 1 up to its own
 * last key. The boundaries come from one set-based query that the database answers from
 * the primary key, and they are compared by the database that reads the ranges, so its
 * collation decides the order, as it does for the unpartitioned read. The last range is
 * open above.
 */
public class HouseholdRanges implements Partitioner {

	/** The partitions' names, numbered from 0: a restart finds each by its name. */
	public static final String PARTITION = "partition";

	// NTILE deals the ordered keys into n buckets of sizes differing by at most one
	private static final String LAST_KEYS = """
			SELECT MAX(household_code) AS last_key
			  FROM (SELECT household_code, NTILE(?) OVER (ORDER BY household_code) AS tile
			          FROM household) tiles
			 GROUP BY tile
			 ORDER BY tile
			""";

	private final JdbcTemplate jdbc;

	public HouseholdRanges(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<String> lastKeys = jdbc.queryForList(LAST_KEYS, String.class, gridSize);
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		// fewer households than partitions gives fewer ranges; none at all still gives
		// one (empty) range
		int ranges = Math.max(1, lastKeys.size());
		String after = "";
		for (int i = 0; i < ranges; i++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(HouseholdLedgerReader.AFTER_KEY, after);
			if (i < ranges - 1) {
				context.putString(HouseholdLedgerReader.UP_TO_KEY, lastKeys.get(i));
				after = lastKeys.get(i);
			}
			partitions.put(PARTITION + i, context);
		}
		return partitions;
	}

}
