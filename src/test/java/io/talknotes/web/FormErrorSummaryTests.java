package io.talknotes.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent back with mistakes starts with a summary of them that takes the focus, each
 * a link to its field, and marks every field in error as invalid for assistive
 * technology.
 */
class FormErrorSummaryTests {

	@Test
	void thePasswordFormSaysWhatToCorrectAtItsTop() {
		Element form = sentBack(Forms.post("/account/password", "currentPassword", "not-the-password", "newPassword",
				"short", "repeatedPassword", "other"));

		assertThat(linkedFields(form)).contains("newPassword", "repeatedPassword");
	}

	@Test
	void theNewAccountFormSaysWhatToCorrectAtItsTop() {
		Element form = sentBack(Forms.post("/admin/accounts", "username", "", "displayName", "", "role", "EDITOR",
				"password", "short"));

		assertThat(linkedFields(form)).contains("username", "displayName", "password");
		assertThat(form.selectFirst("#role").hasAttr("aria-invalid")).as("a field without a mistake").isFalse();
	}

	@Test
	void theImportFormSaysWhatToCorrectAtItsTop() {
		Element form = sentBack(Forms.upload("/import", "file", null, "text", ""));

		assertThat(linkedFields(form)).containsExactly("file");
		assertThat(form.selectFirst("#text").hasAttr("aria-invalid")).isFalse();
	}

	@Test
	void theTalkFormSaysWhatToCorrectAtItsTopAndMarksItsListsToo() {
		Element form = sentBack(
				Forms.post("/talks", "conference", "", "title", " ", "kind", "talk", "scheduleUrl", "not an address"));

		assertThat(linkedFields(form)).contains("conference", "title", "scheduleUrl");
		assertThat(form.selectFirst("#kind").hasAttr("aria-invalid")).isFalse();
	}

	/**
	 * The form of the page with its summary, checked: first in the form, focused on load,
	 * and every field it names is there and marked invalid, and no other is.
	 */
	private static Element sentBack(MvcResult result) {
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(content(result));
		Element summary = page.selectFirst(".error-summary");
		assertThat(summary).as("error summary").isNotNull();
		assertThat(page.select("[autofocus]")).as("what takes the focus").containsExactly(summary);
		assertThat(summary.attr("tabindex")).isEqualTo("-1");
		Element form = summary.parent();
		assertThat(form.normalName()).isEqualTo("form");
		List<Element> inForm = form.select("*");
		Element firstField = form.selectFirst("input:not([type=hidden]), select, textarea");
		assertThat(inForm.indexOf(summary)).as("the summary comes before the fields")
			.isLessThan(inForm.indexOf(firstField));
		List<String> linked = linkedFields(form);
		for (String id : linked) {
			Element field = page.getElementById(id);
			assertThat(field).as("field #%s", id).isNotNull();
			assertThat(field.attr("aria-invalid")).as("aria-invalid of #%s", id).isEqualTo("true");
		}
		assertThat(form.select("[aria-invalid=true]").eachAttr("id")).as("fields marked invalid")
			.containsExactlyInAnyOrderElementsOf(linked);
		return form;
	}

	private static List<String> linkedFields(Element form) {
		return form.select(".error-summary a[href^=#]")
			.eachAttr("href")
			.stream()
			.map((href) -> href.substring(1))
			.distinct()
			.toList();
	}

	private static String content(MvcResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
