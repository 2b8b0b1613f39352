package io.talknotes.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.talknotes.imports.ScheduleFilesForTests.read;
import static io.talknotes.imports.ScheduleFilesForTests.readText;
import static io.talknotes.imports.ScheduleFilesForTests.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ICalendarScheduleReader}, on a Sched export written for these tests.
 */
class ICalendarScheduleReaderTests {

	private final Schedule schedule = read("sched-all.ics");

	@Test
	void theCalendarNamesTheConferenceAndItsTimeZone() {
		assertThat(this.schedule.title()).isEqualTo("KubeCon + CloudNativeCon North America 2019, San Diego");
		assertThat(this.schedule.acronym()).isNull();
		assertThat(this.schedule.timeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
		assertThat(this.schedule.startsOn()).isEqualTo(LocalDate.of(2019, 11, 18));
		assertThat(this.schedule.endsOn()).isEqualTo(LocalDate.of(2019, 11, 21));
	}

	@Test
	void everyEventButTheCancelledOneIsASessionInFileOrder() {
		assertThat(this.schedule.sessions()).extracting(ScheduledSession::title)
			.containsExactly("Lightning Talk: etcd Snapshots, Explained", "Keynote: Opening Remarks",
					"Keynote: Scaling Vitess at Planet Scale", "Linkerd in Production: Lessons Learned",
					"Panel: The Future of Observability", "Kubernetes - The Hard Way",
					"Cortex; or How I Learned to Stop Worrying", "Remote Fireside Chat: NATS in Europe",
					"BoF: Open Policy Agent Users", "Scaling JD.com's Kubernetes Fleet",
					"SIG Node - Intro and Deep Dive", "Running Jaeger at Scale", "Lunch",
					"Workshop: Kubeflow Pipelines from Zero");
	}

	@Test
	void aKeynoteKeepsEverythingSchedSaysAboutIt() {
		ScheduledSession keynote = session("Keynote: Opening Remarks");

		assertThat(keynote).isEqualTo(new ScheduledSession("SCHED-1b7c22d0a4f611@kccncna19.sched.com",
				"Keynote: Opening Remarks", null, "Keynote Sessions", null, "Exhibit Hall AB - Ground Level",
				Instant.parse("2019-11-19T17:00:00Z"), Instant.parse("2019-11-19T17:15:00Z"), "Welcome to San Diego!",
				null, List.of(new ScheduledSpeaker("Dana Whitfield", "Cloud Native Computing Foundation")),
				"https://kccncna19.sched.com/event/UaZm/keynote-opening-remarks-dana-whitfield", null, null));
	}

	@Test
	void foldedLinesAndEscapesReadAsWritten() {
		ScheduledSession linkerd = session("Linkerd in Production: Lessons Learned");

		assertThat(linkerd.abstractText()).isEqualTo("We moved 300 services to Linkerd in six weeks. "
				+ "This talk covers what broke, what we fixed; and what we would do again.\n\nBring questions!");
		assertThat(linkerd.room()).isEqualTo("Room 6C; Upper Level, San Diego Convention Center");
		assertThat(linkerd.speakers()).containsExactly(new ScheduledSpeaker("Mara Jensen", "Initech"),
				new ScheduledSpeaker("Tomás Ortega", "Acme Cloud"), new ScheduledSpeaker("Li Wei", null));
		assertThat(session("Cortex; or How I Learned to Stop Worrying").abstractText())
			.isEqualTo("Horizontally scalable Prometheus, explained with a backslash (\\) and a semicolon (;).");
		assertThat(session("Lightning Talk: etcd Snapshots, Explained").scheduleUrl())
			.isEqualTo("https://kccncna19.sched.com/event/Uc1a/lightning-talk-etcd-snapshots-explained-ravi-patel-arm");
	}

	@Test
	void aFoldNextToAccentedLettersKeepsThemWhole() {
		ScheduledSession panel = session("Panel: The Future of Observability");

		assertThat(panel.speakers()).containsExactly(new ScheduledSpeaker("Jane Roe", "Splunk"),
				new ScheduledSpeaker("Hiro Tanaka", "Sony"), new ScheduledSpeaker("Zoë Ørsted", "Nordic Data"));
		assertThat(panel.abstractText()).isEqualTo(
				"Four people who run telemetry pipelines argue about traces, metrics and logs — and about what comes after them.");
	}

	@Test
	void aKindOfSessionIsTheTypeAndATopicTheTrack() {
		assertThat(session("Panel: The Future of Observability"))
			.extracting(ScheduledSession::type, ScheduledSession::track)
			.containsExactly("Panel Discussions", "Observability");
		assertThat(session("BoF: Open Policy Agent Users")).extracting(ScheduledSession::type, ScheduledSession::track)
			.containsExactly("BoF Sessions", "Security + Identity + Policy");
		assertThat(session("Running Jaeger at Scale")).extracting(ScheduledSession::type, ScheduledSession::track)
			.containsExactly("Talks", "Observability");
		assertThat(session("SIG Node - Intro and Deep Dive"))
			.extracting(ScheduledSession::type, ScheduledSession::track)
			.containsExactly(null, "Maintainer Track Sessions");
		assertThat(session("Lunch").type()).isEqualTo("Breaks");
	}

	@Test
	void timesFollowTheirZone() {
		assertThat(session("Lightning Talk: etcd Snapshots, Explained"))
			.extracting(ScheduledSession::startsAt, ScheduledSession::endsAt)
			.containsExactly(Instant.parse("2019-11-18T23:00:00Z"), Instant.parse("2019-11-18T23:05:00Z"));
		assertThat(session("Remote Fireside Chat: NATS in Europe"))
			.extracting(ScheduledSession::startsAt, ScheduledSession::endsAt)
			.containsExactly(Instant.parse("2019-11-20T17:00:00Z"), Instant.parse("2019-11-20T17:45:00Z"));
		assertThat(session("BoF: Open Policy Agent Users").startsAt())
			.as("a floating time is in the calendar's X-WR-TIMEZONE")
			.isEqualTo(Instant.parse("2019-11-21T01:30:00Z"));
	}

	@Test
	void aDurationGivesTheEnd() {
		ScheduledSession tutorial = session("Kubernetes - The Hard Way");

		assertThat(tutorial.startsAt()).isEqualTo(Instant.parse("2019-11-19T22:00:00Z"));
		assertThat(tutorial.endsAt()).isEqualTo(Instant.parse("2019-11-19T23:30:00Z"));
		assertThat(tutorial.speakers()).isEmpty();
		assertThat(tutorial.type()).isEqualTo("Tutorials");
	}

	@Test
	void speakersInOtherScriptsAndCompaniesWithASuffixAreRead() {
		assertThat(session("Scaling JD.com's Kubernetes Fleet").speakers())
			.containsExactly(new ScheduledSpeaker("张伟", "JD.com"), new ScheduledSpeaker("Liu Yang", "JD.com"));
		assertThat(session("Running Jaeger at Scale").speakers())
			.containsExactly(new ScheduledSpeaker("Omar Haddad", "Rideshare Technologies, Inc."));
		assertThat(session("Remote Fireside Chat: NATS in Europe").speakers())
			.containsExactly(new ScheduledSpeaker("Jürgen Müller", "Synadia"));
	}

	@Test
	void anEventWithoutUidGetsTheSameMadeUpUidOnEveryRead() {
		String uid = session("Lunch").uid();

		assertThat(uid).startsWith("ics-");
		assertThat(read("sched-all.ics").sessions()).filteredOn((s) -> s.title().equals("Lunch"))
			.extracting(ScheduledSession::uid)
			.containsExactly(uid);
		assertThat(this.schedule.sessions()).extracting(ScheduledSession::uid).doesNotHaveDuplicates();
	}

	@Test
	void floatingTimesAreUtcWhenTheCalendarNamesNoZone() {
		Schedule plain = readText(calendar("", "DTSTART:20240301T090000\r\nDTEND:20240301T100000\r\n"));

		assertThat(plain.timeZone()).isNull();
		assertThat(plain.sessions().get(0).startsAt()).isEqualTo(Instant.parse("2024-03-01T09:00:00Z"));
	}

	@Test
	void anEventWithoutStartHasNoTime() {
		Schedule schedule = readText(calendar("", ""));

		assertThat(schedule.sessions().get(0).startsAt()).isNull();
		assertThat(schedule.sessions().get(0).endsAt()).isNull();
		assertThat(schedule.startsOn()).isNull();
	}

	@Test
	void aCalendarWithoutEventsIsRefused() {
		assertThat(refusal(() -> read("broken/no-events.ics")))
			.isEqualTo("The calendar holds no sessions (no VEVENT).");
	}

	@Test
	void anUnreadableStartIsRefusedNamingItsLineAndValue() {
		assertThat(refusal(() -> read("broken/bad-dtstart.ics")))
			.isEqualTo("Line 9: DTSTART \"2019-11-19 09:00\" cannot be read: "
					+ "it is not an iCalendar date like 20191119 or date-time like 20191119T090000Z.");
	}

	@Test
	void anEventWithoutSummaryIsRefusedNamingItsLineAndUid() {
		assertThat(
				refusal(() -> readText(calendar("", "DTSTART:20240301T090000Z\r\n").replace("SUMMARY:Talk\r\n", ""))))
			.isEqualTo("Line 3: the event with UID \"talk-1\" has no SUMMARY, so it has no title.");
	}

	@Test
	void aTimeZoneNeitherDefinedNorKnownIsRefused() {
		assertThat(refusal(() -> readText(calendar("", "DTSTART;TZID=Mars/Olympus:20240301T090000\r\n"))))
			.isEqualTo("Line 3: the event with UID \"talk-1\": DTSTART is in time zone \"Mars/Olympus\", "
					+ "which the file defines in no VTIMEZONE and which is no time zone id this app knows.");
	}

	@Test
	void anUnknownCalendarTimeZoneIsRefusedNamingItsLine() {
		assertThat(refusal(() -> readText(calendar("X-WR-TIMEZONE:Pacific Time\r\n", ""))))
			.isEqualTo("Line 3: X-WR-TIMEZONE \"Pacific Time\" is not a time zone this app knows "
					+ "(use an id like Europe/Berlin).");
	}

	@Test
	void aCalendarCutShortIsRefused() {
		String whole = calendar("", "DTSTART:20240301T090000Z\r\n");

		assertThat(refusal(() -> readText(whole.substring(0, whole.indexOf("END:VEVENT")))))
			.isEqualTo("Line 6: the file ends without END:VCALENDAR, so it was probably cut short. Export it again.");
	}

	@Test
	void aLineThatIsNoPropertyIsRefusedNamingIt() {
		assertThat(refusal(() -> readText(calendar("", "this line lost its fold\r\n"))))
			.isEqualTo("Line 5: this line is not iCalendar (Skipping malformed line (no colon character found).)");
	}

	@Test
	void aValueBiweeklyCannotReadIsRefusedWithItsReason() {
		assertThat(refusal(() -> readText(calendar("", "DTSTART:20240301T090000Z\r\nDURATION:PXT\r\n"))))
			.isEqualTo("Line 6: DURATION \"PXT\" cannot be read (Could not parse duration value.)");
	}

	@Test
	void aDayThatDoesNotExistIsRefusedNamingTheEvent() {
		assertThat(refusal(() -> readText(calendar("", "DTSTART:20240231T090000Z\r\n"))))
			.isEqualTo("Line 3: the event with UID \"talk-1\": DTSTART \"2024-02-31T09:00:00Z\" "
					+ "is not a real date and time.");
	}

	@Test
	void anEventThatEndsBeforeItStartsIsRefused() {
		assertThat(refusal(() -> readText(calendar("", "DTSTART:20240301T090000Z\r\nDTEND:20240301T080000Z\r\n"))))
			.isEqualTo("Line 3: the event with UID \"talk-1\" ends before it starts.");
	}

	@Test
	void aCalendarOfCancelledEventsOnlyIsRefused() {
		assertThat(refusal(() -> readText(calendar("", "DTSTART:20240301T090000Z\r\nSTATUS:CANCELLED\r\n"))))
			.isEqualTo("The calendar holds no sessions (no VEVENT that is not cancelled).");
	}

	@Test
	void aTimeZoneRuleBiweeklyCannotFollowIsRefused() {
		String zone = "BEGIN:VTIMEZONE\r\nTZID:Somewhere\r\nBEGIN:STANDARD\r\nDTSTART:19701101T020000\r\n"
				+ "TZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800\r\nRRULE:FREQ=YEARLY;BYMONTH=13\r\n"
				+ "END:STANDARD\r\nEND:VTIMEZONE\r\n";

		assertThat(refusal(() -> readText(calendar(zone, "DTSTART;TZID=Somewhere:20240301T090000\r\n"))))
			.startsWith("The calendar cannot be read")
			.endsWith("Its time zone definitions may be broken; export it again.");
	}

	private ScheduledSession session(String title) {
		return this.schedule.sessions()
			.stream()
			.filter((session) -> session.title().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session " + title));
	}

	// One event; with no calendar property it begins on line 3 and its own properties on
	// line 5.
	private static String calendar(String calendarProperties, String eventProperties) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + calendarProperties + "BEGIN:VEVENT\r\nUID:talk-1\r\n"
				+ eventProperties + "SUMMARY:Talk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
	}

}
