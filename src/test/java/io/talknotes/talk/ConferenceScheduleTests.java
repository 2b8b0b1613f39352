package io.talknotes.talk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import io.talknotes.talk.ConferenceSchedule.Day;
import io.talknotes.talk.ConferenceSchedule.ScheduledTalk;
import io.talknotes.talk.ConferenceSchedule.Slot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.talknotes.talk.TalkEditingTests.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conference's talks as a schedule, on the seeded database with a second conference in
 * Amsterdam: days and start times in the conference's own time zone, talks at the same
 * time by room, talks without a time after them.
 */
@DataJpaTest
@Import(TalkServicesForTests.class)
class ConferenceScheduleTests {

	private static final String AMSTERDAM = "kubecon-eu-2024";

	@Autowired
	private TalkEditing editing;

	@Autowired
	private TalkService talks;

	@Autowired
	private DataSource dataSource;

	private JdbcTemplate jdbc;

	@BeforeEach
	void aConferenceInAmsterdam() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.jdbc.update(
				"insert into conference (slug, name, city, starts_on, ends_on, time_zone) values (?, "
						+ "'KubeCon Europe 2024', 'Paris', date '2024-03-19', date '2024-03-22', 'Europe/Amsterdam')",
				AMSTERDAM);
	}

	@Test
	void talksAreGroupedByLocalDayAndStartTimeAndByRoomWithinATime() {
		talk("Second Room", "2024-03-20", "09:00", "Room 2");
		talk("First Room", "2024-03-20", "09:00", "Room 1");
		talk("Later", "2024-03-20", "11:15", null);
		talk("Unscheduled", "", "", null);
		talk("Just After Midnight", "2024-03-21", "00:30", "Room 1");

		ConferenceSchedule schedule = this.talks.schedule(id(AMSTERDAM));

		assertThat(schedule.isTimed()).isTrue();
		assertThat(schedule.zone().getId()).isEqualTo("Europe/Amsterdam");
		assertThat(schedule.zoneName(Locale.ENGLISH)).isEqualTo("Central European Time");
		assertThat(schedule.zoneName(Locale.GERMAN)).isEqualTo("Mitteleuropäische Zeit");
		assertThat(schedule.days()).extracting(Day::date)
			.containsExactly(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 21));
		assertThat(schedule.days().get(0).slots()).extracting(Slot::start)
			.containsExactly(LocalTime.of(9, 0), LocalTime.of(11, 15));
		assertThat(titles(schedule.days().get(0).slots().get(0))).containsExactly("First Room", "Second Room");
		assertThat(titles(schedule.days().get(1).slots().get(0))).containsExactly("Just After Midnight");
		assertThat(schedule.untimed()).extracting(TalkSummary::title).containsExactly("Unscheduled");
	}

	@Test
	void aTalkAtHalfPastElevenUtcBelongsToTheDayItIsInTheConferencesZone() {
		talk("Just After Midnight", "2024-03-21", "00:30", "Room 1");

		assertThat(this.jdbc
			.queryForObject("select starts_at from talk where slug = 'just-after-midnight'",
					java.time.OffsetDateTime.class)
			.toInstant()).isEqualTo(Instant.parse("2024-03-20T23:30:00Z"));
		ScheduledTalk talk = this.talks.schedule(id(AMSTERDAM)).days().get(0).slots().get(0).talks().get(0);
		assertThat(talk.startsAt().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 21));
		assertThat(talk.startsAt().toLocalTime()).isEqualTo(LocalTime.of(0, 30));
		assertThat(talk.endsAt().toLocalTime()).isEqualTo(LocalTime.of(1, 5));
		assertThat(talk.room()).isEqualTo("Room 1");
	}

	@Test
	void aConferenceWhoseTalksHaveNoTimesIsAPlainListInProgrammeOrder() {
		ConferenceSchedule schedule = this.talks.schedule(id("kubecon-cloudnativecon-na-2019"));

		assertThat(schedule.isTimed()).isFalse();
		assertThat(schedule.days()).isEmpty();
		assertThat(schedule.untimed()).hasSize(14);
		assertThat(schedule.untimed().get(0).title()).isEqualTo("Keynotes");
		assertThat(this.talks.schedule(id(AMSTERDAM)).untimed()).isEmpty();
	}

	private void talk(String title, String day, String start, String room) {
		this.editing.create(form(AMSTERDAM, title, day, start,
				start.isEmpty() ? "" : LocalTime.parse(start).plusMinutes(35).toString(), room, "", "", ""));
	}

	private Long id(String conference) {
		return this.jdbc.queryForObject("select id from conference where slug = ?", Long.class, conference);
	}

	private static List<String> titles(Slot slot) {
		return slot.talks().stream().map((talk) -> talk.talk().title()).toList();
	}

}
