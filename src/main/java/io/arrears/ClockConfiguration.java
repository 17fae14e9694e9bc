package io.arrears;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one wall clock of the application. Only the edges (the scheduler, the command line)
 * read it, to turn "now" into an as-of date; the rules never do. Tests replace it with a
 * fixed clock.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	/** The estates' zone: business dates are dates in China. */
	public static final ZoneId ESTATE_ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(ESTATE_ZONE);
	}

}
