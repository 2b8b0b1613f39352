package io.talknotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features are modules with no cycles between them, and none reaches into another's
 * internals; the module diagram in the docs shows them as they are.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(TalknotesApplication.class);

	static final Path DIAGRAM = Path.of("docs", "modules.puml");

	@Test
	void modulesAreAcyclicAndUseOnlyEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void theModuleDiagramInTheDocsIsCurrent() throws IOException {
		Path generated = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML));
		Path written = generated.resolve("components.puml");
		// The Documenter lists relationships in no fixed order
		assertThat(DIAGRAM)
			.as("%s is out of date: copy %s over it and render it (see docs/modules.md)", DIAGRAM, written)
			.exists();
		assertThat(Files.readAllLines(DIAGRAM))
			.as("%s is out of date: copy %s over it and render it (see docs/modules.md)", DIAGRAM, written)
			.containsExactlyInAnyOrderElementsOf(Files.readAllLines(written));
	}

}
