package io.talknotes;

import java.math.BigDecimal;
import java.util.List;

import io.talknotes.figure.shorthand.Qualifier;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway seed holds every talk, company, project, note and figure of the KubeCon +
 * CloudNativeCon North America 2019 follow-up deck.
 */
@DataJpaTest
class SeedMigrationTests {

	@Autowired
	private EntityManager em;

	@Test
	void seedsTheConference() {
		List<Object[]> rows = this.em
			.createQuery("select c.name, c.city, c.startsOn, c.endsOn from Conference c", Object[].class)
			.getResultList();

		assertThat(rows).singleElement()
			.satisfies((row) -> assertThat(row).containsExactly("KubeCon + CloudNativeCon North America 2019",
					"San Diego, California", java.time.LocalDate.of(2019, 11, 18),
					java.time.LocalDate.of(2019, 11, 21)));
	}

	@Test
	void seedsEveryTalkOfTheDeckInItsOrder() {
		List<String> titles = this.em.createQuery("select t.title from Talk t order by t.sortOrder", String.class)
			.getResultList();

		assertThat(titles).containsExactly("Keynotes", "CNCF Project Updates",
				"Low Latency Multi-cluster Networking with Kubernetes",
				"Cortex 101: Horizontally Scalable Long Term Storage for Prometheus",
				"Towards Continuous Computer Vision Model Improvement with Kubeflow",
				"Scaling Kubernetes to Thousands of Nodes Across Multiple Clusters, Calmly", "GitOps User Stories",
				"Helm 3 Deep Dive", "Kubernetes at Reddit: Tales from Production",
				"Use Your Favorite Developer Tools in Kubernetes With Telepresence",
				"Improving Performance of Deep Learning Workloads With Volcano",
				"How Kubernetes Components Communicate Securely in Your Cluster",
				"The Gotchas of Zero-Downtime Traffic w/Kubernetes",
				"Solving Multi-Cluster Network Connectivity With Submariner");
	}

	@Test
	void givesOneNotePerTalkWithNotesAndNoneToTheOtherTalksAttended() {
		List<Object[]> counts = this.em
			.createQuery(
					"select t.slug, (select count(n) from Note n where n.talk = t) from Talk t order by t.sortOrder",
					Object[].class)
			.getResultList();

		assertThat(counts).hasSize(14);
		assertThat(counts.subList(0, 9)).allSatisfy((row) -> assertThat(row[1]).isEqualTo(1L));
		assertThat(counts.subList(9, 14)).allSatisfy((row) -> assertThat(row[1]).isEqualTo(0L));
	}

	@Test
	void keepsTheDecksWordingAndNestingInTheNotes() {
		String updates = noteOf("cncf-project-updates");
		assertThat(updates).contains("- Vitess (graduated)\n    - Cloud native DB, super scalable, reliable (5 9s)")
			.contains("JD.com uses Vitness @ 35M QPS (30k pods, 4k keyspaces)")
			.contains("Critical mass: 1M downloads/month, 600 contributors, 29 maintainers, 15 companies");
		assertThat(noteOf("keynotes")).contains("- K8s v1.16\n    - CRDs reach GA")
			.contains("150B+ Arm-based chips shipped");
		assertThat(noteOf("kubernetes-at-reddit-tales-from-production")).contains("500M+ monthly active users");
		assertThat(noteOf("helm-3-deep-dive")).contains("No more Tiller");
	}

	@Test
	void linksTheProjectUpdatesToEveryProjectItCovers() {
		List<String> projects = this.em
			.createQuery(
					"select p.name from Talk t join t.projects p where t.slug = 'cncf-project-updates' order by p.name",
					String.class)
			.getResultList();

		assertThat(projects).containsExactlyInAnyOrder("etcd", "Helm", "Jaeger", "Linkerd", "NATS", "Open Policy Agent",
				"Vitess");
	}

	@Test
	void namesThePresentingCompaniesOfEachTalk() {
		assertThat(companiesOf("gitops-user-stories")).containsExactly("Intuit", "Palo Alto Networks", "Weaveworks");
		assertThat(companiesOf("helm-3-deep-dive")).containsExactly("IBM", "Microsoft");
		assertThat(companiesOf("scaling-kubernetes-to-thousands-of-nodes-across-multiple-clusters-calmly"))
			.containsExactly("Airbnb");
		assertThat(companiesOf("towards-continuous-computer-vision-model-improvement-with-kubeflow"))
			.containsExactly("Snap Inc.");
	}

	@Test
	void recordsEveryQuotedFigureAsAValueWithItsUnit() {
		assertThat(count("select count(m) from Figure m")).isEqualTo(30);
		assertThat(figure("35M QPS")).containsExactly("JD.com", "Vitess", new BigDecimal("35000000.000000"),
				"queries per second", Qualifier.EXACTLY);
		assertThat(figure("~2300 nodes/cluster")).containsExactly("Airbnb", "Kubernetes", new BigDecimal("2300.000000"),
				"nodes", Qualifier.ABOUT);
		assertThat(figure("150B+ Arm-based chips shipped")).containsExactly("Arm", null,
				new BigDecimal("150000000000.000000"), "chips", Qualifier.AT_LEAST);
		assertThat(figure("1M downloads/month")).containsExactly(null, "Helm", new BigDecimal("1000000.000000"),
				"downloads", Qualifier.EXACTLY);
		assertThat(figure("500M+ monthly active users")).containsExactly("Reddit", null,
				new BigDecimal("500000000.000000"), "monthly active users", Qualifier.AT_LEAST);
	}

	private String noteOf(String talkSlug) {
		return this.em.createQuery("select n.body from Note n where n.talk.slug = :slug", String.class)
			.setParameter("slug", talkSlug)
			.getSingleResult();
	}

	private List<String> companiesOf(String talkSlug) {
		return this.em
			.createQuery("select c.name from Talk t join t.companies c where t.slug = :slug order by c.name",
					String.class)
			.setParameter("slug", talkSlug)
			.getResultList();
	}

	private Object[] figure(String text) {
		return this.em.createQuery("""
				select c.name, p.name, m.value, m.unit, m.qualifier from Figure m
				left join m.company c left join m.project p where m.textAsWritten = :text""", Object[].class)
			.setParameter("text", text)
			.getSingleResult();
	}

	private long count(String query) {
		return this.em.createQuery(query, Long.class).getSingleResult();
	}

}
