package io.talknotes.talk;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.jpa.domain.Specification;

/**
 * Every {@link TalkContent} by kind. A kind no feature provides counts nothing.
 */
final class TalkContents {

	private final Map<TalkContent.Kind, TalkContent> byKind = new EnumMap<>(TalkContent.Kind.class);

	TalkContents(ObjectProvider<TalkContent> contents) {
		contents.orderedStream().forEach((content) -> this.byKind.put(content.kind(), content));
	}

	Map<Long, Long> countByTalk(TalkContent.Kind kind, Collection<Long> talkIds) {
		TalkContent content = this.byKind.get(kind);
		return (content == null || talkIds.isEmpty()) ? Map.of() : content.countByTalk(talkIds);
	}

	long countKept(TalkContent.Kind kind, Long talkId) {
		TalkContent content = this.byKind.get(kind);
		return (content != null) ? content.countKept(talkId) : 0;
	}

	Specification<Talk> present(TalkContent.Kind kind) {
		TalkContent content = this.byKind.get(kind);
		return (content != null) ? content.present() : Specification.unrestricted();
	}

}
