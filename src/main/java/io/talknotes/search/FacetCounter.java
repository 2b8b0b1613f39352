package io.talknotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the documents a query matches, and for each value of some keyword fields how
 * many of them have it.
 *
 * <p>
 * The matching documents are gathered as one bit set per index segment. For each field of
 * a segment, the documents having each value are kept as bit sets too, built once per
 * segment and dropped with it, so a value's count is the size of the intersection of two
 * bit sets: a few hundred machine words, however many documents match and however many
 * values each has. A field whose values would take more than {@link #budgetBits} bits in
 * a segment is counted document by document instead.
 */
final class FacetCounter {

	/** Bits one field of one segment may keep: 8 MB. */
	static final long DEFAULT_BUDGET_BITS = 64L * 1024 * 1024;

	private final long budgetBits;

	private final Map<IndexReader.CacheKey, Map<String, ValueDocs>> segments = new ConcurrentHashMap<>();

	FacetCounter() {
		this(DEFAULT_BUDGET_BITS);
	}

	FacetCounter(long budgetBits) {
		this.budgetBits = budgetBits;
	}

	/**
	 * Gathers the documents a query matches, to count them with
	 * {@link #count(IndexReader, FixedBitSet[], Collection)}; it runs beside the
	 * collector of the best hits, in one pass over the matches. The searcher's query
	 * cache should be off, or repeated searches would be counted from cached results.
	 */
	static CollectorManager<?, FixedBitSet[]> matching(IndexReader reader) {
		return Matching.manager(reader.leaves().size());
	}

	/**
	 * Counts gathered matches.
	 * @param reader the index searched
	 * @param matching the matching documents, per segment, as gathered by
	 * {@link #matching(IndexReader)}
	 * @param fields the keyword fields to count the values of
	 * @return how many documents matched, and per field each value's count (values no
	 * matching document has are left out)
	 */
	Counts count(IndexReader reader, FixedBitSet[] matching, Collection<String> fields) throws IOException {
		Map<String, Map<String, Long>> byField = new LinkedHashMap<>();
		fields.forEach((field) -> byField.put(field, new HashMap<>()));
		long total = 0;
		for (LeafReaderContext leaf : reader.leaves()) {
			FixedBitSet docs = matching[leaf.ord];
			if (docs == null) {
				continue;
			}
			int found = docs.cardinality();
			if (found == 0) {
				continue;
			}
			total += found;
			for (String field : fields) {
				valueDocs(leaf.reader(), field).count(docs, byField.get(field));
			}
		}
		return new Counts(total, byField);
	}

	/** The documents having each value of a field, kept for as long as the segment. */
	private ValueDocs valueDocs(LeafReader segment, String field) throws IOException {
		IndexReader.CacheHelper cacheHelper = segment.getCoreCacheHelper();
		SortedSetDocValues values = DocValues.getSortedSet(segment, field);
		if (cacheHelper == null || values.getValueCount() * segment.maxDoc() > this.budgetBits) {
			return new ByDocument(segment, field);
		}
		Map<String, ValueDocs> fields = this.segments.computeIfAbsent(cacheHelper.getKey(), (key) -> {
			cacheHelper.addClosedListener(this.segments::remove);
			return new ConcurrentHashMap<>();
		});
		return fields.computeIfAbsent(field, (name) -> BitSets.of(values, segment.maxDoc()));
	}

	/** How many segments have value bit sets kept, for tests. */
	int segmentsKept() {
		return this.segments.size();
	}

	/**
	 * What a query matched.
	 *
	 * @param total how many documents matched
	 * @param byField per field, each value and how many matching documents have it
	 */
	record Counts(long total, Map<String, Map<String, Long>> byField) {

	}

	/** Counts the values of one field of a segment among the matching documents. */
	private interface ValueDocs {

		void count(FixedBitSet matching, Map<String, Long> into) throws IOException;

	}

	/** One bit set of documents per value. */
	private record BitSets(String[] values, FixedBitSet[] docs) implements ValueDocs {

		static BitSets of(SortedSetDocValues values, int maxDoc) {
			try {
				return read(values, maxDoc);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static BitSets read(SortedSetDocValues values, int maxDoc) throws IOException {
			int count = (int) values.getValueCount();
			String[] names = new String[count];
			FixedBitSet[] docs = new FixedBitSet[count];
			for (int ord = 0; ord < count; ord++) {
				names[ord] = values.lookupOrd(ord).utf8ToString();
				docs[ord] = new FixedBitSet(maxDoc);
			}
			for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
				for (int i = 0; i < values.docValueCount(); i++) {
					docs[(int) values.nextOrd()].set(doc);
				}
			}
			return new BitSets(names, docs);
		}

		@Override
		public void count(FixedBitSet matching, Map<String, Long> into) {
			for (int ord = 0; ord < this.docs.length; ord++) {
				long count = FixedBitSet.intersectionCount(matching, this.docs[ord]);
				if (count > 0) {
					into.merge(this.values[ord], count, Long::sum);
				}
			}
		}

	}

	/** Reads each matching document's values: for fields with too many values to keep. */
	private record ByDocument(LeafReader segment, String field) implements ValueDocs {

		@Override
		public void count(FixedBitSet matching, Map<String, Long> into) throws IOException {
			SortedSetDocValues values = DocValues.getSortedSet(this.segment, this.field);
			Map<Long, Integer> perOrd = new HashMap<>();
			for (int doc = matching
				.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = (doc + 1 < matching.length())
						? matching.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
				if (values.advanceExact(doc)) {
					for (int i = 0; i < values.docValueCount(); i++) {
						perOrd.merge(values.nextOrd(), 1, Integer::sum);
					}
				}
			}
			for (Map.Entry<Long, Integer> entry : perOrd.entrySet()) {
				into.merge(values.lookupOrd(entry.getKey()).utf8ToString(), (long) entry.getValue(), Long::sum);
			}
		}

	}

	/** Gathers the matching documents of each segment as a bit set. */
	private static final class Matching extends SimpleCollector {

		private final FixedBitSet[] perSegment;

		private FixedBitSet current;

		Matching(int segments) {
			this.perSegment = new FixedBitSet[segments];
		}

		static CollectorManager<Matching, FixedBitSet[]> manager(int segments) {
			return new CollectorManager<>() {

				@Override
				public Matching newCollector() {
					return new Matching(segments);
				}

				@Override
				public FixedBitSet[] reduce(Collection<Matching> collectors) {
					FixedBitSet[] all = new FixedBitSet[segments];
					for (Matching collector : collectors) {
						for (int i = 0; i < segments; i++) {
							if (collector.perSegment[i] != null) {
								all[i] = collector.perSegment[i];
							}
						}
					}
					return all;
				}

			};
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) {
			this.current = new FixedBitSet(context.reader().maxDoc());
			this.perSegment[context.ord] = this.current;
		}

		@Override
		public void collect(int doc) {
			this.current.set(doc);
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

	}

}
