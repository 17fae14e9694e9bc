package io.arrears.estate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.RowMapper;

import io.arrears.batch.GroupingCursor;

/**
 * Streams one ordered query, one row per household, and hands out one estate at a time:
 * the unit of work of the jobs that produce a document per estate. On restart it resumes
 * after the last estate of the last committed chunk, by key, as the dunning reader does
 * by household.
 *
 * <p>
 * The query must order by estate code first and take the estate code to resume after as
 * its last parameter ({@code AND e.estate_code > ?}).
 *
 * <p>
 * Not final: a step-scoped bean is proxied by subclassing.
 *
 * @param <R> a row
 * @param <G> an estate's rows, grouped
 */
class ByEstateReader<R, G> implements ItemStreamReader<G> {

	private static final String AFTER_KEY = "after-estate";

	private final String name;

	private final DataSource dataSource;

	private final String sql;

	private final List<Object> parameters;

	private final RowMapper<R> rowMapper;

	private final Function<R, String> estateOf;

	private final Function<List<R>, G> group;

	private final int fetchSize;

	private GroupingCursor<R> estates;

	private String lastEstate;

	/**
	 * @param name the reader's name, which prefixes its key in the step's execution
	 * context
	 * @param parameters the query's parameters before the estate key
	 */
	ByEstateReader(String name, DataSource dataSource, String sql, List<Object> parameters, RowMapper<R> rowMapper,
			Function<R, String> estateOf, Function<List<R>, G> group, int fetchSize) {
		this.name = name;
		this.dataSource = dataSource;
		this.sql = sql;
		this.parameters = List.copyOf(parameters);
		this.rowMapper = rowMapper;
		this.estateOf = estateOf;
		this.group = group;
		this.fetchSize = fetchSize;
	}

	@Override
	public void open(ExecutionContext context) throws ItemStreamException {
		lastEstate = context.getString(name + "." + AFTER_KEY, null);
		List<Object> all = new ArrayList<>(parameters);
		all.add(lastEstate == null ? "" : lastEstate);
		estates = GroupingCursor.open(name + "Rows", dataSource, sql, ps -> {
			for (int i = 0; i < all.size(); i++) {
				ps.setObject(i + 1, all.get(i));
			}
		}, rowMapper, fetchSize, estateOf);
	}

	@Override
	public G read() throws Exception {
		List<R> estateRows = estates.next();
		if (estateRows == null) {
			return null;
		}
		lastEstate = estateOf.apply(estateRows.get(0));
		return group.apply(estateRows);
	}

	@Override
	public void update(ExecutionContext context) throws ItemStreamException {
		if (lastEstate != null) {
			context.putString(name + "." + AFTER_KEY, lastEstate);
		}
	}

	@Override
	public void close() throws ItemStreamException {
		if (estates != null) {
			estates.close();
		}
	}

}
