package io.talknotes.note;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void whatMarkdownMakesIsKept() {
		String html = this.renderer.toHtml("""
				# Helm 3

				Tiller is **gone**, charts are _simpler_ and `helm upgrade` merges three ways.

				> Zero downtime

				3. three
				4. four

				```yaml
				apiVersion: v2
				```

				| Version | Tiller |
				|:--------|-------:|
				| 2       | yes    |

				---
				""");

		assertThat(html).contains("<h1>Helm 3</h1>", "<strong>gone</strong>", "<em>simpler</em>",
				"<code>helm upgrade</code>", "<blockquote>", "<ol start=\"3\"><li>three</li>",
				"<pre><code class=\"language-yaml\">apiVersion: v2", "<th align=\"left\">Version</th>",
				"<td align=\"right\">yes</td>", "<hr />");
	}

	@Test
	void linksAreKeptAndNotFollowedImagesOfOtherSitesBecomeLinks() {
		String html = this.renderer.toHtml("""
				[slides](https://example.com/helm.pdf "Slides"), [talk](/talks/helm-3-deep-dive),
				[mail](mailto:team@example.com), https://helm.sh and ![diagram](https://example.com/d.png)
				![logo](/favicon.svg) ![](https://example.com/e.png)
				""");

		assertThat(html).contains(
				"<a href=\"https://example.com/helm.pdf\" title=\"Slides\" rel=\"nofollow noopener\">slides</a>",
				"<a href=\"/talks/helm-3-deep-dive\" rel=\"nofollow noopener\">talk</a>",
				"<a href=\"mailto:team&#64;example.com\" rel=\"nofollow noopener\">mail</a>",
				"<a href=\"https://helm.sh\" rel=\"nofollow noopener\">https://helm.sh</a>",
				"<a href=\"https://example.com/d.png\" rel=\"nofollow noopener\">diagram</a>",
				"<img src=\"/favicon.svg\" alt=\"logo\" />",
				"<a href=\"https://example.com/e.png\" rel=\"nofollow noopener\">https://example.com/e.png</a>");
		assertThat(html).as("pages load images only from Talknotes").doesNotContain("<img src=\"https:");
	}

	@Test
	void linksToScriptsAndDataAreShownAsTheirTextAndSuchImagesAreLeftOut() {
		String html = this.renderer.toHtml("""
				[one](javascript:alert(1)) [two](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
				[three](JaVaScRiPt:alert(1)) [four](&#106;avascript:alert(1)) [five](vbscript:msgbox(1))
				[six][ref] ![seven](javascript:alert(1)) ![eight](data:image/svg+xml,<svg/onload=alert(1)>)

				[ref]: javascript:alert(1)
				""");

		assertThat(html).contains("one", "two", "three", "four", "five", "six")
			.doesNotContain("<a", "<img", "javascript:", "data:", "vbscript:", "JaVaScRiPt");
	}

	@Test
	void htmlTypedIntoANoteStaysText() {
		String html = this.renderer
			.toHtml("<script>alert(1)</script> <img src=x onerror=alert(1)> <a href=\"javascript:x\">raw</a>");

		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src&#61;x onerror&#61;alert(1)&gt;")
			.doesNotContain("<script", "<img", "<a ");
	}

}
