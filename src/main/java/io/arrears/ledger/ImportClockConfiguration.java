package io.arrears.ledger;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. An import reads it for {@code recorded_at} when a ledger row
 * leaves it empty; it is a bean so that tests and the edges can fix it. Asia/Shanghai is the
 * estates' default zone (SPEC §7).
 */
@Configuration(proxyBeanMethods = false)
class ImportClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Shanghai"));
	}
}
