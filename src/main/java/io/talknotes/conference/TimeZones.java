package io.talknotes.conference;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The time zones a conference may take place in, by their IANA ids.
 */
final class TimeZones {

	/** Every id accepted. */
	static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();

	/**
	 * The ids offered to choose from, in alphabetical order: those of places, and UTC;
	 * not the legacy and fixed-offset ones, which are accepted when typed.
	 */
	static final List<String> OFFERED = Stream
		.concat(KNOWN.stream()
			.filter((id) -> id
				.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+")),
				Stream.of("UTC"))
		.sorted()
		.toList();

	private TimeZones() {
	}

}
