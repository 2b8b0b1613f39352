package io.talknotes.talk;

import io.talknotes.account.AccountsForTests;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The real services a {@code @DataJpaTest} of talk editing needs, on the seeded database:
 * the talk's own, and those of the conferences, speakers, companies and projects it
 * names, with what they need in turn.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(AccountsForTests.class)
@ComponentScan(basePackages = "io.talknotes", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
		type = FilterType.REGEX,
		pattern = ".*\\.(TalkEditing|TalkService|ConferenceService|NoteService|MarkdownRenderer|ClockConfiguration"
				+ "|FigureService|UnitsConfiguration|CompanyService|ProjectService|SpeakerService|FormerSlugs"
				+ "|NamedEntities|TalkReferences|TalkCounts|NoteCounts|FigureCounts|TalkRenames|Usages|SpeakerCounts)"))
class TalkServicesForTests {

}
