package io.talknotes;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's messages as its pages show them, for tests that run without a Spring
 * context: the same file, read the way {@code application.properties} configures it.
 */
public final class TestMessages {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private TestMessages() {
	}

	/** The messages, to hand to code that resolves its own. */
	public static MessageSource source() {
		return MESSAGES;
	}

	/** What a page would show for a message with its arguments. */
	public static String text(MessageSourceResolvable message) {
		return MESSAGES.getMessage(message, Locale.ENGLISH);
	}

	/** What a page would show for the message of this key with these arguments. */
	public static String text(String key, Object... arguments) {
		return MESSAGES.getMessage(key, arguments, Locale.ENGLISH);
	}

}
