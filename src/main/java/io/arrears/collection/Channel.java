package io.arrears.collection;

/** How a collector reached (or tried to reach) an owner (SPEC §9). */
public enum Channel {

	PHONE, VISIT, WECHAT, SMS, LETTER, OTHER

}
