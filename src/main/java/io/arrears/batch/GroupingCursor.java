package io.arrears.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;

/**
 * One ordered query read through a cursor and handed out a group at a time: the
 * consecutive rows that share a key (a household, a notice, an estate). This is how the
 * jobs read set-based — one statement for the whole run, never a query per household —
 * and still work on one unit at a time. The cursor keeps no state of its own: the readers
 * that use it restart by key.
 *
 * @param <R> a row
 */
public final class GroupingCursor<R> implements AutoCloseable {

	private final JdbcCursorItemReader<R> rows;

	private final Function<R, ?> key;

	private R next;

	private GroupingCursor(JdbcCursorItemReader<R> rows, Function<R, ?> key) {
		this.rows = rows;
		this.key = key;
	}

	/**
	 * Opens the query.
	 * @param fetchSize rows per round trip; {@link Integer#MIN_VALUE} makes Connector/J
	 * stream the result instead of loading it whole into memory
	 * @param key the rows of one group are consecutive and share this key
	 */
	public static <R> GroupingCursor<R> open(String name, DataSource dataSource, String sql,
			PreparedStatementSetter parameters, RowMapper<R> rowMapper, int fetchSize, Function<R, ?> key) {
		JdbcCursorItemReader<R> rows = new JdbcCursorItemReaderBuilder<R>().name(name)
			.dataSource(dataSource)
			.sql(sql)
			.preparedStatementSetter(parameters)
			.rowMapper(rowMapper)
			.fetchSize(fetchSize)
			// a streaming MySQL result set cannot tell its position
			.verifyCursorPosition(false)
			.saveState(false)
			.build();
		rows.open(new ExecutionContext());
		return new GroupingCursor<>(rows, key);
	}

	/** The next group of rows, or null after the last. */
	public List<R> next() throws Exception {
		if (next == null) {
			next = rows.read();
			if (next == null) {
				return null;
			}
		}
		Object groupKey = key.apply(next);
		List<R> group = new ArrayList<>();
		while (next != null && Objects.equals(key.apply(next), groupKey)) {
			group.add(next);
			next = rows.read();
		}
		return group;
	}

	@Override
	public void close() {
		rows.close();
		next = null;
	}

}
