package io.arrears.document;

import java.util.Objects;

/**
 * The estate and its service centre, as printed on every document (estates.csv, SPEC §7).
 *
 * @param code estate code, used in file names (sanitised there)
 * @param name 小区 name, e.g. 锦绣花园
 * @param companyName the property-management company
 * @param servicePhone the service centre's phone (printed on letters to one household,
 * never on public lists)
 * @param managerName the service centre manager who signs the festival cards
 * @param address the estate's address
 */
public record EstateInfo(String code, String name, String companyName, String servicePhone, String managerName,
		String address) {
	public EstateInfo {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(companyName, "companyName");
		servicePhone = Objects.requireNonNullElse(servicePhone, "");
		managerName = Objects.requireNonNullElse(managerName, "");
		address = Objects.requireNonNullElse(address, "");
	}
}
