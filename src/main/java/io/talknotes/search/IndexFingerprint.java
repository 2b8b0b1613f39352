package io.talknotes.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;

/**
 * A digest of what the search index is built from, so that an index built for another
 * mapping is noticed without anyone bumping a version: every index with each of its
 * fields (path, type, traits, analyzers), and the definition of every analyzer, as the
 * analysis configurers give it, with the compiled code of the filters Talknotes writes
 * itself; for a Lucene index, the words each analyzer makes of a sample text, and for an
 * index on a search cluster, what it is created with; the words note passages keep of a
 * sample of Markdown; and what a Lucene index's own fields hold.
 */
final class IndexFingerprint {

	/** The setting naming the analysis configurers (Hibernate Search's own key). */
	static final String ANALYSIS_CONFIGURER = "hibernate.search.backend.analysis.configurer";

	/**
	 * Text with what analysis has to get right: apostrophes, joined words, versions,
	 * case, accents.
	 */
	private static final String SAMPLE = "Airbnb’s K8s v1.16 clusters silo’d silo`d jobs.cncf.io Zero-Downtime "
			+ "Zürich Scaling 35M QPS don't three-way-merge GitOps p99 5 9s";

	/** Markdown with what the words a note shows leave out. */
	private static final String MARKDOWN = """
			# Scaling *etcd* at [Airbnb](https://airbnb.io "blog")
			- [x] **35M** QPS with `kubectl`, ~~old~~ \\*new\\*
			> 1. quoted | table | row |
			|---|:--:|
			<https://cncf.io> _done_
			""";

	private IndexFingerprint() {
	}

	/**
	 * The words the note passages keep of a sample of Markdown: the index holds them, so
	 * a change in what they leave out is a change of the index.
	 */
	static String passages() {
		return "passages " + PlainText.of(MARKDOWN) + '\n';
	}

	/**
	 * What the fields that a Lucene index holds in Lucene's own terms are made of: the
	 * mapping names them but cannot say.
	 */
	static String nativeFields(SearchMapping mapping) {
		return SearchIndex.isLucene(mapping.backend()) ? "field " + PassageTextBinder.FIELD + ": "
				+ PassageTextBinder.LUCENE_FIELD + "\nfield " + IndexFields.SHOWN + ": " + StoredTalk.FORMAT + '\n'
				: "";
	}

	/**
	 * The fingerprint of the mapping and of the analysis the configurers define.
	 * @param mapping the running mapping
	 * @param settings the Hibernate settings, which name the analysis configurers
	 * @return 64 hexadecimal digits
	 */
	static String of(SearchMapping mapping, Map<String, Object> settings) {
		return sha256(describe(mapping.allIndexedEntities()) + analysis(configurers(settings)) + samples(mapping)
				+ schemas(mapping) + passages() + nativeFields(mapping));
	}

	/**
	 * What each index on a search cluster is created with: its mapping, analysis and
	 * settings as sent to the cluster, custom mapping and settings files included. A
	 * Lucene index has no such schema: its analysis is sampled instead.
	 */
	static String schemas(SearchMapping mapping) {
		if (SearchIndex.isLucene(mapping.backend())) {
			return "";
		}
		StringBuilder schemas = new StringBuilder();
		IndexGenerations.schemas(mapping)
			.forEach(
					(index, schema) -> schemas.append("schema ").append(index).append(' ').append(schema).append('\n'));
		return schemas.toString();
	}

	/**
	 * The words each analyzer of a Lucene index makes of a sample of the jargon notes
	 * hold: a change in a filter's code that its definition does not show still changes
	 * them. An index elsewhere (OpenSearch) analyses on its servers: nothing to sample.
	 */
	static String samples(SearchMapping mapping) {
		LuceneBackend lucene;
		try {
			lucene = mapping.backend().unwrap(LuceneBackend.class);
		}
		catch (SearchException ex) {
			return "";
		}
		TreeSet<String> analyzers = new TreeSet<>();
		mapping.allIndexedEntities()
			.forEach((entity) -> entity.indexManager()
				.descriptor()
				.staticFields()
				.stream()
				.filter(IndexFieldDescriptor::isValueField)
				.map((field) -> field.toValueField().type())
				.forEach((type) -> {
					type.analyzerName().ifPresent(analyzers::add);
					type.searchAnalyzerName().ifPresent(analyzers::add);
				}));
		StringBuilder samples = new StringBuilder();
		for (String name : analyzers) {
			lucene.analyzer(name)
				.ifPresent((analyzer) -> samples.append("sample ")
					.append(name)
					.append(':')
					.append(words(analyzer, SAMPLE))
					.append('\n'));
		}
		return samples.toString();
	}

	private static String words(Analyzer analyzer, String text) {
		StringBuilder words = new StringBuilder();
		try (TokenStream tokens = analyzer.tokenStream("sample", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute position = tokens.addAttribute(PositionIncrementAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.append(' ').append(position.getPositionIncrement()).append(term);
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words.toString();
	}

	/** Each index with its fields, one line a field, in a stable order. */
	static String describe(java.util.Collection<? extends SearchIndexedEntity<?>> entities) {
		StringBuilder description = new StringBuilder();
		entities.stream().sorted(Comparator.comparing(SearchIndexedEntity::jpaName)).forEach((entity) -> {
			description.append("index ")
				.append(entity.jpaName())
				.append(' ')
				.append(entity.indexManager().descriptor().hibernateSearchName())
				.append('\n');
			entity.indexManager()
				.descriptor()
				.staticFields()
				.stream()
				.map(IndexFingerprint::field)
				.sorted()
				.forEach((line) -> description.append(line).append('\n'));
		});
		return description.toString();
	}

	private static String field(IndexFieldDescriptor field) {
		String line = field.absolutePath() + (field.multiValued() ? " multi" : " single") + " traits="
				+ new TreeSet<>(field.type().traits());
		if (field.isObjectField()) {
			return line + " object nested=" + field.toObjectField().type().nested();
		}
		IndexValueFieldTypeDescriptor type = field.toValueField().type();
		return line + " value=" + type.valueClass().getName() + " argument=" + type.dslArgumentClass().getName()
				+ " projected=" + type.projectedValueClass().getName() + " searchable=" + type.searchable()
				+ " sortable=" + type.sortable() + " projectable=" + type.projectable() + " aggregable="
				+ type.aggregable() + " analyzer=" + type.analyzerName().orElse("-") + " searchAnalyzer="
				+ type.searchAnalyzerName().orElse("-") + " normalizer=" + type.normalizerName().orElse("-");
	}

	/** The analysis configurers the settings name ({@code class:…}, comma-separated). */
	static List<Object> configurers(Map<String, Object> settings) {
		Object named = settings.get(ANALYSIS_CONFIGURER);
		if (named == null) {
			return List.of();
		}
		return Stream.of(named.toString().split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.map((name) -> name.substring(name.indexOf(':') + 1))
			.map(IndexFingerprint::instantiate)
			.toList();
	}

	private static Object instantiate(String className) {
		try {
			return Class.forName(className, true, IndexFingerprint.class.getClassLoader())
				.getDeclaredConstructor()
				.newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read the analysis configurer " + className, ex);
		}
	}

	/**
	 * Every call each configurer makes to define its analyzers and normalizers, in order,
	 * with its arguments: the configurer runs against a context that only records.
	 */
	static String analysis(List<Object> configurers) {
		StringBuilder calls = new StringBuilder();
		for (Object configurer : configurers) {
			calls.append("analysis ").append(configurer.getClass().getName()).append('\n');
			Method configure = Stream.of(configurer.getClass().getMethods())
				.filter((method) -> method.getName().equals("configure") && method.getParameterCount() == 1
						&& method.getParameterTypes()[0].isInterface())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(configurer.getClass() + " has no configure method"));
			try {
				configure.invoke(configurer, recorder(configure.getParameterTypes()[0], calls));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot read the analysis of " + configurer.getClass(), ex);
			}
		}
		return calls.toString();
	}

	/** A stand-in for a definition context or builder that writes down each call. */
	private static Object recorder(Class<?> type, StringBuilder calls) {
		return Proxy.newProxyInstance(IndexFingerprint.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, arguments) -> {
					if (method.getDeclaringClass() == Object.class) {
						return switch (method.getName()) {
							case "hashCode" -> System.identityHashCode(proxy);
							case "equals" -> proxy == arguments[0];
							default -> type.getName();
						};
					}
					calls.append(method.getName()).append('(').append(render(arguments)).append(")\n");
					Class<?> returned = method.getReturnType();
					return returned.isInterface() ? recorder(returned, calls) : null;
				});
	}

	private static String render(Object[] arguments) {
		if (arguments == null) {
			return "";
		}
		return Stream.of(arguments).map(IndexFingerprint::render).collect(Collectors.joining(", "));
	}

	private static String render(Object argument) {
		if (argument instanceof Class<?> type) {
			// A filter of our own: its code decides the words, so its code counts.
			return type.getName()
					+ (type.getName().startsWith("io.talknotes.") ? "@" + sha256(bytecode(type)).substring(0, 16) : "");
		}
		if (argument instanceof Object[] array) {
			return Arrays.deepToString(array);
		}
		return String.valueOf(argument);
	}

	private static String bytecode(Class<?> type) {
		String resource = "/" + type.getName().replace('.', '/') + ".class";
		try (InputStream in = type.getResourceAsStream(resource)) {
			return (in != null) ? HexFormat.of().formatHex(in.readAllBytes()) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
