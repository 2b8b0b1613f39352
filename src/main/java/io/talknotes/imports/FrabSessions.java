package io.talknotes.imports;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.talknotes.imports.FrabSchedule.Event;
import io.talknotes.imports.FrabSchedule.Link;
import io.talknotes.imports.FrabSchedule.Place;

import org.springframework.context.MessageSourceResolvable;

/**
 * Turns a frab event into a session.
 * <p>
 * The start is the event's {@code date}, which carries its offset; without one it is the
 * day's date and the event's {@code start} in the conference's time zone, on the next
 * calendar day when the time is before the day's {@code day_start} (frab lists a 01:00
 * talk under the evening before). The end is the event's {@code end}, or the start plus
 * the {@code duration}. The uid is the {@code guid}, else the {@code id}, else the
 * pretalx {@code code}. A link or attachment whose type, title or URL says slides is the
 * slides; one that says video or recording (or a YouTube, Vimeo or media.ccc.de address)
 * is the video, unless the event names its recording outright. Relative addresses are
 * resolved against the schedule's {@code base_url}.
 */
final class FrabSessions {

	private static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?");

	private static final List<String> VIDEO_WORDS = List.of("video", "recording", "youtube.com", "youtu.be",
			"vimeo.com", "media.ccc.de");

	private final ZoneId zone;

	private final URI base;

	FrabSessions(ZoneId zone, String baseUrl) {
		this.zone = zone;
		this.base = uri(baseUrl);
	}

	ScheduledSession read(Event event, LocalDate day, OffsetDateTime dayStart) {
		Place place = event.place();
		if (event.title() == null) {
			throw ScheduleProblems.noTitle(place.of("title"));
		}
		String uid = Stream.of(event.guid(), event.id(), event.code())
			.filter((id) -> id != null)
			.findFirst()
			.orElseThrow(() -> ScheduleProblems.noId(place.of("guid")));
		Instant start = start(event, day, dayStart);
		Instant end = end(event, start);
		List<ScheduledSpeaker> speakers = event.persons()
			.stream()
			.map((name) -> new ScheduledSpeaker(name, null))
			.toList();
		String slides = null;
		String video = resolve(event.videoUrl());
		for (Link link : event.links()) {
			String url = resolve(link.url());
			if (slides == null && says(link, List.of("slide"))) {
				slides = url;
			}
			else if (video == null && says(link, VIDEO_WORDS)) {
				video = url;
			}
		}
		return new ScheduledSession(uid, event.title(), event.subtitle(), event.type(), event.track(), event.room(),
				start, end, event.abstractText(), event.description(), speakers, resolve(event.url()), slides, video);
	}

	private Instant start(Event event, LocalDate day, OffsetDateTime dayStart) {
		if (event.date() != null) {
			return FrabSchedule.dateTime(event.date(), event.place().of("date")).toInstant();
		}
		if (event.start() == null) {
			return null;
		}
		MessageSourceResolvable place = event.place().of("start");
		if (day == null) {
			throw ScheduleProblems.startWithoutDay(place);
		}
		Duration clock = clock(event.start());
		if (clock == null) {
			throw ScheduleProblems.notATime(place, event.start());
		}
		if (clock.toHours() > 23) {
			throw ScheduleProblems.notATimeOfDay(place, event.start());
		}
		LocalTime time = LocalTime.MIDNIGHT.plus(clock);
		boolean afterMidnight = dayStart != null && time.isBefore(dayStart.toLocalTime());
		ZoneId where = (this.zone != null) ? this.zone : (dayStart != null) ? dayStart.getOffset() : ZoneOffset.UTC;
		return LocalDateTime.of(afterMidnight ? day.plusDays(1) : day, time).atZone(where).toInstant();
	}

	private Instant end(Event event, Instant start) {
		Place place = event.place();
		Instant end = null;
		if (event.end() != null) {
			end = FrabSchedule.dateTime(event.end(), place.of("end")).toInstant();
		}
		else if (event.duration() != null) {
			Duration duration = clock(event.duration());
			if (duration == null) {
				throw ScheduleProblems.notADuration(place.of("duration"), event.duration());
			}
			end = (start != null) ? start.plus(duration) : null;
		}
		if (start != null && end != null && end.isBefore(start)) {
			throw ScheduleProblems.eventEndsBeforeItStarts(place.of("end"));
		}
		return end;
	}

	/** A time or duration as frab writes it, "H:mm" or "H:mm:ss"; {@code null} if not. */
	private static Duration clock(String value) {
		Matcher matcher = CLOCK.matcher(value);
		if (!matcher.matches()) {
			return null;
		}
		Duration duration = Duration.ofHours(Integer.parseInt(matcher.group(1)))
			.plusMinutes(Integer.parseInt(matcher.group(2)));
		return (matcher.group(3) != null) ? duration.plusSeconds(Integer.parseInt(matcher.group(3))) : duration;
	}

	private static boolean says(Link link, List<String> words) {
		String type = (link.type() != null) ? link.type().toLowerCase(Locale.ROOT) : "";
		String text = ((link.title() != null) ? link.title() : "") + " " + link.url();
		String lower = text.toLowerCase(Locale.ROOT);
		return words.stream().anyMatch((word) -> type.contains(word) || lower.contains(word));
	}

	private String resolve(String url) {
		URI uri = uri(url);
		if (uri == null || uri.isAbsolute() || this.base == null) {
			return url;
		}
		return this.base.resolve(uri).toString();
	}

	private static URI uri(String url) {
		if (url == null) {
			return null;
		}
		try {
			return new URI(url);
		}
		catch (java.net.URISyntaxException ex) {
			// Kept as written: a person can still follow or fix it.
			return null;
		}
	}

}
