package io.talknotes.search;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.talknotes.TalknotesApplication;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.spi.BuiltinAnnotations;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application does not let Hibernate Search scan its classes for types mapped by
 * their annotations alone (a start's time, see application.properties): a class carrying
 * such an annotation would be left out of the mapping without a word, so none may.
 */
class RootMappingAnnotationsTests {

	@Test
	void noClassOfTheApplicationIsMappedByItsAnnotationsAlone() throws Exception {
		Index classes = applicationClasses();
		assertThat(classes.getKnownClasses()).hasSizeGreaterThan(100);
		Set<DotName> rootMapping = new HashSet<>(BuiltinAnnotations.ROOT_MAPPING_ANNOTATIONS);
		classes.getAnnotations(BuiltinAnnotations.ROOT_MAPPING)
			.forEach((annotation) -> rootMapping.add(annotation.target().asClass().name()));
		Set<String> mappedByAnnotation = new TreeSet<>();
		for (DotName annotation : rootMapping) {
			for (AnnotationInstance use : classes.getAnnotations(annotation)) {
				mappedByAnnotation.add(use.target() + " @" + annotation.withoutPackagePrefix());
			}
		}
		assertThat(mappedByAnnotation)
			.as("register these types in SearchMappings, or turn the discovery back on in application.properties")
			.isEmpty();
	}

	@Test
	void findsAnAnnotationHibernateSearchWouldHaveFound() throws Exception {
		Indexer indexer = new Indexer();
		indexer.indexClass(Projected.class);
		Index index = indexer.complete();
		assertThat(BuiltinAnnotations.ROOT_MAPPING_ANNOTATIONS.stream()
			.flatMap((annotation) -> index.getAnnotations(annotation).stream())).isNotEmpty();
	}

	private static Index applicationClasses() throws IOException, URISyntaxException {
		Path classes = Path.of(TalknotesApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Indexer indexer = new Indexer();
		try (Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".class")).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					indexer.index(in);
				}
			}
		}
		return indexer.complete();
	}

	record Projected(String title) {

		@org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor
		Projected {
		}

	}

}
