package io.talknotes.system;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@Import(FormerSlugs.class)
class FormerSlugsTests {

	@Autowired
	private FormerSlugs slugs;

	@Test
	void anOldSlugLeadsToTheNewOne() {
		this.slugs.renamed("company", "acme", "acme-corp");

		assertThat(this.slugs.current("company", "acme")).contains("acme-corp");
		assertThat(this.slugs.current("project", "acme")).isEmpty();
	}

	@Test
	void everyOldSlugFollowsTheItemThroughSeveralRenames() {
		this.slugs.renamed("talk", "a", "b");
		this.slugs.renamed("talk", "b", "c");

		assertThat(this.slugs.current("talk", "a")).contains("c");
		assertThat(this.slugs.current("talk", "b")).contains("c");
	}

	@Test
	void goingBackToAnOldSlugMakesItCurrentAgain() {
		this.slugs.renamed("talk", "a", "b");
		this.slugs.renamed("talk", "b", "a");

		assertThat(this.slugs.current("talk", "a")).isEmpty();
		assertThat(this.slugs.current("talk", "b")).contains("a");
	}

	@Test
	void manyItemsRenamedAtOnceEachLeadFromTheirOldSlugsAsIfRenamedOneByOne() {
		this.slugs.renamed("talk", "first", "first-renamed");
		this.slugs.renamed("talk", "second", "second-renamed");

		this.slugs.renamed("talk", Map.of("first-renamed", "first-again", "second-renamed", "second", "third",
				"third-renamed", "same", "same"));

		assertThat(this.slugs.current("talk", "first")).contains("first-again");
		assertThat(this.slugs.current("talk", "first-renamed")).contains("first-again");
		assertThat(this.slugs.current("talk", "second")).isEmpty();
		assertThat(this.slugs.current("talk", "second-renamed")).contains("second");
		assertThat(this.slugs.current("talk", "third")).contains("third-renamed");
		assertThat(this.slugs.current("talk", "same")).isEmpty();
	}

	@Test
	void noOtherItemTakesAnOldSlug() {
		this.slugs.renamed("company", "acme", "acme-corp");

		assertThat(this.slugs.unique("company", "Acme", "company", null, Set.of()::contains)).isEqualTo("acme-2");
		assertThat(this.slugs.unique("project", "Acme", "project", null, Set.of()::contains)).isEqualTo("acme");
	}

	@Test
	void aRenamedItemMayKeepItsSlugOrTakeBackItsOwnOldOne() {
		this.slugs.renamed("company", "acme", "acme-corp");
		Set<String> taken = Set.of("acme-corp");

		assertThat(this.slugs.unique("company", "Acme Corp", "company", "acme-corp", taken::contains))
			.isEqualTo("acme-corp");
		assertThat(this.slugs.unique("company", "Acme", "company", "acme-corp", taken::contains)).isEqualTo("acme");
	}

	@Test
	void noItemIsAddressedAsTheFormThatMakesOne() {
		assertThat(this.slugs.unique("conference", "New", "conference", null, Set.of()::contains)).isEqualTo("new-2");
		assertThat(this.slugs.unique("speaker", "NEW!", "speaker", null, Set.of()::contains)).isEqualTo("new-2");
	}

	@Test
	void theOldSlugsOfADeletedItemAreForgottenAndFreeAgain() {
		this.slugs.renamed("company", "acme", "acme-corp");
		this.slugs.renamed("company", "other", "other-corp");

		this.slugs.forget("company", "acme-corp");

		assertThat(this.slugs.current("company", "acme")).isEmpty();
		assertThat(this.slugs.current("company", "other")).contains("other-corp");
		assertThat(this.slugs.unique("company", "Acme", "company", null, Set.of()::contains)).isEqualTo("acme");
	}

	@Test
	void amongManySlugsThoseOfRenamedItemsAndNewAreNotFree() {
		this.slugs.renamed("talk", "old-talk", "new-talk");

		assertThat(this.slugs.unavailableAmong("talk", List.of("old-talk", "new-talk", "new", "other")))
			.containsExactlyInAnyOrder("old-talk", "new");
		assertThat(this.slugs.unavailableAmong("company", List.of("old-talk"))).isEmpty();
	}

}
