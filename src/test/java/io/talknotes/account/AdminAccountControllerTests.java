package io.talknotes.account;

import java.time.Instant;
import java.util.List;

import io.talknotes.web.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.talknotes.TestAccounts.admin;
import static io.talknotes.TestAccounts.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AdminAccountController.class)
@Import(SecurityConfiguration.class)
class AdminAccountControllerTests {

	private static final Instant CREATED = Instant.parse("2026-01-15T10:00:00Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AccountService accounts;

	@Test
	void listsEveryAccountWithItsRoleAndStatusAndAFormForANewOne() throws Exception {
		given(this.accounts.all())
			.willReturn(List.of(new AccountView("corey-gale", "Corey Gale", Role.EDITOR, false, false, CREATED),
					new AccountView("ada", "Ada Lovelace", Role.EDITOR, true, true, CREATED)));

		String html = this.mvc.perform(get("/admin/accounts").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Corey Gale", "Ada Lovelace", "Disabled", "Can log in",
				"action=\"/admin/accounts/ada/role\"", "<option value=\"EDITOR\" selected=\"selected\">Editor</option>",
				"action=\"/admin/accounts/ada/password\"", "action=\"/admin/accounts/ada/enabled\"", "New account",
				"name=\"_csrf\"");
	}

	@Test
	void createsAnAccountWithItsFirstPassword() throws Exception {
		this.mvc
			.perform(post("/admin/accounts").param("username", "lin")
				.param("displayName", " Lin Wu ")
				.param("role", "READER")
				.param("password", "long enough password")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("message", "account.created"));

		verify(this.accounts).create("lin", "Lin Wu", Role.READER, "long enough password");
	}

	@Test
	void aTakenNameABadNameOrAShortPasswordIsExplainedNextToTheField() throws Exception {
		given(this.accounts.exists("ada")).willReturn(true);

		String taken = page(post("/admin/accounts").param("username", "ada")
			.param("displayName", "Ada")
			.param("role", "EDITOR")
			.param("password", "long enough password"));
		String bad = page(post("/admin/accounts").param("username", "Ada Lovelace!")
			.param("displayName", "")
			.param("role", "EDITOR")
			.param("password", "short"));

		assertThat(taken).contains("That username is taken; choose another.");
		assertThat(bad).contains("Use 2 to 40 lowercase letters", "Give the name shown on this account",
				"A password needs at least 10 characters.", "value=\"Ada Lovelace!\"");
		verify(this.accounts, never()).create(any(), any(), any(), any());
	}

	@Test
	void changesARoleSetsAPasswordAndDisablesAnAccount() throws Exception {
		this.mvc.perform(post("/admin/accounts/ada/role").param("role", "ADMIN").with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "account.roleChanged"));
		this.mvc
			.perform(post("/admin/accounts/ada/password").param("password", "a new long password")
				.with(admin())
				.with(csrf()))
			.andExpect(flash().attribute("message", "account.passwordReset"));
		this.mvc.perform(post("/admin/accounts/ada/password").param("password", "short").with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "account.password.resetInvalid"));
		this.mvc.perform(post("/admin/accounts/ada/enabled").param("enabled", "false").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("message", "account.disabled"));

		verify(this.accounts).changeRole("ada", Role.ADMIN);
		verify(this.accounts).resetPassword("ada", "a new long password");
		verify(this.accounts, never()).resetPassword("ada", "short");
		verify(this.accounts).enable("ada", false);
	}

	@Test
	void anAdminCannotDemoteOrDisableThemselves() throws Exception {
		this.mvc.perform(post("/admin/accounts/admin/role").param("role", "EDITOR").with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "account.self"));
		this.mvc.perform(post("/admin/accounts/admin/enabled").param("enabled", "false").with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "account.self"));

		verify(this.accounts, never()).changeRole(any(), any());
		verify(this.accounts, never()).enable(any(), org.mockito.ArgumentMatchers.anyBoolean());
	}

	@Test
	void onlyAdminsManageAccounts() throws Exception {
		this.mvc.perform(get("/admin/accounts")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/accounts").with(editor())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/accounts/ada/role").param("role", "ADMIN").with(editor()).with(csrf()))
			.andExpect(status().isForbidden());

		verify(this.accounts, never()).changeRole(any(), any());
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request.with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
