package io.talknotes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.talknotes.talk.TalkKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import static io.talknotes.search.IndexFields.ABSTRACT;
import static io.talknotes.search.IndexFields.COMPANIES;
import static io.talknotes.search.IndexFields.CONFERENCE;
import static io.talknotes.search.IndexFields.FIGURES;
import static io.talknotes.search.IndexFields.KIND;
import static io.talknotes.search.IndexFields.SHOWN;
import static io.talknotes.search.IndexFields.SLUG;
import static io.talknotes.search.IndexFields.SPEAKERS;
import static io.talknotes.search.IndexFields.TITLE;

/**
 * Reads one page of talks from the talks' index, best first: what each talk's search
 * document keeps for results pages, with the query's words marked in its title, abstract
 * and figures. The passages of their notes are added after, by {@link NotePassages}.
 */
final class TalkHits {

	private static final Set<String> STORED = Set.of(SLUG, TITLE, KIND, CONFERENCE, COMPANIES, SPEAKERS, ABSTRACT,
			FIGURES);

	private TalkHits() {
	}

	/**
	 * Gathers the best talks, up to the end of the page wanted, to read with
	 * {@link #page}.
	 * @param offset how many better talks come before the page
	 * @param count talks per page
	 */
	static CollectorManager<?, TopDocs> best(int offset, int count) {
		return new TopScoreDocCollectorManager(offset + count, Integer.MAX_VALUE);
	}

	/**
	 * The talks of one page.
	 * @param searcher the talks' index
	 * @param highlighting marks the query's words
	 * @param query the query, as built by {@link TalkQuery}
	 * @param best the best talks, as gathered by {@link #best}
	 * @param offset how many better talks come before the page
	 */
	static List<TalkHit> page(IndexSearcher searcher, Highlighting highlighting, Query query, TopDocs best, int offset)
			throws IOException {
		ScoreDoc[] top = best.scoreDocs;
		List<LeafReaderContext> segments = searcher.getIndexReader().leaves();
		List<TalkHit> page = new ArrayList<>();
		for (int i = offset; i < top.length; i++) {
			page.add(read(searcher, segments, top[i].doc).marked(highlighting, query));
		}
		return page;
	}

	/**
	 * A talk as its document keeps it for results pages: from its doc value, or from its
	 * stored fields in a segment written before talks had one.
	 */
	private static StoredTalk read(IndexSearcher searcher, List<LeafReaderContext> segments, int doc)
			throws IOException {
		LeafReaderContext segment = segments.get(ReaderUtil.subIndex(doc, segments));
		BinaryDocValues shown = segment.reader().getBinaryDocValues(SHOWN);
		if (shown != null && shown.advanceExact(doc - segment.docBase)) {
			return StoredTalk.decode(shown.binaryValue());
		}
		Document talk = searcher.storedFields().document(doc, STORED);
		return new StoredTalk(talk.get(SLUG), talk.get(TITLE), TalkKind.valueOf(talk.get(KIND)), talk.get(CONFERENCE),
				values(talk, COMPANIES), values(talk, SPEAKERS), talk.get(ABSTRACT), values(talk, FIGURES));
	}

	private static List<String> values(Document document, String field) {
		return Arrays.asList(document.getValues(field));
	}

}
