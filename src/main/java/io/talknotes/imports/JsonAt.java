package io.talknotes.imports;

import java.util.ArrayList;
import java.util.List;
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
			throw wrongType("text");
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
			throw new ScheduleFormatException(this.path + ": missing; a frab schedule.json has it.");
		}
		if (!isObject()) {
			throw wrongType("an object");
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
			throw wrongType("a list");
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

	private ScheduleFormatException wrongType(String expected) {
		return new ScheduleFormatException(this.path + ": expected " + expected + ", found " + found() + ".");
	}

	private String found() {
		return switch (this.node.getNodeType()) {
			case STRING -> "text " + Texts.quote(this.node.stringValue());
			case NUMBER -> "the number " + this.node.asString();
			case BOOLEAN -> this.node.asString();
			case ARRAY -> "a list";
			case OBJECT -> "an object";
			default -> this.node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
		};
	}

}
