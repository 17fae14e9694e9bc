package io.arrears.dunning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.ledger.LedgerEntries;
import io.arrears.ledger.LedgerEntry;

/**
 * Puts a vector's estates, households and ledger straight into the tables, for job tests
 * whose subject is the dunning run rather than the import. Public for the jobs that read
 * what the dunning run wrote (the bulletin, the festival cards).
 */
public final class VectorLoader {

	private VectorLoader() {
	}

	public static void load(JdbcTemplate jdbc, String vector) {
		loadEstatesAndHouseholds(jdbc, vector);
		List<LedgerEntry> entries = new ArrayList<>();
		for (String[] r : VectorFiles.rows(vector, "ledger.csv")) {
			entries.add(VectorFiles.entry(r));
		}
		LedgerEntries.append(jdbc, entries);
	}

	/** The vector's estates and households, without its ledger. */
	public static void loadEstatesAndHouseholds(JdbcTemplate jdbc, String vector) {
		for (String[] e : VectorFiles.rows(vector, "estates.csv")) {
			jdbc.update("INSERT INTO estate (estate_code, name, company_name, service_phone, manager_name, address)"
					+ " VALUES (?, ?, ?, ?, ?, ?)", (Object[]) e);
		}
		List<Object[]> households = new ArrayList<>();
		for (String[] h : VectorFiles.rows(vector, "households.csv")) {
			households.add(new Object[] { h[0], h[1], h[2], h[3], h[4], new BigDecimal(h[5]), h[6], h[7], h[8], h[9] });
		}
		jdbc.batchUpdate(
				"INSERT INTO household (household_code, estate_code, building, unit, room, area_sqm,"
						+ " owner_name, owner_phone, mailing_address, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				households);
	}

}
