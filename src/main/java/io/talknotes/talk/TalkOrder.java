package io.talknotes.talk;

/**
 * The orders the talk list can be read in.
 */
public enum TalkOrder {

	/** The order of the follow-up deck: newest conference first, then as programmed. */
	PROGRAMME("programme"),

	/** When they start, earliest first; talks without a time last. */
	TIME("time"),

	/** By title, A to Z. */
	TITLE("title"),

	/** Most notes first. */
	NOTES("notes");

	private final String parameter;

	TalkOrder(String parameter) {
		this.parameter = parameter;
	}

	/** How the order is written in the list's address, e.g. {@code sort=time}. */
	public String getParameter() {
		return this.parameter;
	}

	/** The message that names the order. */
	public String getMessageKey() {
		return "talk.sort." + this.parameter;
	}

	/** The order a parameter names; the programme's order for any other value. */
	static TalkOrder fromParameter(String parameter) {
		for (TalkOrder order : values()) {
			if (order.parameter.equals(parameter)) {
				return order;
			}
		}
		return PROGRAMME;
	}

}
