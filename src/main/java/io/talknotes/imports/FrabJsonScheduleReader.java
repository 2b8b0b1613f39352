package io.talknotes.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.talknotes.imports.FrabSchedule.Conference;
import io.talknotes.imports.FrabSchedule.Day;
import io.talknotes.imports.FrabSchedule.Event;
import io.talknotes.imports.FrabSchedule.Link;

/**
 * Reads a {@code schedule.json} as frab, pretalx and the c3voc schedule tools write it
 * (schema: c3voc.de/schedule/schema.json): {@code schedule.conference} with its
 * {@code days}, each day's {@code rooms} mapping a room's name to its events. Fields the
 * app has no use for are ignored; a field of the wrong type is refused, naming its path.
 */
final class FrabJsonScheduleReader implements ScheduleReader {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	@Override
	public Schedule read(String text) {
		JsonAt schedule = JsonAt.root(parse(text)).object().field("schedule").object();
		JsonAt conference = schedule.field("conference").object();
		List<Day> days = new ArrayList<>();
		for (JsonAt day : conference.field("days").items()) {
			days.add(day(day.object()));
		}
		String baseUrl = schedule.field("base_url").text();
		return new FrabSchedule(conference(conference, baseUrl), days).toSchedule();
	}

	private static JsonNode parse(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			throw ScheduleProblems.notJson(ex,
					(at != null) ? Places.lineAndColumn(at.getLineNr(), at.getColumnNr()) : null,
					ex.getOriginalMessage());
		}
	}

	private static Conference conference(JsonAt c, String baseUrl) {
		return new Conference((field) -> c.field(field).place(), c.field("title").text(), c.field("acronym").text(),
				c.field("start").text(), c.field("end").text(), c.field("time_zone_name").text(), c.field("url").text(),
				baseUrl);
	}

	private static Day day(JsonAt day) {
		List<Event> events = new ArrayList<>();
		for (Map.Entry<String, JsonAt> room : day.field("rooms").entries()) {
			for (JsonAt event : room.getValue().items()) {
				events.add(event(event.object(), room.getKey()));
			}
		}
		return new Day((field) -> day.field(field).place(), day.field("date").text(), day.field("day_start").text(),
				events);
	}

	private static Event event(JsonAt e, String roomKey) {
		String room = e.field("room").text();
		return new Event((field) -> e.field(field).place(), e.field("guid").text(), e.field("id").textOrNumber(),
				e.field("code").text(), e.field("date").text(), e.field("start").text(), e.field("end").text(),
				e.field("duration").text(), (room != null) ? room : Texts.clean(roomKey), e.field("title").text(),
				e.field("subtitle").text(), e.field("track").text(), e.field("type").text(), e.field("abstract").text(),
				e.field("description").text(), e.field("url").text(), persons(e.field("persons")), links(e),
				videoUrl(e));
	}

	private static List<String> persons(JsonAt persons) {
		List<String> names = new ArrayList<>();
		for (JsonAt person : persons.items()) {
			String name = person.object().field("name").text();
			name = (name != null) ? name : person.field("public_name").text();
			if (name == null) {
				throw ScheduleProblems.personWithoutName(person.field("name").place());
			}
			names.add(name);
		}
		return names;
	}

	private static List<Link> links(JsonAt event) {
		List<Link> links = new ArrayList<>();
		for (String list : List.of("links", "attachments")) {
			for (JsonAt link : event.field(list).items()) {
				String url = link.object().field("url").text();
				if (url != null) {
					links.add(new Link(url, link.field("title").text(), link.field("type").text()));
				}
			}
		}
		return links;
	}

	private static String videoUrl(JsonAt event) {
		String download = event.field("video_download_url").text();
		if (download != null) {
			return download;
		}
		JsonAt recording = event.field("recording");
		if (!recording.present() || !recording.node().isObject()) {
			return null;
		}
		String url = recording.field("url").text();
		return (url != null) ? url : recording.field("link").text();
	}

}
