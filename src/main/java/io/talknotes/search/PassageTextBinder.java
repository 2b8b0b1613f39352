package io.talknotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import io.talknotes.note.Note;
import io.talknotes.system.TalknotesProperties;
import io.talknotes.system.TextAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
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
 * time at a million notes. The same field indexes the text's words
 * ({@link TextAnalysis#ENGLISH}), by which {@link NotePassages} finds and scores notes,
 * with where each stands in the text, so that the words of a query are marked where the
 * index says they are: analysing each note shown again took about a tenth of a results
 * page's time at 100,000 notes. This field exists on the Lucene backend only.</li>
 * <li>{@code dsl}: analysed, and kept to be read back, which {@link DslNotePassages}
 * searches and reads; it runs on either backend.</li>
 * </ul>
 */
public class PassageTextBinder implements TypeBinder {

	/** The field holding the text of each note. */
	public static final String FIELD = "passageText";

	/**
	 * What the field holds on the Lucene backend, beyond what the mapping says: part of
	 * the index's fingerprint ({@link IndexFingerprint}).
	 */
	static final String LUCENE_FIELD = "doc value; words with norms and offsets, " + TextAnalysis.ENGLISH;

	private static final FieldType WORDS;

	static {
		WORDS = new FieldType();
		WORDS.setTokenized(true);
		WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		WORDS.freeze();
	}

	/** The words of texts, as {@link TextAnalysis#ENGLISH} makes them. */
	private static final Analyzer ENGLISH = SearchAnalysis.english();

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
	static TalknotesProperties.Engine engine(BindingContext context) {
		try (BeanHolder<Environment> environment = context.beanResolver()
			.resolve(BeanReference.of(Environment.class, BeanRetrieval.BEAN))) {
			return Binder.get(environment.get()).bindOrCreate("talknotes", TalknotesProperties.class).search().engine();
		}
	}

	private static void contribute(String path, String text, Consumer<IndexableField> fields) {
		fields.accept(new BinaryDocValuesField(path, new BytesRef(text)));
		fields.accept(words(path, text));
	}

	/**
	 * The words of a text, indexed with their offsets.
	 * @param path the field
	 * @param text the words a note shows ({@link PlainText})
	 */
	static Field words(String path, String text) {
		return new Field(path, Words.of(path, text), WORDS);
	}

	/**
	 * The words of a text, analysed when the document is built and given to the index
	 * when it is written, which may be later and on another thread: an analyzer's stream
	 * is kept for reuse by the thread that made it, so its words are copied out first.
	 * Each word's offsets never go back, as the index requires.
	 */
	private static final class Words extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final String[] terms;

		private final int[] increments;

		private final int[] starts;

		private final int[] ends;

		private final int length;

		private int next;

		private Words(String[] terms, int[] increments, int[] starts, int[] ends, int length) {
			this.terms = terms;
			this.increments = increments;
			this.starts = starts;
			this.ends = ends;
			this.length = length;
		}

		static Words of(String field, String text) {
			String[] terms = new String[16];
			int[] increments = new int[16];
			int[] starts = new int[16];
			int[] ends = new int[16];
			int count = 0;
			int lastStart = 0;
			try (TokenStream stream = ENGLISH.tokenStream(field, text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
				PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					if (count == terms.length) {
						terms = Arrays.copyOf(terms, count * 2);
						increments = Arrays.copyOf(increments, count * 2);
						starts = Arrays.copyOf(starts, count * 2);
						ends = Arrays.copyOf(ends, count * 2);
					}
					terms[count] = term.toString();
					increments[count] = increment.getPositionIncrement();
					lastStart = Math.max(lastStart, offset.startOffset());
					starts[count] = lastStart;
					ends[count] = Math.max(lastStart, offset.endOffset());
					count++;
				}
				stream.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Words(Arrays.copyOf(terms, count), increments, starts, ends, text.length());
		}

		@Override
		public boolean incrementToken() {
			if (this.next == this.terms.length) {
				return false;
			}
			clearAttributes();
			this.term.setEmpty().append(this.terms[this.next]);
			this.increment.setPositionIncrement(this.increments[this.next]);
			this.offset.setOffset(this.starts[this.next], this.ends[this.next]);
			this.next++;
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			this.offset.setOffset(this.length, this.length);
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.next = 0;
		}

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
