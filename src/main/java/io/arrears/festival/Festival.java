package io.arrears.festival;

/** The festivals on which every household gets a card (seed practice, parts 1 and 2). */
public enum Festival {

	/** 春节, lunar 1/1. */
	SPRING_FESTIVAL("春节"),
	/** 元宵节, lunar 1/15. */
	LANTERN("元宵节");

	private final String chineseName;

	Festival(String chineseName) {
		this.chineseName = chineseName;
	}

	/** The festival's name as printed on a card. */
	public String chineseName() {
		return chineseName;
	}

}
