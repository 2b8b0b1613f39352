package io.talknotes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the layers honest: controllers call services, services call repositories.
 */
@AnalyzeClasses(packages = "io.talknotes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule controllersDoNotTouchRepositories = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class);

	/** A feature's repository is its own; other features go through its service. */
	@ArchTest
	static final ArchRule repositoriesStayInsideTheirFeature = classes().that()
		.areAssignableTo(Repository.class)
		.and()
		.resideInAPackage("io.talknotes..")
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule servicesDoNotDependOnControllers = noClasses().that()
		.areAnnotatedWith(Service.class)
		.should()
		.dependOnClassesThat()
		.areAnnotatedWith(Controller.class);

	@ArchTest
	static final ArchRule controllersAreNotPublic = classes().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.notBePublic();

}
