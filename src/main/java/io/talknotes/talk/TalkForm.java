package io.talknotes.talk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the talk form sends. Values that have a type (the kind, the day, the times) are
 * kept as typed, so that anything sent comes back to the form with a message instead of
 * failing to bind; {@link TalkFormChecks} reads them against the chosen conference.
 *
 * @param conference the slug of the conference the talk belongs to
 * @param title the title, required
 * @param subtitle a second line under the title, optional
 * @param kind the kind of session, as {@link TalkKind#getParameter()}
 * @param track the conference track, optional
 * @param day the day it takes place, {@code yyyy-mm-dd}, optional
 * @param startTime when it starts on that day, {@code hh:mm} in the conference's time
 * zone, optional
 * @param endTime when it ends, optional
 * @param room where it takes place, optional
 * @param abstractText the abstract as published, optional
 * @param description a longer description in plain paragraphs, optional
 * @param speakerSlugs speakers picked from the list
 * @param newSpeakers more speakers, one per line: "Name, Company"
 * @param companySlugs presenting companies picked from the list
 * @param otherCompanies more companies, comma separated
 * @param projectSlugs projects picked from the list
 * @param otherProjects more projects, comma separated
 * @param scheduleUrl the talk's page in the conference schedule
 * @param slidesUrl its slides
 * @param videoUrl its recording
 * @param attended {@code "true"} when we attended it
 */
public record TalkForm(String conference,
		@NotBlank(message = "{talk.form.title.blank}") @Size(max = 300, message = "{talk.form.size.300}") String title,
		@Size(max = 300, message = "{talk.form.size.300}") String subtitle, String kind,
		@Size(max = 120, message = "{talk.form.size.120}") String track, String day, String startTime, String endTime,
		@Size(max = 120, message = "{talk.form.size.120}") String room,
		@Size(max = 4000, message = "{talk.form.size.4000}") String abstractText,
		@Size(max = 20000, message = "{talk.form.size.20000}") String description, List<String> speakerSlugs,
		@Size(max = 10000, message = "{talk.form.size.10000}") String newSpeakers, List<String> companySlugs,
		@Size(max = 10000, message = "{talk.form.size.10000}") String otherCompanies, List<String> projectSlugs,
		@Size(max = 10000, message = "{talk.form.size.10000}") String otherProjects,
		@Size(max = 500, message = "{talk.form.link.size}") @Pattern(regexp = LINK,
				message = "{talk.form.link.scheme}") String scheduleUrl,
		@Size(max = 500, message = "{talk.form.link.size}") @Pattern(regexp = LINK,
				message = "{talk.form.link.scheme}") String slidesUrl,
		@Size(max = 500, message = "{talk.form.link.size}") @Pattern(regexp = LINK,
				message = "{talk.form.link.scheme}") String videoUrl,
		String attended) {

	/** Empty, or an http or https address without blanks or characters no URL holds. */
	static final String LINK = "\\s*|\\s*(?i:https?)://[^\\s\\p{Cntrl}\"<>\\\\^`{|}]+\\s*";

	/** How many names one of the free-text lists may hold. */
	static final int MAX_NAMES = 50;

	/** The longest name of a speaker, company or project. */
	static final int MAX_NAME = 200;

	public TalkForm {
		speakerSlugs = picked(speakerSlugs);
		companySlugs = picked(companySlugs);
		projectSlugs = picked(projectSlugs);
	}

	/**
	 * An empty form for a new talk of that conference; we attended it unless unticked.
	 */
	public static TalkForm blank(String conference) {
		return new TalkForm(conference, "", "", TalkKind.TALK.getParameter(), "", "", "", "", "", "", "", List.of(), "",
				List.of(), "", List.of(), "", "", "", "", "true");
	}

	/** The kind chosen, or {@code null} when the value names none. */
	TalkKind chosenKind() {
		return TalkKind.fromParameter(this.kind);
	}

	/** Whether we attended the talk: the box was ticked. */
	public boolean isAttended() {
		return "true".equalsIgnoreCase(clean(this.attended)) || "on".equalsIgnoreCase(clean(this.attended));
	}

	/**
	 * The day, or {@code null} when none was given or it is not a date with a year of
	 * four digits (which every database can hold).
	 */
	LocalDate chosenDay() {
		try {
			return (hasText(this.day) && this.day.strip().matches("\\d{4}-\\d{2}-\\d{2}"))
					? LocalDate.parse(this.day.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	LocalTime chosenStart() {
		return time(this.startTime);
	}

	LocalTime chosenEnd() {
		return time(this.endTime);
	}

	/** When the talk starts, or {@code null} without a day and a start time. */
	Instant startsAt(ZoneId zone) {
		return at(chosenDay(), chosenStart(), zone);
	}

	/** When the talk ends, or {@code null} without a day, a start and an end time. */
	Instant endsAt(ZoneId zone) {
		return (chosenStart() != null) ? at(chosenDay(), chosenEnd(), zone) : null;
	}

	/** The new speakers, one per non-blank line, each with a company when one follows. */
	List<NewSpeaker> newSpeakerLines() {
		if (!hasText(this.newSpeakers)) {
			return List.of();
		}
		return this.newSpeakers.lines().filter(TalkForm::hasText).map(NewSpeaker::of).toList();
	}

	/** The other companies' names, blanks dropped. */
	List<String> otherCompanyNames() {
		return names(this.otherCompanies);
	}

	/** The other projects' names, blanks dropped. */
	List<String> otherProjectNames() {
		return names(this.otherProjects);
	}

	/** A one-line text as it is saved: no control characters, single blanks, or null. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String line = text.replaceAll("[\\p{Cntrl}\\p{Z}]+", " ").strip();
		return line.isEmpty() ? null : line;
	}

	/** A text of several lines as it is saved: Windows line ends made plain, or null. */
	static String cleanText(String text) {
		if (text == null) {
			return null;
		}
		String plain = text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
		return plain.isEmpty() ? null : plain;
	}

	static boolean hasText(String text) {
		return clean(text) != null;
	}

	private static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
		return (day != null && time != null) ? day.atTime(time).atZone(zone).toInstant() : null;
	}

	private static LocalTime time(String text) {
		try {
			return hasText(text) ? LocalTime.parse(text.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static List<String> names(String commaSeparated) {
		if (commaSeparated == null) {
			return List.of();
		}
		return Arrays.stream(commaSeparated.split("[,\\n]")).map(TalkForm::clean).filter(Objects::nonNull).toList();
	}

	private static List<String> picked(List<String> slugs) {
		return (slugs != null) ? slugs.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/**
	 * One line of the new speakers: a name and, after the first comma, a company (whose
	 * name may hold commas, as in "Acme, Inc.").
	 *
	 * @param name the speaker's name, or {@code null} when the line has none
	 * @param company the company they speak for, or {@code null}
	 */
	record NewSpeaker(String name, String company) {

		static NewSpeaker of(String line) {
			int comma = line.indexOf(',');
			return (comma < 0) ? new NewSpeaker(clean(line), null)
					: new NewSpeaker(clean(line.substring(0, comma)), clean(line.substring(comma + 1)));
		}

	}

}
