package io.arrears.document;

import java.util.Objects;

/**
 * A household as public lists may show it: by building, unit and room only.
 *
 * @param code household code, used in file names (sanitised there)
 * @param building 幢
 * @param unit 单元
 * @param room 室
 */
public record HouseholdRef(String code, String building, String unit, String room) {
	public HouseholdRef {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(building, "building");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(room, "room");
	}

	/** 1幢1单元0101室. */
	public String label() {
		return building + "幢" + unit + "单元" + room + "室";
	}
}
