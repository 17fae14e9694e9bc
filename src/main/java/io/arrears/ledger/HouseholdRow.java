package io.arrears.ledger;

import java.math.BigDecimal;

/**
 * A row of {@code households.csv}. {@code tags} is kept as written ({@code ;}-separated,
 * empty when none), {@code areaSqm} with two decimals or {@code null}.
 */
record HouseholdRow(String code, String estateCode, String building, String unit, String room, BigDecimal areaSqm,
		String ownerName, String ownerPhone, String mailingAddress, String tags) {

	static ImportRow<HouseholdRow> parse(CsvRow row) {
		return Fields.parse(row, ImportKind.HOUSEHOLDS, HouseholdRow::from);
	}

	private static HouseholdRow from(Fields f) {
		String code = f.code("household_code", 64);
		String estate = f.code("estate_code", 64);
		String building = f.required("building", 32);
		String unit = f.required("unit", 32);
		String room = f.required("room", 32);
		BigDecimal area = f.decimal("area_sqm", false, 8);
		if (area != null && area.signum() <= 0) {
			throw Fields.reject("negative or zero area_sqm: " + area.toPlainString());
		}
		String tags = f.optional("tags", 400);
		if (tags != null) {
			for (String tag : tags.split(";")) {
				if (!tag.isBlank() && !HouseholdTag.isKnown(tag.strip())) {
					throw Fields.reject("unknown tag " + Fields.quoted(tag.strip()) + " in tags: the known tags are "
							+ HouseholdTag.KNOWN + " (lower case, separated by ;)");
				}
			}
		}
		return new HouseholdRow(code, estate, building, unit, room, area, f.optional("owner_name", 100),
				f.optional("owner_phone", 64), f.optional("mailing_address", 400), tags == null ? "" : tags);
	}
}
