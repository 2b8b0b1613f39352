package io.talknotes.imports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.talknotes.system.NamedEntity;
import io.talknotes.talk.Talk;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What importing a session would change on the talk that came from it before: the fields
 * whose value differs, shown as they read on the page. Speakers and companies are
 * compared by name, ignoring case and order. Companies a file does not name (iCalendar
 * files never do) are left as they are, so those added by hand stay.
 */
final class SessionChanges {

	// The pages' own pattern for a day and time; names of days and months are in the
	// reader's language, as the templates' #temporals write them
	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private SessionChanges() {
	}

	/** The fields of the talk the session would change, in the order of the page. */
	static List<FieldChange> between(Talk talk, ImportedSession session, ZoneId zone) {
		List<FieldChange> changes = new ArrayList<>();
		text(changes, "title", talk.getTitle(), session.title());
		text(changes, "subtitle", talk.getSubtitle(), session.subtitle());
		if (talk.getKind() != session.kind()) {
			changes.add(FieldChange.ofMessages("kind", talk.getKind().getMessageKey(), session.kind().getMessageKey()));
		}
		text(changes, "track", talk.getTrack(), session.track());
		if (!Objects.equals(talk.getStartsAt(), session.startsAt())
				|| !Objects.equals(talk.getEndsAt(), session.endsAt())) {
			changes.add(new FieldChange("time", when(talk.getStartsAt(), talk.getEndsAt(), zone),
					when(session.startsAt(), session.endsAt(), zone)));
		}
		text(changes, "room", talk.getRoom(), session.room());
		names(changes, "speakers", talk.getSpeakers(),
				session.speakers().stream().map(ScheduledSpeaker::name).toList());
		if (!session.companies().isEmpty()) {
			names(changes, "companies", talk.getCompanies(), session.companies());
		}
		longText(changes, "abstract", talk.getAbstractText(), session.abstractText());
		longText(changes, "description", talk.getDescription(), session.description());
		if (!Objects.equals(talk.getScheduleUrl(), session.scheduleUrl())
				|| !Objects.equals(talk.getSlidesUrl(), session.slidesUrl())
				|| !Objects.equals(talk.getVideoUrl(), session.videoUrl())) {
			changes.add(new FieldChange("links", null, null));
		}
		return changes;
	}

	/**
	 * When a session takes place, as the preview shows it: day, start and end, with the
	 * names of days and months in the language of the request being answered.
	 */
	static String when(Instant startsAt, Instant endsAt, ZoneId zone) {
		if (startsAt == null) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String start = DAY_AND_TIME.withLocale(locale).format(startsAt.atZone(zone));
		return (endsAt != null) ? start + "–" + TIME.withLocale(locale).format(endsAt.atZone(zone)) : start;
	}

	private static void text(List<FieldChange> changes, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, before, after));
		}
	}

	/** A change to a text too long to show whole: only that it changed. */
	private static void longText(List<FieldChange> changes, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, null, null));
		}
	}

	private static void names(List<FieldChange> changes, String field, Collection<? extends NamedEntity> before,
			List<String> after) {
		List<String> names = before.stream().map(NamedEntity::getName).toList();
		if (!lowerCased(names).equals(lowerCased(after))) {
			changes.add(new FieldChange(field, joined(names), joined(after)));
		}
	}

	private static Set<String> lowerCased(Collection<String> names) {
		return names.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static String joined(Collection<String> names) {
		return names.isEmpty() ? null : String.join(", ", names);
	}

}
