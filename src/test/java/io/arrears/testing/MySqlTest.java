package io.arrears.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring Boot test on the real MySQL-compatible server (MariaDB with Connector/J here).
 * The server is {@code -Darrears.test.mysql.url} (default a local {@code arrears_test}
 * database, user {@code arrears}, password {@code arrears}, as {@code .ci/run} creates
 * them; in Surefire's fork N its name is suffixed {@code _fN}, see
 * {@link MySqlAvailable#url()}). Where no server answers, the test is skipped with a
 * visible reason, unless {@code -Darrears.test.require-mysql=true} (CI) makes that a
 * failure.
 * <p>
 * No web environment: the console is served by {@code serve} and {@code console} only, as
 * every other command runs without one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("mysql")
@ExtendWith(MySqlAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.datasource.url=${" + MySqlAvailable.EFFECTIVE_URL_PROPERTY + "}",
				"spring.datasource.username=${arrears.test.mysql.user:arrears}",
				"spring.datasource.password=${arrears.test.mysql.password:arrears}",
				"spring.datasource.hikari.data-source-properties.rewriteBatchedStatements=true",
				"arrears.output-dir=target/test-out/${arrears.test.fork:f0}/mysql" })
public @interface MySqlTest {

}
