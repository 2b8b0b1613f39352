package io.talknotes.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.talknotes.system.TextAnalysis;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.engine.backend.index.IndexManager;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The index is rebuilt when what it is built from changes, without anyone bumping a
 * version: the fingerprint is read from the running mapping and from the analysis
 * configurers, and changes with a field or an analyzer definition.
 */
@DataJpaTest
class IndexFingerprintTests {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private SearchMapping mapping;

	private Map<String, Object> settings;

	@BeforeEach
	void readMapping() {
		this.mapping = Search.mapping(this.entityManagerFactory);
		this.settings = this.entityManagerFactory.getProperties();
	}

	@Test
	void isStableForOneMapping() {
		assertThat(IndexFingerprint.of(this.mapping, this.settings)).hasSize(64)
			.isEqualTo(IndexFingerprint.of(this.mapping, new HashMap<>(this.settings)));
	}

	@Test
	void describesEveryIndexWithItsFieldsAndTheirAnalyzers() {
		String description = IndexFingerprint.describe(this.mapping.allIndexedEntities());

		assertThat(description).contains("index Talk talks\n", "index Note notes\n")
			.containsPattern("\ntitle single .* searchable=true .* analyzer=" + TextAnalysis.ENGLISH + " ");
	}

	@Test
	void namesWhatTheFieldsOfALuceneIndexInLucenesOwnTermsHold() {
		assertThat(IndexFingerprint.nativeFields(this.mapping)).contains(
				"field passageText: doc value; words with norms and offsets", "field shown: " + StoredTalk.FORMAT);
	}

	@Test
	void readsEveryAnalyzerDefinitionOfTheConfigurers() {
		String analysis = IndexFingerprint.analysis(IndexFingerprint.configurers(this.settings));

		assertThat(analysis)
			.contains("analysis " + SearchAnalysis.class.getName(), "analyzer(" + TextAnalysis.ENGLISH + ")",
					"analyzer(" + TextAnalysis.ENGLISH_QUERY + ")", "tokenFilter(asciiFolding)", "tokenFilter(kStem)")
			.containsPattern("charFilter\\(" + ApostropheFilterFactory.class.getName() + "@[0-9a-f]{16}\\)");
	}

	@Test
	void holdsTheWordsEachAnalyzerMakesOfASample() {
		String samples = IndexFingerprint.samples(this.mapping);

		assertThat(samples)
			.contains("sample " + TextAnalysis.ENGLISH + ":", "sample " + TextAnalysis.ENGLISH_QUERY + ":")
			.contains("1zurich", "1airbnb", "1k8s", "silo'd");
	}

	@Test
	void holdsTheWordsNotePassagesKeepOfMarkdown() {
		assertThat(IndexFingerprint.passages()).contains("Scaling etcd at Airbnb", "35M QPS with kubectl")
			.doesNotContain("**", "](", "[x]");
	}

	@Test
	void changesWhenAnAnalyzerDefinitionChanges() {
		Map<String, Object> withoutFolding = new HashMap<>(this.settings);
		withoutFolding.put(IndexFingerprint.ANALYSIS_CONFIGURER, "class:" + AnalysisWithoutFolding.class.getName());

		assertThat(IndexFingerprint.of(this.mapping, withoutFolding))
			.isNotEqualTo(IndexFingerprint.of(this.mapping, this.settings));
	}

	@Test
	void changesWhenAFieldChanges() {
		String fingerprint = IndexFingerprint.describe(this.mapping.allIndexedEntities());
		SearchIndexedEntity<?> talk = this.mapping.indexedEntity("Talk");
		IndexValueFieldDescriptor title = talk.indexManager().descriptor().field("title").orElseThrow().toValueField();

		String titleSortable = IndexFingerprint
			.describe(withTalk(withField(talk, sortableAs(title, !title.type().sortable()))));
		String oneMoreField = IndexFingerprint.describe(withTalk(withField(talk, renamed(title, "subtitle_words"))));

		assertThat(titleSortable).isNotEqualTo(fingerprint);
		assertThat(oneMoreField).isNotEqualTo(fingerprint).isNotEqualTo(titleSortable);
	}

	/** Every indexed entity of the mapping, with Talk replaced. */
	private List<SearchIndexedEntity<?>> withTalk(SearchIndexedEntity<?> talk) {
		List<SearchIndexedEntity<?>> entities = new ArrayList<>(this.mapping.allIndexedEntities());
		entities.replaceAll((entity) -> entity.jpaName().equals("Talk") ? talk : entity);
		return entities;
	}

	/** The entity with this field in place of the one of the same path, or added. */
	private static SearchIndexedEntity<?> withField(SearchIndexedEntity<?> entity, IndexFieldDescriptor field) {
		IndexDescriptor real = entity.indexManager().descriptor();
		List<IndexFieldDescriptor> fields = new ArrayList<>(real.staticFields());
		fields.removeIf((existing) -> existing.absolutePath().equals(field.absolutePath()));
		fields.add(field);
		IndexDescriptor descriptor = mock(IndexDescriptor.class, delegatesTo(real));
		given(descriptor.staticFields()).willReturn(fields);
		IndexManager manager = mock(IndexManager.class);
		given(manager.descriptor()).willReturn(descriptor);
		SearchIndexedEntity<?> changed = mock(SearchIndexedEntity.class);
		given(changed.jpaName()).willReturn(entity.jpaName());
		given(changed.indexManager()).willReturn(manager);
		return changed;
	}

	private static IndexValueFieldDescriptor sortableAs(IndexValueFieldDescriptor field, boolean sortable) {
		IndexValueFieldTypeDescriptor type = mock(IndexValueFieldTypeDescriptor.class, delegatesTo(field.type()));
		given(type.sortable()).willReturn(sortable);
		IndexValueFieldDescriptor changed = mock(IndexValueFieldDescriptor.class, delegatesTo(field));
		given(changed.type()).willReturn(type);
		given(changed.toValueField()).willReturn(changed);
		return changed;
	}

	private static IndexValueFieldDescriptor renamed(IndexValueFieldDescriptor field, String path) {
		IndexValueFieldDescriptor changed = mock(IndexValueFieldDescriptor.class, delegatesTo(field));
		given(changed.absolutePath()).willReturn(path);
		given(changed.toValueField()).willReturn(changed);
		return changed;
	}

	/** The application's analysis, but without folding accents. */
	public static class AnalysisWithoutFolding implements LuceneAnalysisConfigurer {

		@Override
		public void configure(LuceneAnalysisConfigurationContext context) {
			context.analyzer(TextAnalysis.ENGLISH)
				.custom()
				.tokenizer("standard")
				.charFilter(ApostropheFilterFactory.class)
				.tokenFilter(JoinedWordsFilterFactory.class)
				.tokenFilter("englishPossessive")
				.tokenFilter("lowercase")
				.tokenFilter("kStem");
			context.analyzer(TextAnalysis.ENGLISH_QUERY)
				.custom()
				.tokenizer("standard")
				.charFilter(ApostropheFilterFactory.class)
				.tokenFilter("englishPossessive")
				.tokenFilter("lowercase")
				.tokenFilter("kStem");
		}

	}

}
