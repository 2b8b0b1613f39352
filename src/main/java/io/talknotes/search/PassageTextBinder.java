package io.talknotes.search;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import io.talknotes.note.Note;
import io.talknotes.system.TalknotesProperties;
import io.talknotes.system.TextAnalysis;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.environment.bean.BeanHolder;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.BindingContext;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.util.common.SearchException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Keeps the words a note shows ({@link PlainText}) in its search document, the way the
 * chosen search engine reads the passages shown on a results page
 * ({@code talknotes.search.engine}). They are taken from the Markdown once, when the note
 * is indexed, rather than for every note on every results page.
 * <ul>
 * <li>{@code lucene}: as an uncompressed doc value, which {@link NotePassages} reads. A
 * stored field would do the same, but stored fields are compressed in blocks, and reading
 * one note meant decompressing several kilobytes: about an eighth of a results page's
 * time at a million notes. This field exists on the Lucene backend only.</li>
 * <li>{@code dsl}: analysed, and kept to be read back, which {@link DslNotePassages}
 * searches and reads; it runs on either backend.</li>
 * </ul>
 */
public class PassageTextBinder implements TypeBinder {

	/** The field holding the text of each note. */
	public static final String FIELD = "passageText";

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("body");
		IndexSchemaElement schema = context.indexSchemaElement();
		if (engine(context) == TalknotesProperties.Engine.DSL) {
			context.bridge(Note.class,
					new Bridge(schema
						.field(FIELD,
								(f) -> f.asString()
									.analyzer(TextAnalysis.ENGLISH)
									.searchAnalyzer(TextAnalysis.ENGLISH_QUERY)
									.projectable(Projectable.YES))
						.toReference(), PlainText::of));
			return;
		}
		try {
			context
				.bridge(Note.class,
						new Bridge(schema
							.field(FIELD,
									(f) -> f.extension(LuceneExtension.get())
										.asNative(String.class, PassageTextBinder::contribute))
							.toReference(), PlainText::of));
		}
		catch (SearchException ex) {
			throw new IllegalStateException(
					"talknotes.search.engine=lucene needs the Lucene backend of Hibernate Search: set talknotes.search.engine=dsl",
					ex);
		}
	}

	/**
	 * The engine chosen, from the application's settings: the mapping is built while the
	 * application context starts, before its beans can be asked.
	 */
	private static TalknotesProperties.Engine engine(BindingContext context) {
		try (BeanHolder<Environment> environment = context.beanResolver()
			.resolve(BeanReference.of(Environment.class, BeanRetrieval.BEAN))) {
			return Binder.get(environment.get()).bindOrCreate("talknotes", TalknotesProperties.class).search().engine();
		}
	}

	private static void contribute(String path, String text, Consumer<IndexableField> fields) {
		fields.accept(new BinaryDocValuesField(path, new BytesRef(text)));
	}

	private record Bridge(IndexFieldReference<String> field, UnaryOperator<String> text) implements TypeBridge<Note> {

		@Override
		public void write(DocumentElement target, Note note, TypeBridgeWriteContext context) {
			if (note.getBody() != null) {
				target.addValue(this.field, this.text.apply(note.getBody()));
			}
		}

	}

}
