package io.talknotes.search;

import io.talknotes.system.NamedEntity;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes a conference, company or project the way search filters by it: its slug, which
 * the filter links send, and its slug with its name in one value ({@link #FACET}), which
 * the filter counts read, so that a value counted can be offered by its name and linked
 * by its slug.
 */
class NamedItemFacetBinder implements TypeBinder {

	/** The slug of the item. */
	static final String SLUG = "slug";

	/** The slug and the name of the item, as {@link #facetValue} writes them. */
	static final String FACET = "facet";

	private static final char SEPARATOR = '\u001f';

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("slug").use("name");
		IndexFieldReference<String> slug = context.indexSchemaElement().field(SLUG, (f) -> f.asString()).toReference();
		IndexFieldReference<String> facet = context.indexSchemaElement()
			.field(FACET, (f) -> f.asString().aggregable(Aggregable.YES))
			.toReference();
		context.bridge(NamedEntity.class, new Bridge(slug, facet));
	}

	static String facetValue(String slug, String name) {
		return slug + SEPARATOR + name;
	}

	/** The slug in a value of the {@link #FACET} field. */
	static String slugOf(String facetValue) {
		int separator = facetValue.indexOf(SEPARATOR);
		return (separator >= 0) ? facetValue.substring(0, separator) : facetValue;
	}

	/** The name in a value of the {@link #FACET} field. */
	static String nameOf(String facetValue) {
		return facetValue.substring(facetValue.indexOf(SEPARATOR) + 1);
	}

	private record Bridge(IndexFieldReference<String> slug,
			IndexFieldReference<String> facet) implements TypeBridge<NamedEntity> {

		@Override
		public void write(DocumentElement target, NamedEntity item, TypeBridgeWriteContext context) {
			target.addValue(this.slug, item.getSlug());
			target.addValue(this.facet, facetValue(item.getSlug(), item.getName()));
		}

	}

}
