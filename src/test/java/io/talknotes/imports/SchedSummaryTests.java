package io.talknotes.imports;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SchedSummary}: titles and speakers as Sched packs them into SUMMARY.
 */
class SchedSummaryTests {

	@Test
	void oneSpeakerWithCompanyFollowsTheLastDash() {
		SchedSummary summary = SchedSummary
			.parse("Keynote: Opening Remarks - Dana Whitfield, Cloud Native Computing Foundation");

		assertThat(summary.title()).isEqualTo("Keynote: Opening Remarks");
		assertThat(summary.speakers())
			.containsExactly(new ScheduledSpeaker("Dana Whitfield", "Cloud Native Computing Foundation"));
	}

	@Test
	void groupsSeparatedBySemicolonsEachHaveTheirCompany() {
		SchedSummary summary = SchedSummary.parse(
				"A Practical Guide To Policy as Code - Jim Bugwadia, Nirmata; Rita Zhang, Microsoft; Joe Betz, Google");

		assertThat(summary.title()).isEqualTo("A Practical Guide To Policy as Code");
		assertThat(summary.speakers()).containsExactly(new ScheduledSpeaker("Jim Bugwadia", "Nirmata"),
				new ScheduledSpeaker("Rita Zhang", "Microsoft"), new ScheduledSpeaker("Joe Betz", "Google"));
	}

	@Test
	void namesJoinedByAnAmpersandShareTheCompanyAfterThem() {
		SchedSummary summary = SchedSummary.parse("Scaling Vitess - Sugu Arora & Deepa Rao, PlanetScale");

		assertThat(summary.speakers()).containsExactly(new ScheduledSpeaker("Sugu Arora", "PlanetScale"),
				new ScheduledSpeaker("Deepa Rao", "PlanetScale"));
	}

	@Test
	void aGroupWithoutCommaNamesSpeakersWithoutCompany() {
		SchedSummary summary = SchedSummary
			.parse("Linkerd in Production - Mara Jensen, Initech; Li Wei; Alex Kim & Jo Bauer");

		assertThat(summary.speakers()).containsExactly(new ScheduledSpeaker("Mara Jensen", "Initech"),
				new ScheduledSpeaker("Li Wei", null), new ScheduledSpeaker("Alex Kim", null),
				new ScheduledSpeaker("Jo Bauer", null));
	}

	@Test
	void aSingleSpeakerWithoutCompanyIsRead() {
		SchedSummary summary = SchedSummary.parse("Unit Test Abstraction: Crafting Sustainable Tests - Jeff Langr");

		assertThat(summary.title()).isEqualTo("Unit Test Abstraction: Crafting Sustainable Tests");
		assertThat(summary.speakers()).containsExactly(new ScheduledSpeaker("Jeff Langr", null));
	}

	@Test
	void aTitleWithADashKeepsItWhenSpeakersFollowTheLastOne() {
		SchedSummary summary = SchedSummary
			.parse("Kube Intelligence - A Figure Based Remediation Recommender - Yash Bhatnagar, Google");

		assertThat(summary.title()).isEqualTo("Kube Intelligence - A Figure Based Remediation Recommender");
		assertThat(summary.speakers()).containsExactly(new ScheduledSpeaker("Yash Bhatnagar", "Google"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kubernetes - The Hard Way", "SIG Node - Intro and Deep Dive", "SIG Node - Deep Dive",
			"What's Next for Helm? - Q&A", "gRPC - Past, Present, Future", "Introduction - SIG CLI",
			"Kubernetes 1.17 - Release Team 2019", "Is Serverless Ready? - Yes It Is", "Why? - Because",
			"Chaos Engineering - Part Two", "Closing Session - jinxx", "Operators - Ask Me Anything",
			"Talk - Jane Doe,", "Workshop -  - ", " - Jane Doe, Acme", "Lunch",
			"Sponsor Showcase - Cloud Native Edition" })
	void aSummaryWhoseTailDoesNotReadAsPeopleIsAllTitle(String text) {
		SchedSummary summary = SchedSummary.parse(text);

		assertThat(summary.title()).isEqualTo(text.strip());
		assertThat(summary.speakers()).isEmpty();
	}

	@Test
	void aModeratorIsASpeakerLikeTheOthers() {
		SchedSummary summary = SchedSummary
			.parse("Panel: The Future of Observability - Moderated by Jane Roe, Splunk; Hiro Tanaka, Sony");

		assertThat(summary.title()).isEqualTo("Panel: The Future of Observability");
		assertThat(summary.speakers()).containsExactly(new ScheduledSpeaker("Jane Roe", "Splunk"),
				new ScheduledSpeaker("Hiro Tanaka", "Sony"));
	}

	@Test
	void aJobTitleBetweenNameAndCompanyIsLeftOut() {
		SchedSummary summary = SchedSummary
			.parse("Running Jaeger at Scale - Omar Haddad, Staff Engineer, Rideshare Technologies, Inc.");

		assertThat(summary.speakers())
			.containsExactly(new ScheduledSpeaker("Omar Haddad", "Rideshare Technologies, Inc."));
	}

	@Test
	void aCompanyWithALegalSuffixKeepsIt() {
		assertThat(SchedSummary.parse("Edge Computing - Kim Lee, Snap, Inc.").speakers())
			.containsExactly(new ScheduledSpeaker("Kim Lee", "Snap, Inc."));
	}

	@Test
	void namesInAnyAlphabetAreRead() {
		SchedSummary summary = SchedSummary
			.parse("Observability at Scale - José Núñez, Telefónica; Łukasz Żółć, Allegro; Zoë Ørsted, Nordic Data");

		assertThat(summary.speakers()).extracting(ScheduledSpeaker::name)
			.containsExactly("José Núñez", "Łukasz Żółć", "Zoë Ørsted");
	}

	@Test
	void aNameInAScriptWithoutCapitalsMayBeOneWord() {
		SchedSummary summary = SchedSummary.parse("Scaling JD.com's Kubernetes Fleet - 张伟 & Liu Yang, JD.com");

		assertThat(summary.title()).isEqualTo("Scaling JD.com's Kubernetes Fleet");
		assertThat(summary.speakers()).containsExactly(new ScheduledSpeaker("张伟", "JD.com"),
				new ScheduledSpeaker("Liu Yang", "JD.com"));
	}

	@Test
	void particlesHyphensApostrophesAndInitialsBelongToNames() {
		SchedSummary summary = SchedSummary
			.parse("Data Mesh - Ludwig van Beethoven, Bonn Analytics; Jean-Luc O'Neill, Initech; J. R. Smith, Acme");

		assertThat(summary.speakers()).extracting(ScheduledSpeaker::name)
			.containsExactly("Ludwig van Beethoven", "Jean-Luc O'Neill", "J. R. Smith");
	}

	@Test
	void colonsAndHyphenatedWordsStayInTheTitle() {
		SchedSummary summary = SchedSummary
			.parse("Keynote: Multi-Cluster Networking: Past, Present - Ana Lima, Red Hat");

		assertThat(summary.title()).isEqualTo("Keynote: Multi-Cluster Networking: Past, Present");
		assertThat(summary.speakers()).containsExactly(new ScheduledSpeaker("Ana Lima", "Red Hat"));
	}

	@Test
	void anEnDashSeparatesLikeAHyphen() {
		SchedSummary summary = SchedSummary.parse("Service Mesh Wars \u2013 Ana Lima, Red Hat");

		assertThat(summary.title()).isEqualTo("Service Mesh Wars");
		assertThat(summary.speakers()).containsExactly(new ScheduledSpeaker("Ana Lima", "Red Hat"));
	}

	@Test
	void oneUnreadableNameKeepsTheWholeSummaryAsTitle() {
		SchedSummary summary = SchedSummary.parse("Mind the Gap - Ana Lima, Red Hat; The Audience");

		assertThat(summary.title()).isEqualTo("Mind the Gap - Ana Lima, Red Hat; The Audience");
		assertThat(summary.speakers()).isEqualTo(List.of());
	}

}
