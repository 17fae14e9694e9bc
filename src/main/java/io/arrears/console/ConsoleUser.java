package io.arrears.console;

import java.time.LocalDateTime;

/**
 * A console user as {@code users list} shows it: never its password or hash.
 *
 * @param collectorCode the collector whose work list is theirs, for a {@code COLLECTOR}
 * only
 * @param lockedUntil until when sign-in is refused after repeated failures, or null
 */
public record ConsoleUser(String name, Role role, String collectorCode, boolean enabled, int failedLogins,
		LocalDateTime lockedUntil) {

	public boolean isLocked(LocalDateTime now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

}
