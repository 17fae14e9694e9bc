package io.arrears.ledger;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The tags a household may carry in {@code households.csv} (SPEC §7), written in lower
 * case as here. A tag means something to the pipeline, so an unknown one is refused at
 * import rather than ignored: {@code Dispute} would otherwise silently not be
 * {@code dispute}, and the household would not go to the manager's team.
 */
public enum HouseholdTag {

	/** The arrears are in dispute: the manager's team takes the household (SPEC §3). */
	DISPUTE("dispute"),

	/** The owner left a key with the service centre. */
	KEY_OWNER("key-owner"),

	/** The owner cannot be reached at the phone or address on file. */
	UNREACHABLE("unreachable");

	/** The known tags as a user reads them in a rejection. */
	static final String KNOWN = Arrays.stream(values()).map(HouseholdTag::tag).collect(Collectors.joining(", "));

	private final String tag;

	HouseholdTag(String tag) {
		this.tag = tag;
	}

	/** The tag as written in the file and the {@code household.tags} column. */
	public String tag() {
		return tag;
	}

	/** Whether {@code tag} is one of the known tags, exactly as written. */
	static boolean isKnown(String tag) {
		return Arrays.stream(values()).anyMatch(t -> t.tag.equals(tag));
	}

}
