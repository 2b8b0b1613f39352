package io.talknotes.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A JSON node with its path from the document's root, so that every message names the
 * place it is about, as in {@code schedule.conference.days[1].rooms["Room A"][3].start}.
 *
 * @param node the node, or {@code null} when the field is absent
 * @param path where it is
 */
record JsonAt(JsonNode node, String path) {

	/**
	 * The root of a document.
	 * @param root the parsed document
	 * @return the root, at the empty path
	 */
	static JsonAt root(JsonNode root) {
		return new JsonAt(root, "");
	}

	/**
	 * A field of this object, present or not.
	 * @param name the field's name
	 * @return the field
	 */
	JsonAt field(String name) {
		JsonNode child = isObject() ? this.node.get(name) : null;
		return new JsonAt(child, this.path.isEmpty() ? name : this.path + "." + name);
	}

	/**
	 * Where this value is, for a message.
	 * @return its path as a place
	 */
	ImportMessage place() {
		return Places.jsonPath(this.path);
	}

	/**
	 * Whether a value is there: absent fields and {@code null} are not.
	 * @return whether a value is there
	 */
	boolean present() {
		return this.node != null && !this.node.isNull() && !this.node.isMissingNode();
	}

	/**
	 * This value as text.
	 * @return the text, tidied by {@link Texts#clean}, or {@code null} when absent
	 * @throws ScheduleFormatException if it is a number, list or object
	 */
	String text() {
		if (!present()) {
			return null;
		}
		if (!this.node.isString()) {
			throw wrongType(new ImportMessage("import.json.text"));
		}
		return Texts.clean(this.node.stringValue());
	}

	/**
	 * This value as text, where a number is written as text too (frab ids).
	 * @return the text or number as text, or {@code null} when absent
	 */
	String textOrNumber() {
		return (present() && this.node.isIntegralNumber()) ? this.node.asString() : text();
	}

	/**
	 * This object, which must be there.
	 * @return this
	 * @throws ScheduleFormatException if it is absent or not an object
	 */
	JsonAt object() {
		if (!present()) {
			throw ScheduleProblems.missingInJson(place());
		}
		if (!isObject()) {
			throw wrongType(new ImportMessage("import.json.object"));
		}
		return this;
	}

	/**
	 * The items of this list; none when absent.
	 * @return the items with their paths
	 * @throws ScheduleFormatException if it is not a list
	 */
	List<JsonAt> items() {
		if (!present()) {
			return List.of();
		}
		if (!this.node.isArray()) {
			throw wrongType(new ImportMessage("import.json.list"));
		}
		List<JsonAt> items = new ArrayList<>();
		for (int i = 0; i < this.node.size(); i++) {
			items.add(new JsonAt(this.node.get(i), this.path + "[" + i + "]"));
		}
		return items;
	}

	/**
	 * The fields of this object as a map from key to value, such as a day's rooms.
	 * @return the entries in the order of the file, with paths like
	 * {@code rooms["Room A"]}
	 * @throws ScheduleFormatException if it is absent or not an object
	 */
	List<Map.Entry<String, JsonAt>> entries() {
		object();
		List<Map.Entry<String, JsonAt>> entries = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : this.node.properties()) {
			String key = entry.getKey();
			String quoted = "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
			entries.add(Map.entry(key, new JsonAt(entry.getValue(), this.path + "[" + quoted + "]")));
		}
		return entries;
	}

	private boolean isObject() {
		return this.node != null && this.node.isObject();
	}

	/**
	 * A value of the wrong type.
	 * @param expected names the type the format has here
	 */
	private ScheduleFormatException wrongType(ImportMessage expected) {
		return ScheduleProblems.wrongType(place(), expected, found());
	}

	private ImportMessage found() {
		return switch (this.node.getNodeType()) {
			case STRING -> new ImportMessage("import.json.found.text", Texts.shorten(this.node.stringValue()));
			case NUMBER -> new ImportMessage("import.json.found.number", this.node.asString());
			case ARRAY -> new ImportMessage("import.json.list");
			case OBJECT -> new ImportMessage("import.json.object");
			// true and false as JSON writes them
			case BOOLEAN -> new ImportMessage("import.json.found.literal", this.node.asString());
			default -> new ImportMessage("import.json.found.literal",
					this.node.getNodeType().toString().toLowerCase(Locale.ROOT));
		};
	}

}
