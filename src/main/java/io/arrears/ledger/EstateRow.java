package io.arrears.ledger;

/** A row of {@code estates.csv}; lengths are the columns' in the schema. */
record EstateRow(String code, String name, String companyName, String servicePhone, String managerName,
		String address) {

	static ImportRow<EstateRow> parse(CsvRow row) {
		return Fields.parse(row, ImportKind.ESTATES,
				f -> new EstateRow(f.code("estate_code", 64), f.required("name", 200), f.required("company_name", 200),
						f.optional("service_phone", 64), f.optional("manager_name", 100), f.optional("address", 400)));
	}
}
