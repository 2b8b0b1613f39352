package io.talknotes.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The words synthetic notes are written with, ranked by how often they occur: function
 * words first, then everyday English mixed with cloud-native jargon, then the seed's own
 * jargon, then a long tail of made-up names standing for the rare identifiers real notes
 * are full of. Words are drawn with a Zipf distribution over that ranking, so a handful
 * of words fill most of the text and most words are rare, as in real prose.
 */
final class Vocabulary {

	private static final List<String> FUNCTION = words("the to of and a in is for on with we it at by from as be are "
			+ "not this that you our can all more no use they one has was will how new but out up");

	private static final List<String> COMMON = words("team teams time data people need scale run running work build "
			+ "make way user users problem problems support change changes first large small high low better faster "
			+ "easy hard lot across multiple single every each different same years today future performance "
			+ "production cost costs issue issues question answer lessons learned approach solution design simple "
			+ "complex growth request requests traffic customer customers company companies open community "
			+ "release releases feature features test testing debugging migration migrate legacy incident "
			+ "outage reliability availability security policy policies network storage memory latency throughput "
			+ "capacity demo slides talk speaker keynote project projects update roadmap vision adoption stable");

	private static final List<String> CLOUD = words("kubernetes cluster clusters pod pods container containers node "
			+ "nodes service services mesh deployment deployments operator operators controller controllers "
			+ "namespace namespaces ingress gateway proxy sidecar sidecars observability metrics tracing logging "
			+ "logs dashboards alerting autoscaling scheduler scheduling api apis cni csi runtime docker image "
			+ "images registry helm chart charts ci cd pipeline pipelines gitops serverless edge multi-cluster "
			+ "hybrid cloud cloud-native microservices monolith stateful stateless database databases sharding "
			+ "replication failover canary rollout rollback blue-green chaos sre slo slos sli toil on-call "
			+ "terraform ansible yaml config configuration secrets rbac tenancy multi-tenant quota limits "
			+ "grpc http rest websocket kafka redis postgres mysql cassandra s3 bucket object-storage backup");

	private static final List<String> SEED = words("k8s etcd vitess linkerd prometheus envoy jaeger cortex thanos "
			+ "opa kubeflow crds ebpf iptables istio nats consul dynamodb fluentd containerd argo flux gatekeeper "
			+ "lyft airbnb reddit slack tinder splunk alibaba jd.com snap arm cncf v1.16 35M 10K+ 5k+ 150B+ "
			+ "QPS keyspaces ingestors ldap webhooks dragonfly harbor rook tikv falco spiffe spire "
			+ "helm3 kustomize kubectl kubecon sagemaker");

	/**
	 * Jargon from the seed that real notes mention rarely: placed far down the ranking.
	 */
	private static final List<String> RARE = words("tiller rego ipvlan vitness gvisor kata");

	private static final String[] SYLLABLES = { "ka", "lo", "ven", "tra", "mi", "zor", "qua", "de", "rin", "sol", "pex",
			"nu", "bra", "tel", "vo", "gri", "fen", "ost", "ul", "yx", "dar", "ke", "pim", "sa", "jor", "lu", "wex",
			"cor", "thi", "ban" };

	private final String[] ranked;

	private final double[] cumulative;

	Vocabulary(long seed, int tailSize, double exponent) {
		this.ranked = rank(new Random(seed), tailSize).toArray(String[]::new);
		this.cumulative = new double[this.ranked.length];
		double sum = 0;
		for (int i = 0; i < this.ranked.length; i++) {
			sum += 1 / Math.pow(i + 1, exponent);
			this.cumulative[i] = sum;
		}
		for (int i = 0; i < this.cumulative.length; i++) {
			this.cumulative[i] /= sum;
		}
	}

	/** A word drawn with the Zipf distribution. */
	String next(Random random) {
		int index = Arrays.binarySearch(this.cumulative, random.nextDouble());
		return this.ranked[Math.min((index < 0) ? -index - 1 : index, this.ranked.length - 1)];
	}

	/** A word drawn from the content words only: no function words, for titles. */
	String nextContentWord(Random random) {
		String word;
		do {
			word = next(random);
		}
		while (FUNCTION.contains(word));
		return word;
	}

	/** The rank of a word, from 0 for the most frequent, or -1 when it is not used. */
	int rankOf(String word) {
		return Arrays.asList(this.ranked).indexOf(word);
	}

	int size() {
		return this.ranked.length;
	}

	/** A made-up name such as "venkador", for companies, people and rare words. */
	static String madeUpWord(Random random) {
		int syllables = 2 + random.nextInt(3);
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < syllables; i++) {
			word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
		}
		return word.toString();
	}

	private static List<String> rank(Random random, int tailSize) {
		Set<String> curated = new LinkedHashSet<>();
		curated.addAll(FUNCTION);
		curated.addAll(interleave(COMMON, CLOUD));
		Set<String> tail = new LinkedHashSet<>();
		while (tail.size() < tailSize) {
			String word = madeUpWord(random);
			if (!curated.contains(word)) {
				tail.add(word);
			}
		}
		List<String> tailWords = new ArrayList<>(tail);
		List<String> ranked = new ArrayList<>(curated);
		ranked.addAll(interleave(SEED, tailWords.subList(0, SEED.size() * 3)));
		List<String> rest = new ArrayList<>(tailWords.subList(SEED.size() * 3, tailWords.size()));
		for (int i = 0; i < RARE.size(); i++) {
			rest.add(Math.min(rest.size(), 1500 + i * 800), RARE.get(i));
		}
		ranked.addAll(rest);
		return ranked;
	}

	private static List<String> interleave(List<String> first, List<String> second) {
		List<String> mixed = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < first.size() || j < second.size()) {
			if (i < first.size()) {
				mixed.add(first.get(i++));
			}
			for (int k = 0; k < 2 && j < second.size(); k++) {
				mixed.add(second.get(j++));
			}
		}
		return mixed;
	}

	private static List<String> words(String words) {
		return List.of(words.split(" "));
	}

}
