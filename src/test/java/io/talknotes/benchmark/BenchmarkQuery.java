package io.talknotes.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * One query of the benchmark mix: what a person types in the search box, and the same
 * words as the {@code LIKE '%word%'} conditions a naive build would run instead.
 *
 * @param kind what the query exercises
 * @param typed the text typed in the search box
 * @param all fragments that must all occur (in a note's body or the talk's title)
 * @param any fragments of which one must occur, empty when none is required
 * @param none fragments that must not occur
 */
record BenchmarkQuery(String kind, String typed, List<String> all, List<String> any, List<String> none) {

	/** The fixed mix: common and rare words, operators, jargon and a typo. */
	static final List<BenchmarkQuery> MIX = List.of(word("common word", "kubernetes"), word("common word", "latency"),
			word("common word", "production"), word("seed jargon", "etcd"), word("seed jargon", "vitess"),
			word("rare word", "tiller"), word("rare word", "ipvlan"), word("very rare word", "gvisor"),
			and("two words", "vitess sharding"), and("two words", "prometheus storage"),
			and("three words", "canary rollout lyft"),
			new BenchmarkQuery("phrase", "\"service mesh\"", List.of("service mesh"), List.of(), List.of()),
			new BenchmarkQuery("prefix", "kube*", List.of("kube"), List.of(), List.of()),
			new BenchmarkQuery("exclusion", "helm -tiller", List.of("helm"), List.of(), List.of("tiller")),
			new BenchmarkQuery("OR", "linkerd OR istio", List.of(), List.of("linkerd", "istio"), List.of()),
			word("version", "v1.16"), word("figure", "35M"), and("jargon and word", "k8s migration"),
			and("seed jargon pair", "opa rego"), word("typo (did-you-mean retry)", "kuberentes"));

	private static BenchmarkQuery word(String kind, String word) {
		return new BenchmarkQuery(kind, word, List.of(word.toLowerCase()), List.of(), List.of());
	}

	private static BenchmarkQuery and(String kind, String words) {
		return new BenchmarkQuery(kind, words, List.of(words.split(" ")), List.of(), List.of());
	}

	/**
	 * A naive build's search: scans every note joined to its talk and counts the talks
	 * whose note body or title contains the words.
	 */
	String likeSql() {
		List<String> conditions = new ArrayList<>();
		this.all.forEach((word) -> conditions.add(contains()));
		if (!this.any.isEmpty()) {
			conditions.add("(" + String.join(" or ", this.any.stream().map((word) -> contains()).toList()) + ")");
		}
		this.none.forEach((word) -> conditions.add("not " + contains()));
		return "select count(distinct t.id) from note n join talk t on t.id = n.talk_id where "
				+ String.join(" and ", conditions);
	}

	/** The parameters of {@link #likeSql()}, two per fragment, in order. */
	List<String> likeParameters() {
		List<String> parameters = new ArrayList<>();
		for (String word : concat()) {
			String pattern = "%" + word.toLowerCase() + "%";
			parameters.add(pattern);
			parameters.add(pattern);
		}
		return parameters;
	}

	private List<String> concat() {
		List<String> words = new ArrayList<>(this.all);
		words.addAll(this.any);
		words.addAll(this.none);
		return words;
	}

	private static String contains() {
		return "(lower(n.body) like ? or lower(t.title) like ?)";
	}

}
