package io.talknotes.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import io.talknotes.figure.Figure;
import io.talknotes.note.Note;
import io.talknotes.system.IndexedRow;
import io.talknotes.system.NamedEntity;
import io.talknotes.system.TalknotesProperties;
import io.talknotes.system.TextAnalysis;
import io.talknotes.talk.Talk;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.IndexableField;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.IndexObjectFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaObjectField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Puts what was written about a talk into the talk's search document: the text and
 * authors of its notes (those not in the trash) and the figures quoted in it, with the
 * {@link IndexedRow} they add up to. Notes and figures belong to features that build on
 * talks, so the talk itself does not hold them: they are read here, and a note or figure
 * that changes has its talk indexed again. On the Lucene path it also keeps what a
 * results page shows of the talk as one doc value ({@link StoredTalk#encoded()}).
 */
class TalkContentBinder implements TypeBinder {

	private static final String NOTES = """
			select n.id, n.version, n.body, n.author from Note n
			where n.talk.id = :talk and n.deletedAt is null order by n.createdAt, n.id""";

	private static final String FIGURES = """
			select m.id, m.version, m.textAsWritten, m.subject from Figure m
			where m.talk.id = :talk order by m.sortOrder, m.id""";

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies()
			.fromOtherEntity(Note.class, "talk")
			.use("body")
			.use("author")
			.use("version")
			.use("deletedAt");
		context.dependencies().fromOtherEntity(Figure.class, "talk").use("textAsWritten").use("subject").use("version");
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldReference<StoredTalk> shown = null;
		if (PassageTextBinder.engine(context) == TalknotesProperties.Engine.LUCENE) {
			// What a results page shows of the talk; names that change reindex the talk
			// (TalkRenames).
			context.dependencies()
				.use("slug")
				.use("title")
				.use("kind")
				.use("abstractText")
				.use("conference")
				.use("companies")
				.use("speakers");
			shown = schema
				.field(IndexFields.SHOWN,
						(f) -> f.extension(LuceneExtension.get())
							.asNative(StoredTalk.class, TalkContentBinder::contributeShown))
				.toReference();
		}
		IndexSchemaObjectField notes = schema.objectField("notes").multiValued();
		IndexSchemaObjectField figures = schema.objectField("figures").multiValued();
		context.bridge(Talk.class,
				new Bridge(
						schema
							.field("noteText",
									f -> f.asString()
										.analyzer(TextAnalysis.ENGLISH)
										.searchAnalyzer(TextAnalysis.ENGLISH_QUERY))
							.multiValued()
							.toReference(),
						notes.toReference(),
						notes.field("author", f -> f.asString().aggregable(Aggregable.YES)).toReference(),
						figures.toReference(),
						figures
							.field("text",
									f -> f
										.asString()
										.analyzer(TextAnalysis.ENGLISH)
										.searchAnalyzer(TextAnalysis.ENGLISH_QUERY)
										.projectable(Projectable.YES))
							.toReference(),
						figures.field("subject",
								f -> f.asString()
									.analyzer(TextAnalysis.ENGLISH)
									.searchAnalyzer(TextAnalysis.ENGLISH_QUERY))
							.toReference(),
						schema.field(IndexedRow.FIELD, f -> f.asString().aggregable(Aggregable.YES)).toReference(),
						shown));
	}

	private static void contributeShown(String path, StoredTalk talk, Consumer<IndexableField> fields) {
		fields.accept(new BinaryDocValuesField(path, talk.encoded()));
	}

	private record Bridge(IndexFieldReference<String> noteText, IndexObjectFieldReference notes,
			IndexFieldReference<String> author, IndexObjectFieldReference figures, IndexFieldReference<String> text,
			IndexFieldReference<String> subject, IndexFieldReference<String> row,
			IndexFieldReference<StoredTalk> shown) implements TypeBridge<Talk> {

		@Override
		public void write(DocumentElement target, Talk talk, TypeBridgeWriteContext context) {
			Session session = context.extension(HibernateOrmExtension.get()).session();
			List<Object[]> notes = rows(session, NOTES, talk.getId());
			List<Object[]> figures = rows(session, FIGURES, talk.getId());
			for (Object[] note : notes) {
				target.addValue(this.noteText, (String) note[2]);
				target.addObject(this.notes).addValue(this.author, (String) note[3]);
			}
			for (Object[] figure : figures) {
				DocumentElement element = target.addObject(this.figures);
				element.addValue(this.text, (String) figure[2]);
				element.addValue(this.subject, (String) figure[3]);
			}
			target.addValue(this.row, IndexedRow.of(talk.getId(), notes.size(), sum(notes, 0), sum(notes, 1),
					figures.size(), sum(figures, 0), sum(figures, 1)));
			if (this.shown != null) {
				target.addValue(this.shown,
						new StoredTalk(talk.getSlug(), talk.getTitle(), talk.getKind(),
								(talk.getConference() != null) ? talk.getConference().getName() : null,
								names(talk.getCompanies()), names(talk.getSpeakers()), talk.getAbstractText(),
								figures.stream().map((figure) -> (String) figure[2]).toList()));
			}
		}

		private static List<String> names(Collection<? extends NamedEntity> named) {
			return named.stream().map(NamedEntity::getName).toList();
		}

		// Read without flushing: documents are built while the session flushes.
		private static List<Object[]> rows(Session session, String query, Long talk) {
			return session.createSelectionQuery(query, Object[].class)
				.setParameter("talk", talk)
				.setHibernateFlushMode(FlushMode.MANUAL)
				.getResultList();
		}

		private static long sum(List<Object[]> rows, int column) {
			return rows.stream().mapToLong(row -> ((Number) row[column]).longValue()).sum();
		}

	}

}
