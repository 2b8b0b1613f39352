package io.talknotes.imports;

import org.junit.jupiter.api.Test;

import static io.talknotes.imports.ScheduleFilesForTests.read;
import static io.talknotes.imports.ScheduleFilesForTests.readText;
import static io.talknotes.imports.ScheduleFilesForTests.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FrabXmlScheduleReader}, on the schedule.xml twin of the schedule.json
 * written for these tests.
 */
class FrabXmlScheduleReaderTests {

	@Test
	void theXmlAndTheJsonOfOneScheduleReadTheSame() {
		Schedule xml = read("schedule.xml");

		assertThat(xml.sessions()).hasSize(8);
		// The field-by-field comparison names the first field that differs.
		assertThat(xml).usingRecursiveComparison().isEqualTo(read("schedule.json"));
		assertThat(xml).isEqualTo(read("schedule.json"));
	}

	@Test
	void malformedXmlIsRefusedNamingTheLine() {
		assertThat(refusal(() -> read("broken/malformed.xml"))).startsWith("Line 15: this is not well-formed XML");
	}

	@Test
	void aDoctypeIsRefusedSoNoEntityIsEverResolved() {
		assertThat(refusal(() -> read("broken/doctype.xml"))).contains("DOCTYPE").contains("refused");
	}

	@Test
	void anEntityWithoutDoctypeIsRefused() {
		assertThat(refusal(() -> readText("<schedule>\n<conference><title>&secret;</title></conference></schedule>")))
			.startsWith("Line 2: this is not well-formed XML");
	}

	@Test
	void aBadTimeIsRefusedNamingTheElementPathAndLine() {
		assertThat(refusal(() -> read("broken/bad-start.xml")))
			.isEqualTo("schedule/day[2]/room[Room A]/event[2]/start, line 27: "
					+ "\"half past ten\" is not a time like 09:30.");
	}

	@Test
	void anotherRootElementIsRefused() {
		assertThat(refusal(() -> readText("<?xml version=\"1.0\"?>\n<html><body/></html>")))
			.isEqualTo("Line 2: the document is <html>, but a frab schedule.xml is a <schedule>.");
	}

	@Test
	void aPersonWithoutNameIsRefusedNamingItsPath() {
		String xml = """
				<schedule><conference><title>Camp</title></conference>
				<day index="1" date="2024-08-17"><room name="Saal 1">
				<event guid="g-1" id="1"><title>Opening</title><start>10:00</start>
				<persons><person id="1">Ada</person>
				<person id="2"> </person></persons></event></room></day></schedule>
				""";

		assertThat(refusal(() -> readText(xml)))
			.isEqualTo("schedule/day[1]/room[Saal 1]/event[1]/persons/person[2], line 5: the person has no name.");
	}

}
