package io.talknotes.imports;

import java.time.Instant;
import java.util.List;

/**
 * One session of a schedule file.
 *
 * @param uid what identifies the session across versions of the file: the iCalendar UID
 * or the frab GUID (or, when a frab file has none, its event id); never {@code null}
 * @param title the title, never blank
 * @param subtitle the frab subtitle, or {@code null}
 * @param type the kind as the file names it ("Keynote", "Panel", "lecture"), or
 * {@code null}
 * @param track the track, or {@code null}
 * @param room the room, or {@code null}
 * @param startsAt when it starts, or {@code null} when the file gives no time
 * @param endsAt when it ends, or {@code null}
 * @param abstractText the short abstract, or {@code null}
 * @param description the longer description, or {@code null}
 * @param speakers who gives it, in the order of the file
 * @param scheduleUrl the session's page in the organiser's schedule, or {@code null}
 * @param slidesUrl slides, or {@code null}
 * @param videoUrl the recording, or {@code null}
 */
public record ScheduledSession(String uid, String title, String subtitle, String type, String track, String room,
		Instant startsAt, Instant endsAt, String abstractText, String description, List<ScheduledSpeaker> speakers,
		String scheduleUrl, String slidesUrl, String videoUrl) {

	public ScheduledSession {
		speakers = List.copyOf(speakers);
	}

}
