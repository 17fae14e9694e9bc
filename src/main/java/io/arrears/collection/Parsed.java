package io.arrears.collection;

/**
 * A line of a collection file after parsing: its value, or the reason it is rejected
 * (then the value is null), with its line number and text as they stood, for the rejects
 * file.
 *
 * @param recordedAtGiven false when {@code recorded_at} was empty (or the file has no
 * such column) and the import's time was used: such a row then matches a stored one
 * whatever time that was recorded at, so that importing the same file twice changes
 * nothing
 */
public record Parsed<T>(int line, String text, T value, String rejection, boolean recordedAtGiven) {

	static <T> Parsed<T> accepted(int line, String text, T value, boolean recordedAtGiven) {
		return new Parsed<>(line, text, value, null, recordedAtGiven);
	}

	static <T> Parsed<T> rejected(int line, String text, String reason) {
		return new Parsed<>(line, text, null, reason, false);
	}

	public boolean isRejected() {
		return rejection != null;
	}
}
