package io.talknotes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import static io.talknotes.search.IndexFields.SHOWN;

/**
 * Reads one page of talks from the talks' index, best first: what each talk's search
 * document keeps for results pages, with the query's words marked in its title, abstract
 * and figures. The passages of their notes are added after, by {@link NotePassages}.
 */
final class TalkHits {

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
			page.add(read(segments, top[i].doc).marked(highlighting, query));
		}
		return page;
	}

	/**
	 * A talk as its document keeps it for results pages. Every document has the value: an
	 * index built before it was added has another fingerprint, and is built again at
	 * start.
	 */
	private static StoredTalk read(List<LeafReaderContext> segments, int doc) throws IOException {
		LeafReaderContext segment = segments.get(ReaderUtil.subIndex(doc, segments));
		BinaryDocValues shown = DocValues.getBinary(segment.reader(), SHOWN);
		if (!shown.advanceExact(doc - segment.docBase)) {
			throw new IllegalStateException("The talks' index has no " + SHOWN + " value for document " + doc);
		}
		return StoredTalk.decode(shown.binaryValue());
	}

}
