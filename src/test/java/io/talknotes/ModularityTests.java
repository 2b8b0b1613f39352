package io.talknotes;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The features are modules with no cycles between them, and none reaches into another's
 * internals.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(TalknotesApplication.class);

	@Test
	void modulesAreAcyclicAndUseOnlyEachOthersPublicApi() {
		modules.verify();
	}

}
