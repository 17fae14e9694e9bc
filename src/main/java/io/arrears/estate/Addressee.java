package io.arrears.estate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.arrears.document.EstateInfo;
import io.arrears.document.FestivalCard;
import io.arrears.document.HouseholdRef;

/**
 * Who a card goes to, as both festival steps read it: the household with its estate. A
 * card is private mail, so it carries the owner's name and the service centre's phone.
 */
record Addressee(EstateInfo estate, HouseholdRef household, String ownerName, String mailingAddress) {

	/** The columns {@link #of} reads, from {@code household h JOIN estate e}. */
	static final String COLUMNS = """
			h.household_code, h.building, h.unit, h.room, h.owner_name, h.mailing_address,
			       e.estate_code, e.name, e.company_name, e.service_phone, e.manager_name, e.address""";

	static Addressee of(ResultSet rs) throws SQLException {
		EstateInfo estate = new EstateInfo(rs.getString("estate_code"), rs.getString("name"),
				rs.getString("company_name"), rs.getString("service_phone"), rs.getString("manager_name"),
				rs.getString("address"));
		HouseholdRef household = new HouseholdRef(rs.getString("household_code"), rs.getString("building"),
				rs.getString("unit"), rs.getString("room"));
		return new Addressee(estate, household, rs.getString("owner_name"), rs.getString("mailing_address"));
	}

	FestivalCard card(FestivalRun run, BigDecimal arrears) {
		return new FestivalCard(estate, household, ownerName, mailingAddress, run.festival(), run.festivalDate(),
				run.asOf(), arrears);
	}
}
