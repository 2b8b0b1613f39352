package io.talknotes.account;

import java.security.Principal;
import java.util.Objects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing one's own password: the current one, then the new one twice.
 */
@Controller
class AccountController {

	private final AccountService accounts;

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("passwordForm", PasswordChangeForm.blank());
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(@ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result,
			Principal principal, RedirectAttributes redirect) {
		Passwords.check(form.newPassword(), "newPassword", result);
		if (!Objects.equals(form.newPassword(), form.repeatedPassword())) {
			result.rejectValue("repeatedPassword", "account.password.different");
		}
		if (!result.hasErrors() && !this.accounts.changeOwnPassword(principal.getName(),
				Objects.requireNonNullElse(form.currentPassword(), ""), form.newPassword())) {
			result.rejectValue("currentPassword", "account.password.wrong");
		}
		if (result.hasErrors()) {
			return "account/password";
		}
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:/account/password";
	}

}
