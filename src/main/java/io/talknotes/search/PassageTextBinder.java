package io.talknotes.search;

import java.util.function.Consumer;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.ValueBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.ValueBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Keeps a note's text in the index as an uncompressed doc value, from which the passages
 * shown on a results page are read. A stored field would do the same, but stored fields
 * are compressed in blocks, and reading one note meant decompressing several kilobytes:
 * about an eighth of a results page's time at a million notes.
 */
public class PassageTextBinder implements ValueBinder {

	/** The field holding the text of each note. */
	public static final String FIELD = "passageText";

	@Override
	public void bind(ValueBindingContext<?> context) {
		context.bridge(String.class, new Identity(),
				context.typeFactory()
					.extension(LuceneExtension.get())
					.asNative(String.class, PassageTextBinder::contribute));
	}

	private static void contribute(String path, String text, Consumer<IndexableField> fields) {
		fields.accept(new BinaryDocValuesField(path, new BytesRef(text)));
	}

	private static final class Identity implements ValueBridge<String, String> {

		@Override
		public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
			return value;
		}

	}

}
