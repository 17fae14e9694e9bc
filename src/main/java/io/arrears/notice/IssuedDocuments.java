package io.arrears.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import io.arrears.document.HouseholdNotice;
import io.arrears.document.DocumentProperties;

/**
 * The documents of the notices issued on a date, exactly as the render step reads them,
 * for whoever needs to render them again outside the job: the benchmark's rendering
 * floor.
 */
@Component
public class IssuedDocuments {

	private final DataSource dataSource;

	private final DocumentProperties properties;

	IssuedDocuments(DataSource dataSource, DocumentProperties properties) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	/**
	 * At most {@code limit} documents of the notices issued on the date, in delivery
	 * order.
	 */
	public List<HouseholdNotice> issuedOn(LocalDate date, int limit) throws Exception {
		IssuedNoticeReader reader = new IssuedNoticeReader(dataSource, date, false, 500,
				NoticeRenderingConfiguration.deadlines(properties));
		List<HouseholdNotice> documents = new ArrayList<>();
		reader.open(new ExecutionContext());
		try {
			for (IssuedNotice notice = reader.read(); notice != null
					&& documents.size() < limit; notice = reader.read()) {
				documents.add(notice.document());
			}
		}
		finally {
			reader.close();
		}
		return documents;
	}

}
