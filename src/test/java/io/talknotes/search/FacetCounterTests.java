package io.talknotes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FacetCounterTests {

	private static final List<String> AUTHORS = List.of("Ada", "Grace", "Linus", "Margaret", "Ken");

	private static final List<String> KINDS = List.of("KEYNOTE", "TALK", "PANEL");

	/**
	 * Kept bit sets (a large budget) and reading each document's values (no budget) give
	 * the counts a plain count of the same documents gives, across several segments and
	 * with deleted documents.
	 */
	@ParameterizedTest
	@ValueSource(longs = { FacetCounter.DEFAULT_BUDGET_BITS, 0 })
	void countsEachValueOfTheMatchingDocuments(long budgetBits) throws IOException {
		List<Talk> talks = randomTalks(600);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			write(directory, talks);
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				FacetCounter counter = new FacetCounter(budgetBits);

				FacetCounter.Counts counts = count(counter, reader, new TermQuery(new Term("text", "kubernetes")),
						List.of("author", "kind"));

				List<Talk> matching = talks.stream()
					.filter((talk) -> !talk.deleted() && talk.text().contains("kubernetes"))
					.toList();
				assertThat(counts.total()).isEqualTo(matching.size()).isPositive();
				assertThat(counts.byField().get("author")).isEqualTo(countValues(matching, Talk::authors));
				assertThat(counts.byField().get("kind"))
					.isEqualTo(countValues(matching, (talk) -> List.of(talk.kind())));
			}
		}
	}

	@Test
	void leavesOutValuesNoMatchingDocumentHas() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			write(directory, List.of(new Talk("kubernetes at scale", List.of("Ada"), "KEYNOTE", false),
					new Talk("etcd internals", List.of("Grace", "Ken"), "TALK", false)));
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				FacetCounter.Counts counts = count(new FacetCounter(), reader, new TermQuery(new Term("text", "etcd")),
						List.of("author", "kind", "missing"));

				assertThat(counts.total()).isOne();
				assertThat(counts.byField().get("author")).containsOnly(Map.entry("Grace", 1L), Map.entry("Ken", 1L));
				assertThat(counts.byField().get("kind")).containsOnly(Map.entry("TALK", 1L));
				assertThat(counts.byField().get("missing")).isEmpty();
			}
		}
	}

	@Test
	void dropsTheBitSetsOfASegmentWhenItCloses() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			write(directory, randomTalks(50));
			FacetCounter counter = new FacetCounter();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				count(counter, reader, new MatchAllDocsQuery(), List.of("author"));
				assertThat(counter.segmentsKept()).isEqualTo(reader.leaves().size());
			}
			assertThat(counter.segmentsKept()).isZero();
		}
	}

	private static FacetCounter.Counts count(FacetCounter counter, DirectoryReader reader, Query query,
			List<String> fields) throws IOException {
		return counter.count(reader, new IndexSearcher(reader).search(query, FacetCounter.matching(reader)), fields);
	}

	private static Map<String, Long> countValues(List<Talk> talks,
			java.util.function.Function<Talk, List<String>> values) {
		Map<String, Long> counts = new HashMap<>();
		talks.forEach((
				talk) -> values.apply(talk).stream().distinct().forEach((value) -> counts.merge(value, 1L, Long::sum)));
		return counts;
	}

	private static List<Talk> randomTalks(int count) {
		Random random = new Random(42);
		List<Talk> talks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String text = random.nextBoolean() ? "kubernetes operators" : "service mesh";
			List<String> authors = new ArrayList<>();
			for (int a = random.nextInt(4); a > 0; a--) {
				authors.add(AUTHORS.get(random.nextInt(AUTHORS.size())));
			}
			talks.add(new Talk(text, authors, KINDS.get(random.nextInt(KINDS.size())), random.nextInt(10) == 0));
		}
		return talks;
	}

	/** Writes the talks in segments of 100, then deletes those marked deleted. */
	private static void write(ByteBuffersDirectory directory, List<Talk> talks) throws IOException {
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			for (int i = 0; i < talks.size(); i++) {
				Talk talk = talks.get(i);
				Document document = new Document();
				document.add(new StringField("id", Integer.toString(i), Field.Store.NO));
				document.add(new TextField("text", talk.text(), Field.Store.NO));
				talk.authors()
					.forEach((author) -> document.add(new SortedSetDocValuesField("author", new BytesRef(author))));
				document.add(new SortedSetDocValuesField("kind", new BytesRef(talk.kind())));
				writer.addDocument(document);
				if (i % 100 == 99) {
					writer.commit();
				}
			}
			for (int i = 0; i < talks.size(); i++) {
				if (talks.get(i).deleted()) {
					writer.deleteDocuments(new Term("id", Integer.toString(i)));
				}
			}
		}
	}

	private record Talk(String text, List<String> authors, String kind, boolean deleted) {

	}

}
