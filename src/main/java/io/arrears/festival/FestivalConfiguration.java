package io.arrears.festival;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one festival calendar, mailing the cards as {@code arrears.festival.*} says. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FestivalProperties.class)
class FestivalConfiguration {

	@Bean
	FestivalCalendar festivalCalendar(FestivalProperties properties) {
		return new FestivalCalendar(properties.springFestivalDaysBefore(), properties.lanternDaysAfter());
	}

}
