package io.arrears.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring Boot test on a private in-memory H2 database in MySQL mode, as the embedded
 * default.
 * <p>
 * No web environment: the console is served by {@code serve} and {@code console} only, as
 * every other command runs without one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.datasource.url=jdbc:h2:mem:arrears-test;MODE=MySQL;DB_CLOSE_DELAY=-1",
				"arrears.output-dir=target/test-out/${arrears.test.fork:f0}/h2" })
public @interface H2Test {

}
