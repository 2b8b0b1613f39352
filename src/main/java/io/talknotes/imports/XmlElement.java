package io.talknotes.imports;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An element of a small XML document, read whole with the JDK's StAX parser, with the
 * line it starts on and its path from the root for messages. Documents that declare a
 * DOCTYPE are refused: schedule files never need one, and it is how entity expansion and
 * external entity attacks come in.
 *
 * @param name the local name
 * @param path e.g. {@code schedule/day[2]/room[Saal 1]/event[3]}
 * @param line the line of its start tag
 * @param attributes its attributes by local name
 * @param text its own text, not its children's
 * @param children its child elements in order
 */
record XmlElement(String name, String path, int line, Map<String, String> attributes, String text,
		List<XmlElement> children) {

	/**
	 * Reads a document.
	 * @param xml the document
	 * @return its root element
	 * @throws ScheduleFormatException if it is not well-formed or declares a DOCTYPE
	 */
	static XmlElement parse(String xml) {
		XMLStreamReader reader = null;
		try {
			reader = factory().createXMLStreamReader(new StringReader(xml));
			return read(reader);
		}
		catch (XMLStreamException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : 0;
			throw ScheduleProblems.notXml(ex, line, reason(ex));
		}
		finally {
			close(reader);
		}
	}

	private static XMLInputFactory factory() {
		// The JDK's own parser, whatever else is on the class path, with DTDs and
		// external entities off.
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		return factory;
	}

	private static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
		Deque<Builder> open = new ArrayDeque<>();
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.DTD) {
				throw ScheduleProblems.doctype(reader.getLocation().getLineNumber());
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				open.push(new Builder(reader, open.peek()));
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				if (!open.isEmpty()) {
					open.peek().text.append(reader.getText());
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				XmlElement element = open.pop().build();
				if (open.isEmpty()) {
					return element;
				}
				open.peek().children.add(element);
			}
		}
		throw ScheduleProblems.noRootElement();
	}

	private static String reason(XMLStreamException ex) {
		String message = String.valueOf(ex.getMessage());
		int at = message.indexOf("Message: ");
		return ((at >= 0) ? message.substring(at + "Message: ".length()) : message).strip();
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException ex) {
				// Nothing is held open when reading from a string.
			}
		}
	}

	/**
	 * The first child of a name.
	 * @param name the child's local name
	 * @return the child, or {@code null}
	 */
	XmlElement child(String name) {
		return this.children.stream().filter((child) -> child.name.equals(name)).findFirst().orElse(null);
	}

	/**
	 * The children of a name.
	 * @param name their local name
	 * @return the children in order
	 */
	List<XmlElement> children(String name) {
		return this.children.stream().filter((child) -> child.name.equals(name)).toList();
	}

	/**
	 * The text of the first child of a name.
	 * @param name the child's local name
	 * @return its text tidied by {@link Texts#clean}, or {@code null}
	 */
	String childText(String name) {
		XmlElement child = child(name);
		return (child != null) ? Texts.clean(child.text) : null;
	}

	/**
	 * Names a child for a message, with the line of the child or else of this element.
	 * @param name the child's local name
	 * @return e.g. {@code schedule/day[1]/room[Saal 1]/event[3]/start, line 57}
	 */
	ImportMessage place(String name) {
		XmlElement child = child(name);
		return Places.element(this.path + "/" + name, (child != null) ? child.line : this.line);
	}

	private static final class Builder {

		private static final Set<String> REPEATED = Set.of("day", "room", "event", "person", "link", "attachment",
				"track");

		private final String name;

		private final String path;

		private final int line;

		private final Map<String, String> attributes = new LinkedHashMap<>();

		private final StringBuilder text = new StringBuilder();

		private final List<XmlElement> children = new ArrayList<>();

		Builder(XMLStreamReader reader, Builder parent) {
			this.name = reader.getLocalName();
			this.line = reader.getLocation().getLineNumber();
			for (int i = 0; i < reader.getAttributeCount(); i++) {
				this.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
			}
			this.path = (parent != null) ? parent.path + "/" + parent.step(this) : this.name;
		}

		// A room is named by its name, what repeats by its position among equals.
		private String step(Builder child) {
			if (child.name.equals("room") && child.attributes.containsKey("name")) {
				return "room[" + child.attributes.get("name") + "]";
			}
			if (!REPEATED.contains(child.name)) {
				return child.name;
			}
			long before = this.children.stream().filter((sibling) -> sibling.name().equals(child.name)).count();
			return child.name + "[" + (before + 1) + "]";
		}

		XmlElement build() {
			return new XmlElement(this.name, this.path, this.line, Map.copyOf(this.attributes), this.text.toString(),
					List.copyOf(this.children));
		}

	}

}
