package io.arrears.document;

import java.util.Objects;

/**
 * The law firm that signs the lawyer's letter; configuration, not code.
 *
 * @param firmName 律师事务所
 * @param lawyerName the lawyer who signs
 * @param phone the firm's phone, may be empty
 * @param address the firm's address, may be empty
 */
public record LawFirm(String firmName, String lawyerName, String phone, String address) {
	public LawFirm {
		Objects.requireNonNull(firmName, "firmName");
		Objects.requireNonNull(lawyerName, "lawyerName");
		phone = Objects.requireNonNullElse(phone, "");
		address = Objects.requireNonNullElse(address, "");
	}
}
