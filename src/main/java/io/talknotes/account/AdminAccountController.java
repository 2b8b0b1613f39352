package io.talknotes.account;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin page: every account, a form for a new one, and for each its role, a new
 * password, and whether it may log in. Admins cannot demote or disable themselves, so
 * there is always someone left to administer.
 */
@Controller
class AdminAccountController {

	private static final String PAGE = "redirect:/admin/accounts";

	private final AccountService accounts;

	AdminAccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("newAccount", NewAccountForm.blank());
		return page(model);
	}

	@PostMapping("/admin/accounts")
	String create(@Valid @ModelAttribute("newAccount") NewAccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Passwords.check(form.password(), "password", result);
		if (!result.hasFieldErrors("username") && this.accounts.exists(form.username())) {
			result.rejectValue("username", "account.username.taken");
		}
		if (result.hasErrors()) {
			return page(model);
		}
		try {
			this.accounts.create(form.username(), form.cleanDisplayName(), form.chosenRole(), form.password());
		}
		catch (DataIntegrityViolationException ex) {
			// Another admin created the same username a moment ago
			result.rejectValue("username", "account.username.taken");
			return page(model);
		}
		redirect.addFlashAttribute("message", "account.created");
		return PAGE;
	}

	@PostMapping("/admin/accounts/{username}/role")
	String changeRole(@PathVariable String username, @RequestParam Role role, Principal principal,
			RedirectAttributes redirect) {
		if (isSelf(username, principal) && role != Role.ADMIN) {
			redirect.addFlashAttribute("message", "account.self");
			return PAGE;
		}
		this.accounts.changeRole(username, role);
		redirect.addFlashAttribute("message", "account.roleChanged");
		return PAGE;
	}

	@PostMapping("/admin/accounts/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String password,
			RedirectAttributes redirect) {
		if (!Passwords.isAcceptable(password)) {
			redirect.addFlashAttribute("message", "account.password.resetInvalid");
			return PAGE;
		}
		this.accounts.resetPassword(username, password);
		redirect.addFlashAttribute("message", "account.passwordReset");
		return PAGE;
	}

	@PostMapping("/admin/accounts/{username}/enabled")
	String enable(@PathVariable String username, @RequestParam boolean enabled, Principal principal,
			RedirectAttributes redirect) {
		if (isSelf(username, principal) && !enabled) {
			redirect.addFlashAttribute("message", "account.self");
			return PAGE;
		}
		this.accounts.enable(username, enabled);
		redirect.addFlashAttribute("message", enabled ? "account.enabled" : "account.disabled");
		return PAGE;
	}

	private String page(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("roles", Role.values());
		return "admin/accounts";
	}

	private static boolean isSelf(String username, Principal principal) {
		return AccountService.normalise(username).equals(principal.getName());
	}

}
