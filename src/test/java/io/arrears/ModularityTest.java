package io.arrears;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules of README's "How it works" and the one-way dependencies between them: a
 * type of one module that reaches into another's {@code internal} package, or a cycle
 * between modules, fails the build here.
 */
class ModularityTest {

	@Test
	void modulesDependOneWay() {
		ApplicationModules.of(ArrearsApplication.class).verify();
	}

}
