package io.talknotes.imports;

import java.util.ArrayList;
import java.util.List;

import io.talknotes.imports.FrabSchedule.Conference;
import io.talknotes.imports.FrabSchedule.Day;
import io.talknotes.imports.FrabSchedule.Event;
import io.talknotes.imports.FrabSchedule.Link;

/**
 * Reads a {@code schedule.xml} as frab, pretalx and the c3voc schedule tools write it
 * (schema: c3voc.de/schedule/schema.xsd): {@code <schedule>} with its
 * {@code <conference>} and {@code <day>}s, each holding {@code <room name>}s of
 * {@code <event guid id>}s. Elements the app has no use for are ignored. Messages name
 * the element's path and line.
 */
final class FrabXmlScheduleReader implements ScheduleReader {

	@Override
	public Schedule read(String text) {
		XmlElement root = XmlElement.parse(text);
		if (!root.name().equals("schedule")) {
			throw ScheduleProblems.notASchedule(root.line(), root.name());
		}
		XmlElement conference = root.child("conference");
		if (conference == null) {
			throw ScheduleProblems.missingInXml(root.place("conference"));
		}
		List<Day> days = new ArrayList<>();
		for (XmlElement day : root.children("day")) {
			days.add(day(day));
		}
		return new FrabSchedule(conference(conference), days).toSchedule();
	}

	private static Conference conference(XmlElement c) {
		return new Conference(c::place, c.childText("title"), c.childText("acronym"), c.childText("start"),
				c.childText("end"), c.childText("time_zone_name"), c.childText("url"), c.childText("base_url"));
	}

	private static Day day(XmlElement day) {
		List<Event> events = new ArrayList<>();
		for (XmlElement room : day.children("room")) {
			for (XmlElement event : room.children("event")) {
				events.add(event(event, Texts.clean(room.attributes().get("name"))));
			}
		}
		return new Day((field) -> attributePlace(day, field.equals("day_start") ? "start" : field),
				Texts.clean(day.attributes().get("date")), Texts.clean(day.attributes().get("start")), events);
	}

	private static Event event(XmlElement e, String roomName) {
		String room = e.childText("room");
		return new Event((field) -> field.equals("guid") ? attributePlace(e, field) : e.place(field),
				Texts.clean(e.attributes().get("guid")), Texts.clean(e.attributes().get("id")),
				Texts.clean(e.attributes().get("code")), e.childText("date"), e.childText("start"), e.childText("end"),
				e.childText("duration"), (room != null) ? room : roomName, e.childText("title"),
				e.childText("subtitle"), e.childText("track"), e.childText("type"), e.childText("abstract"),
				e.childText("description"), e.childText("url"), persons(e), links(e), videoUrl(e));
	}

	private static List<String> persons(XmlElement event) {
		List<String> names = new ArrayList<>();
		XmlElement persons = event.child("persons");
		for (XmlElement person : (persons != null) ? persons.children("person") : List.<XmlElement>of()) {
			String name = Texts.clean(person.text());
			if (name == null) {
				throw ScheduleProblems.personWithoutName(Places.element(person.path(), person.line()));
			}
			names.add(name);
		}
		return names;
	}

	private static List<Link> links(XmlElement event) {
		List<Link> links = new ArrayList<>();
		for (String list : List.of("links", "attachments")) {
			XmlElement holder = event.child(list);
			if (holder == null) {
				continue;
			}
			for (XmlElement link : holder.children()) {
				String url = Texts.clean(link.attributes().get("href"));
				if (url != null) {
					links.add(new Link(url, Texts.clean(link.text()), Texts.clean(link.attributes().get("type"))));
				}
			}
		}
		return links;
	}

	private static String videoUrl(XmlElement event) {
		String download = event.childText("video_download_url");
		if (download != null) {
			return download;
		}
		XmlElement recording = event.child("recording");
		if (recording == null) {
			return null;
		}
		String url = recording.childText("url");
		return (url != null) ? url : recording.childText("link");
	}

	private static ImportMessage attributePlace(XmlElement element, String attribute) {
		return Places.element(element.path() + "/@" + attribute, element.line());
	}

}
