package io.talknotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.elasticsearch.metamodel.ElasticsearchIndexDescriptor;
import org.hibernate.search.backend.elasticsearch.schema.management.ElasticsearchIndexSchemaExport;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generations of the indexes on a search cluster (OpenSearch, Elasticsearch). Each
 * index is read and written through two aliases, {@code talks-read} and
 * {@code talks-write}, that name one concrete index, {@code talks-000001}. A rebuild
 * makes the next generation beside it, {@code talks-000002}, with the mapping and
 * settings of this version: writes go to the new index at once, readers stay on the old
 * one until every document is in, then all indexes switch in one step. So a rebuild never
 * leaves searches without an index, and the mapping may change in any way, which updating
 * an index in place cannot do (a field's analyzer, what the stored source keeps).
 * <p>
 * Each node builds only under the lock of the database's build record
 * ({@link SharedIndexBuild}), so there is one build at a time; a generation left by a
 * node that died while building, or a former one a node stopped before deleting, which no
 * reader uses either way, is deleted by the next build.
 */
final class IndexGenerations {

	private static final Logger logger = LoggerFactory.getLogger(IndexGenerations.class);

	/** The number Hibernate Search's index layout ends a concrete index name with. */
	private static final Pattern GENERATION = Pattern.compile("-\\d{6}");

	private final RestClient client;

	private final List<Index> indexes;

	private IndexGenerations(RestClient client, List<Index> indexes) {
		this.client = client;
		this.indexes = indexes;
	}

	/** The generations of every index of the mapping, on its cluster. */
	static IndexGenerations of(SearchMapping mapping) {
		Map<String, JsonObject> schemas = schemas(mapping);
		List<Index> indexes = mapping.allIndexedEntities().stream().map((entity) -> {
			ElasticsearchIndexDescriptor descriptor = entity.indexManager()
				.unwrap(ElasticsearchIndexManager.class)
				.descriptor();
			return new Index(descriptor.hibernateSearchName(), descriptor.readName(), descriptor.writeName(),
					schemas.get(descriptor.hibernateSearchName()));
		}).sorted(Comparator.comparing(Index::name)).toList();
		return new IndexGenerations(mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class),
				indexes);
	}

	/**
	 * What each index is created with, by its name in the mapping: mappings, analysis and
	 * settings, as Hibernate Search works them out, without the aliases.
	 */
	static Map<String, JsonObject> schemas(SearchMapping mapping) {
		Map<String, JsonObject> schemas = new TreeMap<>();
		mapping.scope(Object.class).schemaManager().exportExpectedSchema((backend, index, export) -> {
			ElasticsearchIndexSchemaExport elasticsearch = export.extension(ElasticsearchExtension.get());
			JsonObject body = new JsonObject();
			elasticsearch.bodyParts()
				.forEach((part) -> part.entrySet().forEach((e) -> body.add(e.getKey(), e.getValue())));
			body.remove("aliases");
			schemas.put(index, body);
		});
		return schemas;
	}

	/**
	 * Builds a new generation of every index and lets readers switch to it once filled.
	 * @param fill writes every document, through the write aliases
	 * @return the generations searches read before, to delete once those under way on
	 * them are done
	 */
	List<String> build(Runnable fill) {
		List<Generation> next = this.indexes.stream().map(this::create).toList();
		List<String> names = next.stream().map(Generation::name).toList();
		move(next, Index::writeAlias, false);
		logger.info("Writing the search index into {}; searches read the indexes they read before until it is filled",
				names);
		try {
			fill.run();
			send("POST", "/" + String.join(",", names) + "/_refresh", null);
		}
		catch (RuntimeException ex) {
			abandon(next, ex);
			throw ex;
		}
		move(next, Index::readAlias, false);
		logger.info("Searches read {} now", names);
		return next.stream().flatMap((generation) -> generation.before().keySet().stream()).toList();
	}

	/**
	 * Gives the writes back to the generations searches read and deletes the new ones, so
	 * that a build that failed leaves the indexes as they were: the next node to start
	 * builds again.
	 */
	private void abandon(List<Generation> next, RuntimeException failure) {
		try {
			move(next, Index::writeAlias, true);
			next.forEach((generation) -> delete(generation.name()));
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
	}

	/**
	 * Creates the next generation of an index, once any generation no search reads, left
	 * by a build that did not finish or kept after one by a node that stopped before
	 * deleting it, is deleted.
	 */
	private Generation create(Index index) {
		Map<String, Set<String>> generations = generations(index);
		generations.entrySet().removeIf((generation) -> {
			if (generation.getValue().contains(index.readAlias())) {
				return false;
			}
			logger.info("Deleting {}, an index no search reads, left by an earlier build", generation.getKey());
			delete(generation.getKey());
			return true;
		});
		String name = index.name() + "-" + "%06d".formatted(latest(generations.keySet()) + 1);
		send("PUT", "/" + name, index.schema());
		return new Generation(index, name, generations);
	}

	/** Deletes indexes no alias names any more. */
	void delete(List<String> names) {
		names.forEach(this::delete);
	}

	private void delete(String name) {
		send("DELETE", "/" + name, null);
	}

	/** Each generation of the index on the cluster, with the aliases naming it. */
	private Map<String, Set<String>> generations(Index index) {
		Pattern generation = Pattern.compile(Pattern.quote(index.name()) + GENERATION.pattern());
		JsonObject found = send("GET", "/" + index.name() + "-*/_alias?expand_wildcards=open,closed", null);
		Map<String, Set<String>> generations = new TreeMap<>();
		found.entrySet()
			.stream()
			.filter((entry) -> generation.matcher(entry.getKey()).matches())
			.forEach((entry) -> generations.put(entry.getKey(),
					new TreeSet<>(entry.getValue().getAsJsonObject().getAsJsonObject("aliases").keySet())));
		return generations;
	}

	/** The number of the latest generation; the names end in it. */
	private static int latest(Set<String> generations) {
		return generations.stream()
			.mapToInt((name) -> Integer.parseInt(name.substring(name.lastIndexOf('-') + 1)))
			.max()
			.orElse(0);
	}

	/**
	 * Moves an alias of each index, all in one step: to its new generation, or back to
	 * the generations that had it before.
	 */
	private void move(List<Generation> next, Function<Index, String> aliasOf, boolean back) {
		JsonArray actions = new JsonArray();
		for (Generation generation : next) {
			String alias = aliasOf.apply(generation.index());
			actions.add(action(back ? "remove" : "add", generation.name(), alias));
			generation.before().forEach((name, aliases) -> {
				if (aliases.contains(alias)) {
					actions.add(action(back ? "add" : "remove", name, alias));
				}
			});
		}
		JsonObject body = new JsonObject();
		body.add("actions", actions);
		send("POST", "/_aliases", body);
	}

	private static JsonObject action(String action, String index, String alias) {
		JsonObject arguments = new JsonObject();
		arguments.addProperty("index", index);
		arguments.addProperty("alias", alias);
		JsonObject named = new JsonObject();
		named.add(action, arguments);
		return named;
	}

	private JsonObject send(String method, String path, JsonObject body) {
		Request request = new Request(method, path);
		if (body != null) {
			request.setJsonEntity(body.toString());
		}
		try {
			Response response = this.client.performRequest(request);
			String text = (response.getEntity() != null) ? EntityUtils.toString(response.getEntity()) : "";
			return text.isBlank() ? new JsonObject() : JsonParser.parseString(text).getAsJsonObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search cluster refused " + method + " " + path, ex);
		}
	}

	/** An index of the mapping, with its aliases and what it is created with. */
	private record Index(String name, String readAlias, String writeAlias, JsonObject schema) {
	}

	/**
	 * The new generation of an index, and the generations there were before with the
	 * aliases naming them.
	 */
	private record Generation(Index index, String name, Map<String, Set<String>> before) {
	}

}
