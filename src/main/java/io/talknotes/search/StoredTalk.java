package io.talknotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.talknotes.talk.TalkKind;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import static io.talknotes.search.IndexFields.ABSTRACT;
import static io.talknotes.search.IndexFields.COMPANY_WORDS;
import static io.talknotes.search.IndexFields.FIGURES;
import static io.talknotes.search.IndexFields.SPEAKER_WORDS;
import static io.talknotes.search.IndexFields.TITLE;

/**
 * What a talk's search document keeps of the talk for a results page, as read from the
 * index by either way of searching.
 *
 * @param slug the talk's slug
 * @param title the title as written
 * @param kind the kind of session
 * @param conference the conference's name
 * @param companies the presenting companies' names
 * @param speakers the speakers' names
 * @param abstractText the abstract, or null
 * @param figures the figures quoted in the talk, as written
 */
record StoredTalk(String slug, String title, TalkKind kind, String conference, List<String> companies,
		List<String> speakers, String abstractText, List<String> figures) {

	/** How {@link #encoded()} writes a talk: part of the index's fingerprint. */
	static final String FORMAT = "slug, title, kind, conference?, companies*, speakers*, abstract?, figures*";

	/**
	 * The talk in a few bytes, for a doc value: a talk read from stored fields costs
	 * decompressing the block of documents it is in, a twentieth of a results page's time
	 * at 100,000 notes.
	 */
	BytesRef encoded() {
		ByteBuffersDataOutput out = new ByteBuffersDataOutput();
		try {
			out.writeString(this.slug);
			out.writeString(this.title);
			out.writeString(this.kind.name());
			writeNullable(out, this.conference);
			writeAll(out, this.companies);
			writeAll(out, this.speakers);
			writeNullable(out, this.abstractText);
			writeAll(out, this.figures);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new BytesRef(out.toArrayCopy());
	}

	/**
	 * A talk as {@link #encoded()} wrote it.
	 * @param bytes the encoded talk
	 */
	static StoredTalk decode(BytesRef bytes) {
		ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
		try {
			return new StoredTalk(in.readString(), in.readString(), TalkKind.valueOf(in.readString()), readNullable(in),
					readAll(in), readAll(in), readNullable(in), readAll(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeNullable(ByteBuffersDataOutput out, String value) throws IOException {
		out.writeByte((byte) ((value != null) ? 1 : 0));
		if (value != null) {
			out.writeString(value);
		}
	}

	private static String readNullable(ByteArrayDataInput in) throws IOException {
		return (in.readByte() == 1) ? in.readString() : null;
	}

	private static void writeAll(ByteBuffersDataOutput out, List<String> values) throws IOException {
		out.writeVInt(values.size());
		for (String value : values) {
			out.writeString(value);
		}
	}

	private static List<String> readAll(ByteArrayDataInput in) throws IOException {
		int size = in.readVInt();
		List<String> values = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			values.add(in.readString());
		}
		return values;
	}

	/**
	 * The talk as a results page shows it, the query's words marked in its title,
	 * abstract, figures and names; the passages of its notes are added after.
	 * @param highlighting marks the query's words
	 * @param query the query, as {@link TalkQuery} builds it
	 */
	TalkHit marked(Highlighting highlighting, Query query) {
		return new TalkHit(this.slug, this.title, highlighting.whole(TITLE, query, List.of(this.title)), this.kind,
				this.conference, this.companies, List.of(),
				highlighting.bestSentences(ABSTRACT, query, this.abstractText, Passages.ABSTRACT),
				highlighting.whole(FIGURES, query, this.figures),
				new NameHighlights(highlighting.whole(SPEAKER_WORDS, query, this.speakers),
						highlighting.whole(COMPANY_WORDS, query, this.companies)));
	}

}
