package io.arrears.limitation;

import java.time.LocalDate;
import java.util.Objects;

import io.arrears.dunning.NoticeKind;

/**
 * The registry key of an issued notice (SPEC §5): household, kind, number and episode.
 * Each notice is issued at most once per episode, so the key names exactly one.
 */
public record NoticeKey(String householdCode, NoticeKind kind, int number, LocalDate episodeDueDate) {

	public NoticeKey {
		Objects.requireNonNull(householdCode, "householdCode");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(episodeDueDate, "episodeDueDate");
	}
}
