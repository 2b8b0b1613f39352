package io.talknotes.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import io.talknotes.talk.TalkKind;

/**
 * A session of a schedule file as it is stored on its talk: blank values as none, text
 * cut to what the columns hold, the kind read from the file's session type, each speaker
 * once.
 *
 * @param uid the key of the talk within its conference
 * @param speakers the speakers, each name once, with their company where the file gives
 * one
 */
record ImportedSession(String uid, String title, String subtitle, TalkKind kind, String track, String room,
		Instant startsAt, Instant endsAt, String abstractText, String description, List<ScheduledSpeaker> speakers,
		String scheduleUrl, String slidesUrl, String videoUrl) {

	/**
	 * The title of a session whose title is only blanks, which readers do not let
	 * through.
	 */
	static final String UNTITLED = "Untitled session";

	private static final int UID_LENGTH = 255;

	private static final int NAME_LENGTH = 200;

	private static final int URL_LENGTH = 500;

	private static final Pattern WORKSHOP = Pattern.compile("workshop|tutorial|hands-on|\\blabs?\\b|training");

	/** The session as it will be stored. */
	static ImportedSession of(ScheduledSession session) {
		String title = Objects.requireNonNullElse(line(session.title(), 300), UNTITLED);
		return new ImportedSession(key(session.uid()), title, line(session.subtitle(), 300), kindOf(session.type()),
				line(session.track(), 120), line(session.room(), 120), session.startsAt(), session.endsAt(),
				cut(session.abstractText(), 4000), cut(session.description(), 20000), speakers(session.speakers()),
				url(session.scheduleUrl()), url(session.slidesUrl()), url(session.videoUrl()));
	}

	/** The companies its speakers speak for, each once, in the order of the file. */
	List<String> companies() {
		Map<String, String> companies = new LinkedHashMap<>();
		for (ScheduledSpeaker speaker : this.speakers) {
			if (speaker.company() != null) {
				companies.putIfAbsent(speaker.company().toLowerCase(Locale.ROOT), speaker.company());
			}
		}
		return List.copyOf(companies.values());
	}

	/**
	 * The talk kind a schedule's session type stands for: keynotes, panels, lightning
	 * talks and workshops (tutorials, labs, trainings) by those words; anything else is a
	 * talk.
	 */
	static TalkKind kindOf(String type) {
		String words = (type != null) ? type.toLowerCase(Locale.ROOT) : "";
		if (words.contains("keynote")) {
			return TalkKind.KEYNOTE;
		}
		if (words.contains("lightning")) {
			return TalkKind.LIGHTNING_TALK;
		}
		if (words.contains("panel") || words.contains("podium")) {
			return TalkKind.PANEL;
		}
		if (WORKSHOP.matcher(words).find()) {
			return TalkKind.WORKSHOP;
		}
		if (words.contains("project update")) {
			return TalkKind.PROJECT_UPDATE;
		}
		return TalkKind.TALK;
	}

	private static List<ScheduledSpeaker> speakers(List<ScheduledSpeaker> speakers) {
		Map<String, ScheduledSpeaker> byName = new LinkedHashMap<>();
		for (ScheduledSpeaker speaker : speakers) {
			String name = line(speaker.name(), NAME_LENGTH);
			if (name != null) {
				String company = line(speaker.company(), NAME_LENGTH);
				byName.putIfAbsent(name.toLowerCase(Locale.ROOT), new ScheduledSpeaker(name, company));
			}
		}
		return new ArrayList<>(byName.values());
	}

	/**
	 * The UID as stored: as it is, or when longer than the column a digest of it, which
	 * stays the same from one version of the file to the next.
	 */
	static String key(String uid) {
		if (uid.length() <= UID_LENGTH) {
			return uid;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(uid.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The text on one line, its blanks collapsed, cut to the length. */
	private static String line(String text, int length) {
		return (text != null) ? cut(text.replaceAll("\\s+", " "), length) : null;
	}

	/**
	 * The text without surrounding blanks, cut to the length with an ellipsis; none when
	 * blank.
	 */
	static String cut(String text, int length) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String clean = text.strip();
		if (clean.length() <= length) {
			return clean;
		}
		int end = length - 1;
		// Never cut a character outside the Basic Multilingual Plane in half
		end = Character.isHighSurrogate(clean.charAt(end - 1)) ? end - 1 : end;
		return clean.substring(0, end).strip() + "…";
	}

	/** A web address too long to store is left out rather than stored broken. */
	static String url(String url) {
		return (url != null && !url.isBlank() && url.strip().length() <= URL_LENGTH) ? url.strip() : null;
	}

}
