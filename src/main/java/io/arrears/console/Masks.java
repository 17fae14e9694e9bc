package io.arrears.console;

/** Names and phones as the roles that do not work with owners see them. */
final class Masks {

	private Masks() {
	}

	/** 张三丰 → 张**. */
	static String name(String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		return name.substring(0, name.offsetByCodePoints(0, 1)) + "**";
	}

	/** 13800000013 → 138****0013; a short number is hidden whole. */
	static String phone(String phone) {
		if (phone == null || phone.isEmpty()) {
			return phone;
		}
		if (phone.length() < 8) {
			return "****";
		}
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

}
