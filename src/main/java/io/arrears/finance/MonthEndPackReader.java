package io.arrears.finance;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The packs of every estate for the date, read with {@link MonthEndQueries}' aggregate
 * queries when the step opens. A restart reads them again and skips the estates already
 * written: the files are rewritten only from there on.
 */
class MonthEndPackReader extends AbstractItemCountingItemStreamItemReader<MonthEndPack> {

	private final MonthEndQueries queries;

	private final LocalDate asOf;

	private Iterator<MonthEndPack> packs;

	MonthEndPackReader(MonthEndQueries queries, LocalDate asOf) {
		this.queries = queries;
		this.asOf = asOf;
		setName("monthEndPackReader");
	}

	@Override
	protected void doOpen() {
		List<MonthEndPack> all = queries.packs(asOf);
		packs = all.iterator();
	}

	@Override
	protected MonthEndPack doRead() {
		return packs.hasNext() ? packs.next() : null;
	}

	@Override
	protected void doClose() {
		packs = null;
	}

}
