package io.talknotes.talk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.talknotes.conference.Conference;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.Errors;

/**
 * What the talk form cannot say about itself: whether the conference exists, the kind is
 * one we know, the day is one of the conference's and the times make sense on it, the
 * picks are from the lists offered and the typed names fit. Each problem goes next to the
 * field it is about.
 */
final class TalkFormChecks {

	/** Days as the pages write them, in the words of the reader's language. */
	private static final String DAY = "EEE d MMM yyyy";

	private TalkFormChecks() {
	}

	/**
	 * Checks the form.
	 * @param form what was sent
	 * @param conference the conference it names, or {@code null} when it names none
	 * @param offered what the form's lists offered
	 * @param errors where the problems go
	 */
	static void check(TalkForm form, Conference conference, Choices offered, Errors errors) {
		if (!TalkForm.hasText(form.title())) {
			reject(errors, "title", "talk.form.title.blank");
		}
		if (conference == null) {
			reject(errors, "conference", "talk.form.conference.unknown");
		}
		if (form.chosenKind() == null) {
			reject(errors, "kind", "talk.form.kind.unknown");
		}
		checkWhen(form, conference, errors);
		checkPicks(form.speakerSlugs(), offered.speakers(), "speakerSlugs", errors);
		checkPicks(form.companySlugs(), offered.companies(), "companySlugs", errors);
		checkPicks(form.projectSlugs(), offered.projects(), "projectSlugs", errors);
		checkNewSpeakers(form.newSpeakerLines(), errors);
		checkNames(form.otherCompanyNames(), "otherCompanies", errors);
		checkNames(form.otherProjectNames(), "otherProjects", errors);
	}

	/** A day of the conference, with a start time, and an end after it. */
	private static void checkWhen(TalkForm form, Conference conference, Errors errors) {
		checkReadable(form, errors);
		LocalDate day = form.chosenDay();
		boolean hasDay = TalkForm.hasText(form.day());
		boolean hasStart = TalkForm.hasText(form.startTime());
		if (day != null && conference != null && outside(day, conference)) {
			DateTimeFormatter days = DateTimeFormatter.ofPattern(DAY, LocaleContextHolder.getLocale());
			reject(errors, "day", "talk.form.day.outside", days.format(conference.getStartsOn()),
					days.format(conference.getEndsOn()));
		}
		if (!hasDay && (hasStart || TalkForm.hasText(form.endTime()))) {
			reject(errors, "day", "talk.form.day.needed");
		}
		if (hasDay && !hasStart) {
			reject(errors, "startTime", "talk.form.start.needed");
		}
		LocalTime start = form.chosenStart();
		LocalTime end = form.chosenEnd();
		if (start != null && end != null && !end.isAfter(start)) {
			reject(errors, "endTime", "talk.form.end.beforeStart");
		}
	}

	/** A day and times that are given are a date and times of day. */
	private static void checkReadable(TalkForm form, Errors errors) {
		if (TalkForm.hasText(form.day()) && form.chosenDay() == null) {
			reject(errors, "day", "talk.form.day.invalid");
		}
		if (TalkForm.hasText(form.startTime()) && form.chosenStart() == null) {
			reject(errors, "startTime", "talk.form.time.invalid");
		}
		if (TalkForm.hasText(form.endTime()) && form.chosenEnd() == null) {
			reject(errors, "endTime", "talk.form.time.invalid");
		}
	}

	/** Whether the day is not one of the conference's, when its dates are known. */
	private static boolean outside(LocalDate day, Conference conference) {
		LocalDate first = conference.getStartsOn();
		LocalDate last = conference.getEndsOn();
		return first != null && last != null && (day.isBefore(first) || day.isAfter(last));
	}

	private static void checkPicks(List<String> picked, Set<String> offered, String field, Errors errors) {
		if (!offered.containsAll(picked)) {
			reject(errors, field, "talk.form.pick.unknown");
		}
	}

	private static void checkNewSpeakers(List<TalkForm.NewSpeaker> lines, Errors errors) {
		if (lines.stream().anyMatch((line) -> line.name() == null)) {
			reject(errors, "newSpeakers", "talk.form.newSpeakers.noName");
		}
		checkNames(lines, lines.stream().flatMap((line) -> Stream.of(line.name(), line.company())), "newSpeakers",
				errors);
	}

	private static void checkNames(List<String> names, String field, Errors errors) {
		checkNames(names, names.stream(), field, errors);
	}

	/** Not too many entries, no name too long. */
	private static void checkNames(Collection<?> entries, Stream<String> names, String field, Errors errors) {
		if (entries.size() > TalkForm.MAX_NAMES) {
			reject(errors, field, "talk.form.names.many", TalkForm.MAX_NAMES);
		}
		else if (names.anyMatch((name) -> name != null && name.length() > TalkForm.MAX_NAME)) {
			reject(errors, field, "talk.form.names.long", TalkForm.MAX_NAME);
		}
	}

	/** One message per field: the first problem found is the one to fix first. */
	private static void reject(Errors errors, String field, String code, Object... arguments) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code, arguments, null);
		}
	}

	/**
	 * The slugs the form's lists offered to pick from.
	 *
	 * @param speakers speakers' slugs
	 * @param companies companies' slugs
	 * @param projects projects' slugs
	 */
	record Choices(Set<String> speakers, Set<String> companies, Set<String> projects) {

	}

}
