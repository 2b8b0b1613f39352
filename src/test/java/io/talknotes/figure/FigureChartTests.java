package io.talknotes.figure;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import io.talknotes.TestMessages;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static io.talknotes.figure.Figures.link;
import static io.talknotes.figure.Figures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link FigureChart}: its SVG is read back with a real XML parser.
 */
class FigureChartTests {

	private static final String SVG = "http://www.w3.org/2000/svg";

	private static final ChartWords WORDS = new ChartWords(TestMessages.source(), Locale.ENGLISH);

	private static final List<FigureView> PODS = List.of(
			view(15L, "10K+ pods", link("lyft", "Lyft"), null, "Lyft pods"),
			view(7L, "30k pods", link("jd-com", "JD.com"), link("vitess", "Vitess"), "Vitess at JD.com"),
			view(16L, "5k+ pods", link("lyft", "Lyft"), null, "ML workloads"));

	@Test
	void isWellFormedSvgNamedByItsTitleAndDescription() throws Exception {
		Element svg = parse(chart(PODS).svg(WORDS)).getDocumentElement();

		assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
		assertThat(svg.getLocalName()).isEqualTo("svg");
		assertThat(svg.getAttribute("role")).isEqualTo("img");
		assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("chart-pods-title chart-pods-desc");
		assertThat(svg.hasAttribute("style")).isFalse();
		Element title = first(svg, "title");
		Element desc = first(svg, "desc");
		assertThat(title.getAttribute("id")).isEqualTo("chart-pods-title");
		assertThat(title.getTextContent()).isEqualTo("Pods");
		assertThat(desc.getAttribute("id")).isEqualTo("chart-pods-desc");
		assertThat(desc.getTextContent()).contains("linear scale from 0 to 30k", "JD.com — 30k pods",
				"Lyft (Lyft pods) — 10k+ pods", "Lyft (ML workloads) — 5000+ pods");
	}

	@Test
	void labelsEveryBarWithWhoTheFigureIsAboutAndEndsItWithItsShortFormLargestFirst() throws Exception {
		List<Bar> bars = bars(chart(PODS).svg(WORDS));

		assertThat(bars).extracting(Bar::label).containsExactly("JD.com", "Lyft (Lyft pods)", "Lyft (ML workloads)");
		assertThat(bars).extracting(Bar::value).containsExactly("30k pods", "10k+ pods", "5000+ pods");
	}

	@Test
	void sortsBarsLargestFirstWhateverOrderTheFiguresCameIn() throws Exception {
		List<FigureView> figures = List.of(view(1L, "12 pods", link("a", "Small"), null, null),
				view(2L, "40 pods", link("b", "Large"), null, null),
				view(3L, "25 pods", link("c", "Middle"), null, null),
				view(4L, "25 pods", link("d", "Also middle"), null, null));

		List<Bar> bars = bars(chart(figures).svg(WORDS));

		assertThat(bars).extracting(Bar::label).containsExactly("Large", "Also middle", "Middle", "Small");
		assertThat(bars).extracting(Bar::width).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void drawsFiguresLessThanAHundredfoldApartOnALinearScaleFromZero() throws Exception {
		List<FigureView> figures = List.of(view(1L, "~2300 nodes/cluster", link("airbnb", "Airbnb"), null, null),
				view(2L, "10000 node cluster", link("alibaba", "Alibaba"), null, null));
		FigureChart chart = chart(figures);

		String svg = chart.svg(WORDS);
		List<Bar> bars = bars(svg);

		assertThat(chart.logarithmic()).isFalse();
		assertThat(first(parse(svg).getDocumentElement(), "title").getTextContent()).isEqualTo("Nodes per cluster");
		assertThat(bars).extracting(Bar::label).containsExactly("Alibaba", "Airbnb");
		assertThat(bars).extracting(Bar::value).containsExactly("10k nodes/cluster", "~2300 nodes/cluster");
		// 2,300 is 23% of 10,000, and so is its bar of the other's
		assertThat(bars.get(1).width() / bars.get(0).width()).isCloseTo(0.23, within(0.001));
		assertThat(bars.get(0).width()).isCloseTo(100, within(0.01));
		assertThat(ticks(parse(svg))).containsExactly("0", "2k", "4k", "6k", "8k", "10k");
	}

	@Test
	void writesEachValueAtTheEndOfItsBarInsideALongBarAfterAShortOne() throws Exception {
		List<FigureView> figures = List.of(view(1L, "~2300 nodes/cluster", link("airbnb", "Airbnb"), null, null),
				view(2L, "10000 node cluster", link("alibaba", "Alibaba"), null, null));

		NodeList texts = parse(chart(figures).svg(WORDS)).getElementsByTagNameNS(SVG, "text");
		List<Element> values = new ArrayList<>();
		for (int i = 0; i < texts.getLength(); i++) {
			if (((Element) texts.item(i)).getAttribute("class").startsWith("bar-value")) {
				values.add((Element) texts.item(i));
			}
		}

		assertThat(values).extracting((value) -> value.getAttribute("x")).containsExactly("100.00%", "23.00%");
		assertThat(values).extracting((value) -> value.getAttribute("text-anchor")).containsExactly("end", "start");
	}

	@Test
	void givesAValueThatFitsNeitherInsideNorAfterItsBarALineOfItsOwnUnderTheLabel() throws Exception {
		List<FigureView> figures = List.of(view(1L, "10000 node cluster", link("alibaba", "Alibaba"), null, null),
				view(2L, "up to 5000 node k8s clusters", link("etcd", "etcd"), null, null));

		Document svg = parse(chart(figures).svg(WORDS));
		NodeList texts = svg.getElementsByTagNameNS(SVG, "text");
		Element label = null;
		Element value = null;
		for (int i = 0; i < texts.getLength(); i++) {
			Element text = (Element) texts.item(i);
			if (text.getTextContent().equals("etcd")) {
				label = text;
			}
			if (text.getTextContent().equals("up to 5000 nodes/cluster")) {
				value = text;
			}
		}

		assertThat(value.getAttribute("x")).isEqualTo("0");
		assertThat(Integer.parseInt(value.getAttribute("y"))).as("under the label")
			.isGreaterThan(Integer.parseInt(label.getAttribute("y")));
	}

	@Test
	void turnsLogarithmicFromAHundredfoldApartAndSaysSo() throws Exception {
		List<FigureView> within = List.of(view(1L, "99 pods", link("a", "A"), null, null),
				view(2L, "1 pod", link("b", "B"), null, null));
		List<FigureView> apart = List.of(view(1L, "101 pods", link("a", "A"), null, null),
				view(2L, "1 pod", link("b", "B"), null, null));

		FigureChart log = chart(apart);
		Document svg = parse(log.svg(WORDS));

		assertThat(chart(within).logarithmic()).isFalse();
		assertThat(log.logarithmic()).isTrue();
		assertThat(first(svg.getDocumentElement(), "title").getTextContent()).isEqualTo("Pods, on a logarithmic scale");
		assertThat(first(svg.getDocumentElement(), "desc").getTextContent())
			.contains("logarithmic scale from 1 to 1k, where each gridline is ten times the one before");
		assertThat(ticks(svg)).containsExactly("1", "10", "100", "1k");
	}

	@Test
	void wrapsALongLabelOntoLinesWithoutCuttingIt() throws Exception {
		List<FigureView> figures = List.of(
				view(1L, "~2500 nodes/cluster", link("airbnb", "Airbnb"), null, "Practical Kubernetes cluster size"),
				view(2L, "~2300 nodes/cluster", link("airbnb", "Airbnb"), null,
						"Airbnb's largest cluster, as the speaker called it on the day"));

		Document svg = parse(chart(figures).svg(WORDS));
		List<Bar> bars = bars(chart(figures).svg(WORDS));

		assertThat(bars).extracting(Bar::label)
			.containsExactly("Airbnb (Practical Kubernetes cluster size)",
					"Airbnb (Airbnb's largest cluster, as the speaker called it on the day)");
		assertThat(svg.getDocumentElement().getTextContent()).doesNotContain("…");
		NodeList lines = svg.getElementsByTagNameNS(SVG, "tspan");
		assertThat(lines.getLength()).isGreaterThan(2);
		for (int i = 0; i < lines.getLength(); i++) {
			assertThat(lines.item(i).getTextContent()).hasSizeLessThanOrEqualTo(ChartDrawing.LINE_LENGTH);
		}
		assertThat(ChartDrawing.wrap("a " + "x".repeat(50), 38)).containsExactly("a", "x".repeat(38), "x".repeat(12));
	}

	@Test
	void drawsBarsOnALogarithmicScale() throws Exception {
		List<FigureView> figures = List.of(view(1L, "35M QPS", link("jd-com", "JD.com"), null, null),
				view(2L, "35k QPS", link("acme", "Acme"), null, null),
				view(3L, "35 QPS", link("tiny", "Tiny"), null, null));

		List<Bar> bars = bars(chart(figures).svg(WORDS));

		List<BigDecimal> values = figures.stream().map((figure) -> figure.figure().value()).toList();
		double perDecade = bars.get(0).width() / Math.log10(values.get(0).doubleValue());
		assertThat(chart(figures).logarithmic()).isTrue();
		for (int i = 0; i < bars.size(); i++) {
			assertThat(bars.get(i).width()).as(bars.get(i).label())
				.isCloseTo(perDecade * Math.log10(values.get(i).doubleValue()), within(0.01));
		}
		// 35M needs eight decades: 1 to 100M; each value is a thousand times the next
		assertThat(perDecade).isCloseTo(100.0 / 8, within(0.001));
		assertThat(bars.get(0).width() - bars.get(1).width()).isCloseTo(bars.get(1).width() - bars.get(2).width(),
				within(0.02));
	}

	@Test
	void labelsTheAxisInPowersOfTenWithoutCrowdingIt() throws Exception {
		Document small = parse(chart(List.of(view(1L, "30k pods", link("jd-com", "JD.com"), null, null),
				view(2L, "50 pods", link("acme", "Acme"), null, null)))
			.svg(WORDS));
		Document large = parse(chart(List.of(view(1L, "150B+ chips", link("arm", "Arm"), null, null),
				view(2L, "3 chips", link("acme", "Acme"), null, null)))
			.svg(WORDS));

		assertThat(ticks(small)).containsExactly("1", "10", "100", "1k", "10k", "100k");
		assertThat(ticks(large)).containsExactly("1", "100", "10k", "1M", "100M", "10B", "1T");
	}

	@Test
	void escapesNamesThatLookLikeMarkup() throws Exception {
		List<FigureView> figures = List.of(
				view(1L, "2 pods", link("x", "<script>alert('x')</script> & Co"), null, null),
				view(2L, "3 pods", link("at-t", "AT&T \"Labs\""), null, null));

		String svg = chart(figures).svg(WORDS);

		assertThat(svg).doesNotContain("<script>");
		assertThat(bars(svg)).extracting(Bar::label)
			.containsExactly("AT&T \"Labs\"", "<script>alert('x')</script> & Co");
	}

	@Test
	void dropsCharactersXmlCannotHold() throws Exception {
		List<FigureView> figures = List.of(view(1L, "2 pods", link("x", "Bell\u0007 Co"), null, null),
				view(2L, "3 pods", link("y", "Y"), null, null));

		assertThat(bars(chart(figures).svg(WORDS))).extracting(Bar::label).contains("Bell Co");
	}

	@Test
	void chartsEachUnitAndPeriodWithAtLeastTwoFiguresButNoPercentages() {
		List<FigureView> figures = new ArrayList<>(PODS);
		figures.add(view(20L, "~2300 nodes/cluster", link("airbnb", "Airbnb"), null, null));
		figures.add(view(21L, "10000 node cluster", link("alibaba", "Alibaba"), null, null));
		figures.add(view(22L, "5000 nodes", link("acme", "Acme"), null, null));
		figures.add(view(23L, "35%", link("slack", "Slack"), null, null));
		figures.add(view(24L, "100%", link("slack", "Slack"), null, null));
		figures.add(view(25L, "600 contributors", null, link("helm", "Helm"), null));

		List<FigureChart> charts = FigureChart.perUnit(figures);

		assertThat(charts).extracting(FigureChart::title).containsExactly("Pods", "Nodes per cluster");
		assertThat(charts).extracting(FigureChart::unit).containsExactly("pods", "nodes");
		assertThat(charts.get(1).figures()).extracting(FigureView::textAsWritten)
			.containsExactly("10000 node cluster", "~2300 nodes/cluster");
	}

	@Test
	void namesAFigureByItsProjectWhenNoCompanyIsGiven() throws Exception {
		List<FigureView> figures = List.of(view(1L, "up to 5000 node k8s clusters", null, link("etcd", "etcd"), null),
				view(2L, "~2300 nodes/cluster", link("airbnb", "Airbnb"), link("kubernetes", "Kubernetes"), null));

		assertThat(bars(chart(figures).svg(WORDS))).extracting(Bar::label).containsExactly("etcd", "Airbnb");
	}

	@Test
	void chartsFiguresInUnitsThatConvertTogetherPerThePeriodMostWereQuotedIn() throws Exception {
		List<FigureView> figures = List.of(view(1L, "80 TB per day", link("acme", "Acme"), null, null),
				view(2L, "3 PB/month", link("globex", "Globex"), null, null),
				view(3L, "500 GB per day", link("initech", "Initech"), null, null),
				view(4L, "12 pods", link("acme", "Acme"), null, null));

		List<FigureChart> charts = FigureChart.perUnit(figures);

		assertThat(charts).extracting(FigureChart::title).containsExactly("Bytes per day");
		// 3 PB a month is about 98.6 TB a day, so it comes before 80 TB a day
		assertThat(bars(charts.get(0).svg(WORDS))).extracting(Bar::value)
			.containsExactly("3 PB/month", "80 TB/day", "500 GB/day");
	}

	@Test
	void drawsConvertedFiguresAtTheirBaseValues() throws Exception {
		List<FigureView> figures = List.of(view(1L, "p99 under 250 µs", link("acme", "Acme"), null, null),
				view(2L, "0.4 ms", link("globex", "Globex"), null, null),
				view(3L, "sub-second deploys", link("initech", "Initech"), null, null));

		FigureChart chart = FigureChart.perUnit(figures).get(0);
		List<Bar> bars = bars(chart.svg(WORDS));

		assertThat(chart.title()).isEqualTo("Seconds");
		assertThat(bars).extracting(Bar::value).containsExactly("under 1 s", "0.4 ms", "p99 under 250 µs");
		// From 100 µs (10^-4) to 1 s: 0.4 ms sits log10(4) of a decade past 100 µs
		assertThat(bars.get(1).width()).isCloseTo(100 * Math.log10(4) / 4, within(0.01));
		assertThat(ticks(parse(chart.svg(WORDS)))).containsExactly("100 µs", "1 ms", "10 ms", "100 ms", "1 s");
	}

	@Test
	void comparesBandwidthsWithDataPerSecond() throws Exception {
		List<FigureView> figures = List.of(view(1L, "400 Gbps", link("acme", "Acme"), null, null),
				view(2L, "10 GB/s", link("globex", "Globex"), null, null),
				view(3L, "over 100 Tbps", link("initech", "Initech"), null, null));

		FigureChart chart = FigureChart.perUnit(figures).get(0);

		assertThat(chart.title()).isEqualTo("Bytes per second");
		assertThat(bars(chart.svg(WORDS))).extracting(Bar::value).containsExactly("100+ Tbps", "400 Gbps", "10 GB/s");
		assertThat(ticks(parse(chart.svg(WORDS)))).startsWith("1 B").endsWith("100 TB");
	}

	@Test
	void chartsRequestsPerMinuteWithRequestsPerSecond() {
		List<FigureView> figures = List.of(view(1L, "2 million requests per minute", link("acme", "Acme"), null, null),
				view(2L, "50k RPS", link("globex", "Globex"), null, null));

		List<FigureChart> charts = FigureChart.perUnit(figures);

		assertThat(charts).singleElement()
			.satisfies((chart) -> assertThat(chart.figures()).extracting(FigureView::textAsWritten)
				.containsExactly("50k RPS", "2 million requests per minute"));
	}

	private static FigureChart chart(List<FigureView> figures) {
		return FigureChart.of(figures.get(0).unitWithPeriod(), figures);
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		DocumentBuilder builder = factory.newDocumentBuilder();
		return builder.parse(new InputSource(new StringReader(svg)));
	}

	private static List<Bar> bars(String svg) throws Exception {
		NodeList groups = parse(svg).getElementsByTagNameNS(SVG, "g");
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (group.getAttribute("class").equals("bar-row")) {
				String width = first(group, "rect").getAttribute("width");
				assertThat(width).endsWith("%");
				NodeList lines = first(group, "text").getElementsByTagNameNS(SVG, "tspan");
				List<String> label = new ArrayList<>();
				for (int j = 0; j < lines.getLength(); j++) {
					label.add(lines.item(j).getTextContent());
				}
				Element value = (Element) group.getElementsByTagNameNS(SVG, "text").item(1);
				assertThat(value.getAttribute("class")).startsWith("bar-value");
				bars.add(new Bar(String.join(" ", label), value.getTextContent(),
						Double.parseDouble(width.substring(0, width.length() - 1))));
			}
		}
		assertThat(bars).isNotEmpty();
		return bars;
	}

	private static List<String> ticks(Document svg) {
		NodeList texts = svg.getElementsByTagNameNS(SVG, "text");
		List<String> ticks = new ArrayList<>();
		for (int i = 0; i < texts.getLength(); i++) {
			Element text = (Element) texts.item(i);
			if (text.getAttribute("class").equals("tick")) {
				ticks.add(text.getTextContent());
			}
		}
		return ticks;
	}

	private static Element first(Element parent, String name) {
		NodeList found = parent.getElementsByTagNameNS(SVG, name);
		assertThat(found.getLength()).as("<%s> in <%s>", name, parent.getLocalName()).isPositive();
		return (Element) found.item(0);
	}

	private record Bar(String label, String value, double width) {

	}

}
