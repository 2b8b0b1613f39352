package io.talknotes.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A link to a web page that pages may show: empty, or an address of the http or https
 * scheme with a host. Any other scheme (javascript:, data:, file:) is refused, since the
 * link would be followed by whoever clicks it.
 */
@Documented
@Constraint(validatedBy = WebAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

	String message() default "{form.website.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a value against {@link WebAddress}. */
	class Validator implements ConstraintValidator<WebAddress, String> {

		private static final Set<String> SCHEMES = Set.of("http", "https");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isEmpty()) {
				return true;
			}
			try {
				URI address = new URI(value);
				return address.getScheme() != null && SCHEMES.contains(address.getScheme().toLowerCase(Locale.ROOT))
						&& address.getHost() != null && !address.getHost().isEmpty();
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

	}

}
