package io.talknotes.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightingTests {

	private final EnglishAnalyzer analyzer = new EnglishAnalyzer();

	private final Highlighting highlighting = new Highlighting(this.analyzer);

	@Test
	void marksStemmedWordsInTheWholeText() {
		assertThat(this.highlighting.whole("title", query("title", "cluster"),
				List.of("Scaling to thousands of clusters", "Nothing here")))
			.containsExactly("Scaling to thousands of <mark>clusters</mark>");
	}

	@Test
	void givesTheBestSentencesFirst() {
		String text = "Helm has charts. Tiller is gone in Helm 3. Tiller was the server side of Helm, and Tiller "
				+ "needed wide permissions. Charts are packages.";

		assertThat(this.highlighting.bestSentences("abstract", query("abstract", "tiller"), text, 2)).containsExactly(
				"<mark>Tiller</mark> was the server side of Helm, and <mark>Tiller</mark> needed wide permissions. ",
				"<mark>Tiller</mark> is gone in Helm 3. ");
	}

	@Test
	void marksPhrasesOnlyWhereTheWordsFollowEachOther() {
		assertThat(this.highlighting.whole("text", query("text", "\"service mesh\""),
				List.of("A mesh of services; a service mesh")))
			.containsExactly("A mesh of services; a <mark>service</mark> <mark>mesh</mark>");
	}

	@Test
	void escapesTheTextAroundTheMarks() {
		assertThat(this.highlighting.whole("text", query("text", "qps"), List.of("<b>35M</b> QPS & more")))
			.containsExactly("&lt;b&gt;35M&lt;&#x2F;b&gt; <mark>QPS</mark> &amp; more");
	}

	@Test
	void givesNothingWhenNothingMatches() {
		assertThat(this.highlighting.bestSentences("text", query("text", "etcd"), "Nothing about it.", 3)).isEmpty();
		assertThat(this.highlighting.bestSentences("text", query("text", "etcd"), null, 3)).isEmpty();
		assertThat(this.highlighting.whole("text", query("text", "etcd"), List.of())).isEmpty();
	}

	@Test
	void marksEveryTextOfASearchAsIfItWereTheOnlyOne() {
		List<String> texts = List.of("Tiller is gone. Helm 3 has no server side.", "Nothing here.",
				"A service mesh. Then another service mesh, and kubernetes.", "Kubernetes clusters, kubelets.");
		List<Query> queries = List.of(query("text", "tiller"), query("text", "\"service mesh\""),
				query("text", "kube*"), query("other", "kubernetes"));
		for (Query query : queries) {
			for (String field : List.of("text", "other")) {
				for (String text : texts) {
					assertThat(this.highlighting.bestSentences(field, query, text, 2))
						.as("%s in %s of \"%s\"", query, field, text)
						.isEqualTo(new Highlighting(this.analyzer).bestSentences(field, query, text, 2));
					assertThat(this.highlighting.whole(field, query, List.of(text)))
						.isEqualTo(new Highlighting(this.analyzer).whole(field, query, List.of(text)));
				}
			}
		}
		assertThat(this.highlighting.whole("text", query("text", "kube*"), texts)).containsExactly(
				"A service mesh. Then another service mesh, and <mark>kubernetes</mark>.",
				"<mark>Kubernetes</mark> clusters, <mark>kubelets</mark>.");
	}

	@Test
	void marksTheSameWordsWhenOnlyWordsThatMayMatchAreStemmed() {
		Analyzer english = SearchAnalysis.englishStemmingOnly((word) -> true);
		List<String> texts = List.of(
				"Holland’s clusters: the Dutch ran 35M QPS on K8s v1.16.\nSiamese cats, Thai food.",
				"Clustered nodes; a cluster of clusters. Classes, classy, CLUSTERING!",
				"Kubernetes, kubelets and Kubeflow at jobs.cncf.io; silo’d teams.", "");
		for (String words : List.of("cluster", "dutch", "thailand", "clusters nodes", "35M", "kubernetes OR silo’d",
				"\"service mesh\"", "kube*", "helm -tiller", "jobs.cncf.io", "nothing")) {
			Query query = new SimpleQueryParser(english, "text").parse(words);
			for (String text : texts) {
				assertThat(new Highlighting(english, SearchAnalysis::englishStemmingOnly).bestSentences("text", query,
						text, 3))
					.as("%s in \"%s\"", words, text)
					.isEqualTo(new Highlighting(english).bestSentences("text", query, text, 3));
				assertThat(new Highlighting(english, SearchAnalysis::englishStemmingOnly).whole("text", query,
						List.of(text)))
					.isEqualTo(new Highlighting(english).whole("text", query, List.of(text)));
			}
		}
		assertThat(new Highlighting(english, SearchAnalysis::englishStemmingOnly).whole("text",
				new SimpleQueryParser(english, "text").parse("dutch cluster"), List.of(texts.get(0))))
			.containsExactly("<mark>Holland</mark>’s <mark>clusters</mark>: the <mark>Dutch</mark> ran 35M QPS on K8s "
					+ "v1.16.\nSiamese cats, Thai food.");
	}

	@Test
	void marksWhereTheIndexSaysTheWordsAreWhatAnalysingTheTextAgainMarks() throws IOException {
		List<String> texts = List.of(
				"Holland’s clusters: the Dutch ran 35M QPS on K8s v1.16.\nSiamese cats, Thai food.",
				"Clustered nodes; a cluster of clusters. Classes, classy, CLUSTERING! A cluster again.",
				"Kubernetes, kubelets and Kubeflow at jobs.cncf.io; silo’d teams. A service mesh, a mesh.",
				"- Helm 3 dropped Tiller.\n- Tiller needed wide permissions, Tiller did.\n- Charts stay.",
				"Tiller here. Tiller there. Tiller again. Helm stays.");
		Analyzer english = SearchAnalysis.english();
		AtomicInteger analysed = new AtomicInteger();
		Function<Predicate<CharSequence>, Analyzer> stemmingOnly = (stemmed) -> counted(
				SearchAnalysis.englishStemmingOnly(stemmed), analysed);
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
				for (String text : texts) {
					writer.addDocument(List.of(PassageTextBinder.words("text", text)));
					if (text.startsWith("Kubernetes")) {
						// The texts after it go to a second segment.
						writer.commit();
					}
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSize(2);
				// In the order of the index, then back, then again, as one search.
				List<Integer> order = List.of(0, 1, 2, 3, 4, 4, 3, 1, 2, 0, 0, 1, 2, 3, 4);
				for (String words : List.of("cluster", "dutch", "clusters nodes", "35M", "kubernetes OR silo’d",
						"\"service mesh\"", "kube*", "tiller -helm", "jobs.cncf.io", "permission wide", "tiller helm",
						"nothing")) {
					Query query = new SimpleQueryParser(SearchAnalysis.englishQuery(), "text").parse(words);
					Highlighting fromIndex = new Highlighting(counted(english, analysed), stemmingOnly);
					for (int doc : order) {
						LeafReaderContext segment = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
						assertThat(fromIndex.bestSentences(segment.reader(), doc - segment.docBase, "text", query,
								texts.get(doc), 1))
							.as("%s in \"%s\"", words, texts.get(doc))
							.isEqualTo(new Highlighting(english).bestSentences("text", query, texts.get(doc), 1));
					}
				}
				LeafReader segment = reader.leaves().get(1).reader();
				Highlighting fromIndex = new Highlighting(counted(english, analysed), stemmingOnly);
				analysed.set(0);
				assertThat(
						fromIndex.bestSentences(segment, 0, "text",
								new SimpleQueryParser(SearchAnalysis.englishQuery(), "text")
									.parse("tiller permissions"),
								texts.get(3), 1))
					.containsExactly("- Helm 3 dropped <mark>Tiller</mark>.\n- <mark>Tiller</mark> needed wide "
							+ "<mark>permissions</mark>, <mark>Tiller</mark> did.\n- Charts stay.");
				assertThat(analysed).as("texts analysed again").hasValue(0);
			}
		}
	}

	/** An analyzer that counts the texts it analyses. */
	private static Analyzer counted(Analyzer analyzer, AtomicInteger analysed) {
		return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {

			@Override
			protected Analyzer getWrappedAnalyzer(String fieldName) {
				analysed.incrementAndGet();
				return analyzer;
			}

		};
	}

	private Query query(String field, String text) {
		return new SimpleQueryParser(this.analyzer, field).parse(text);
	}

}
