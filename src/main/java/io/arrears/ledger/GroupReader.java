package io.arrears.ledger;

import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.RowMapper;

import io.arrears.batch.Databases;
import io.arrears.batch.GroupingCursor;

/**
 * Reads one ordered staging query a group at a time (the rows of one reference, the
 * reversals of one target). It keeps no position: its query leaves out the rows already
 * decided, so a restarted step reads on from where the failed one stopped.
 */
class GroupReader<R, G> implements ItemStreamReader<G> {

	private final String name;

	private final DataSource dataSource;

	private final String sql;

	private final long run;

	private final RowMapper<R> rowMapper;

	private final Function<R, ?> key;

	private final Function<List<R>, G> group;

	private GroupingCursor<R> cursor;

	GroupReader(String name, DataSource dataSource, String sql, long run, RowMapper<R> rowMapper, Function<R, ?> key,
			Function<List<R>, G> group) {
		this.name = name;
		this.dataSource = dataSource;
		this.sql = sql;
		this.run = run;
		this.rowMapper = rowMapper;
		this.key = key;
		this.group = group;
	}

	@Override
	public void open(ExecutionContext context) {
		cursor = GroupingCursor.open(name, dataSource, sql, ps -> ps.setLong(1, run), rowMapper,
				Databases.streamingFetchSize(dataSource), key);
	}

	@Override
	public G read() throws Exception {
		List<R> rows = cursor.next();
		return rows == null ? null : group.apply(rows);
	}

	@Override
	public void close() {
		if (cursor != null) {
			cursor.close();
			cursor = null;
		}
	}

}
