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
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link FrabJsonScheduleReader}, on a c3voc schedule.json written for these
 * tests.
 */
class FrabJsonScheduleReaderTests {

	private final Schedule schedule = read("schedule.json");

	@Test
	void theConferenceIsReadWithItsDaysAndZone() {
		assertThat(this.schedule)
			.extracting(Schedule::title, Schedule::acronym, Schedule::startsOn, Schedule::endsOn, Schedule::timeZone,
					Schedule::url)
			.containsExactly("Developer Camp 2024", "devcamp2024", LocalDate.of(2024, 8, 17), LocalDate.of(2024, 8, 18),
					ZoneId.of("Europe/Berlin"), "https://devcamp.example.org/2024/");
	}

	@Test
	void everyEventOfEveryRoomOfEveryDayIsASessionInFileOrder() {
		assertThat(this.schedule.sessions()).extracting(ScheduledSession::uid, ScheduledSession::room)
			.containsExactly(tuple("8f2c6a10-3d4e-5b6f-8a9b-0c1d2e3f4a01", "Saal 1"),
					tuple("8f2c6a10-3d4e-5b6f-8a9b-0c1d2e3f4a02", "Saal 1"),
					tuple("8f2c6a10-3d4e-5b6f-8a9b-0c1d2e3f4a03", "Saal 1"),
					tuple("8f2c6a10-3d4e-5b6f-8a9b-0c1d2e3f4a04", "Room A"),
					tuple("8f2c6a10-3d4e-5b6f-8a9b-0c1d2e3f4a05", "Room A"),
					tuple("8f2c6a10-3d4e-5b6f-8a9b-0c1d2e3f4a06", "Saal 1"), tuple("107", "Saal 1"),
					tuple("8f2c6a10-3d4e-5b6f-8a9b-0c1d2e3f4a08", "Workshop Room"));
	}

	@Test
	void anEventKeepsEverythingTheFileSaysAboutIt() {
		assertThat(this.schedule.sessions().get(1))
			.isEqualTo(new ScheduledSession("8f2c6a10-3d4e-5b6f-8a9b-0c1d2e3f4a02", "Reproducible Builds in Practice",
					"Why bit-for-bit matters", "lecture", "Security", "Saal 1", Instant.parse("2024-08-17T09:00:00Z"),
					Instant.parse("2024-08-17T10:00:00Z"), "Same source, same binary: how distributions get there.",
					"We walk through three packages.\nEach one taught us something about <timestamps> & build paths.",
					List.of(new ScheduledSpeaker("Grace Hopper", null), new ScheduledSpeaker("Linus Beispiel", null)),
					"https://devcamp.example.org/2024/talk/102/", "https://example.org/slides/reproducible.pdf",
					"https://media.ccc.de/v/devcamp2024-102-reproducible-builds"));
	}

	@Test
	void aStartWithoutDateAfterMidnightBelongsToTheNextCalendarDay() {
		ScheduledSession lateNight = this.schedule.sessions().get(2);

		assertThat(lateNight.startsAt()).isEqualTo(Instant.parse("2024-08-17T22:30:00Z"));
		assertThat(lateNight.endsAt()).as("a duration of 1:15:00").isEqualTo(Instant.parse("2024-08-17T23:45:00Z"));
	}

	@Test
	void linksAndAttachmentsGiveSlidesAndVideoResolvedAgainstTheBaseUrl() {
		List<ScheduledSession> sessions = this.schedule.sessions();

		assertThat(sessions.get(3).slidesUrl()).isEqualTo("https://devcamp.example.org/2024/media/rust-embedded.pdf");
		assertThat(sessions.get(5).videoUrl()).isEqualTo("https://www.youtube.com/watch?v=abcdefghijk");
		assertThat(sessions.get(7)).extracting(ScheduledSession::slidesUrl, ScheduledSession::videoUrl)
			.containsExactly("https://devcamp.example.org/2024/media/mqtt-slides.pdf",
					"https://cdn.example.org/devcamp2024/108-mqtt.mp4");
	}

	@Test
	void emptyTextsAreAbsentAndPersonsHaveNoCompany() {
		ScheduledSession opening = this.schedule.sessions().get(0);

		assertThat(opening.subtitle()).isNull();
		assertThat(opening.description()).isNull();
		assertThat(opening.speakers()).containsExactly(new ScheduledSpeaker("Ada Lovelace", null));
		assertThat(this.schedule.sessions().get(5).speakers()).extracting(ScheduledSpeaker::name)
			.containsExactly("Zoë Ørsted", "张伟");
	}

	@Test
	void aFileCutShortIsRefusedWithJacksonsLineAndColumn() {
		assertThat(refusal(() -> read("broken/truncated.json")))
			.startsWith("Line 27, column 1: this is not valid JSON (Unexpected end-of-input");
	}

	@Test
	void aFieldOfTheWrongTypeIsRefusedNamingItsPath() {
		assertThat(refusal(() -> read("broken/wrong-type.json")))
			.isEqualTo("schedule.conference.days[0].rooms[\"Saal 1\"][0].persons: "
					+ "expected a list, found text \"Ada Lovelace\".");
	}

	@Test
	void aFieldOfTheWrongTypeSaysWhatItFound() {
		assertThat(refusal(() -> readText("{\"schedule\": {\"conference\": {\"title\": 5}}}")))
			.isEqualTo("schedule.conference.title: expected text, found the number 5.");
		assertThat(refusal(() -> readText("{\"schedule\": {\"conference\": {\"title\": true}}}")))
			.isEqualTo("schedule.conference.title: expected text, found true.");
		assertThat(refusal(() -> readText("{\"schedule\": {\"conference\": {\"days\": {}}}}")))
			.isEqualTo("schedule.conference.days: expected a list, found an object.");
	}

	@Test
	void anEventWithoutTitleIsRefusedNamingItsPath() {
		assertThat(refusal(() -> read("broken/missing-title.json")))
			.isEqualTo("schedule.conference.days[0].rooms[\"Room A\"][1].title: the event has no title.");
	}

	@Test
	void aBadDateIsRefusedNamingItsPathAndValue() {
		assertThat(refusal(() -> read("broken/bad-date.json")))
			.isEqualTo("schedule.conference.days[0].rooms[\"Room A\"][1].date: \"2024-08-17 15:00\" "
					+ "is not a date and time with offset like 2019-11-18T09:00:00-08:00.");
	}

	@Test
	void aBadDurationOrZoneIsRefusedNamingItsPath() {
		assertThat(
				refusal(() -> readText(oneEvent("\"time_zone_name\": \"Europe/Berlin\"", "\"duration\": \"45 min\""))))
			.isEqualTo("schedule.conference.days[0].rooms[\"Saal 1\"][0].duration: "
					+ "\"45 min\" is not a duration like 00:45 or 1:30:00.");
		assertThat(refusal(() -> readText(oneEvent("\"time_zone_name\": \"Berlin Time\"", "\"duration\": \"00:45\""))))
			.isEqualTo("schedule.conference.time_zone_name: \"Berlin Time\" is not a time zone id like Europe/Berlin.");
	}

	@Test
	void aDocumentThatIsNoScheduleIsRefused() {
		assertThat(refusal(() -> readText("{\"talks\": []}")))
			.isEqualTo("schedule: missing; a frab schedule.json has it.");
		assertThat(refusal(() -> readText("{\"schedule\": {\"conference\": {\"days\": []}}}")))
			.isEqualTo("The schedule holds no sessions (no day has an event).");
		assertThat(refusal(() -> readText("{\"schedule\": 1} {}"))).contains("this is not valid JSON");
	}

	@Test
	void anEventWithoutGuidOrIdIsRefused() {
		assertThat(refusal(() -> readText(
				oneEvent("\"title\": \"Camp\"", "\"duration\": \"00:45\"").replace("\"guid\": \"g-1\",", "")
					.replace("\"id\": 1,", ""))))
			.isEqualTo("schedule.conference.days[0].rooms[\"Saal 1\"][0].guid: the event has neither guid nor id.");
	}

	private static String oneEvent(String conferenceField, String eventField) {
		return """
				{"schedule": {"version": "1", "conference": {%s, "days": [
				  {"index": 1, "date": "2024-08-17", "rooms": {"Saal 1": [
				    {"guid": "g-1", "id": 1, "start": "10:00", %s, "title": "Opening", "persons": [], "links": []}
				  ]}}
				]}}}
				""".formatted(conferenceField, eventField);
	}

}
