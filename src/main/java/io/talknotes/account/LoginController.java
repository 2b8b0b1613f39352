package io.talknotes.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.web.WebAttributes;

/**
 * The login page. Spring Security checks what it posts; a failed login comes back here
 * with one message for every reason, so it never tells whether an account exists.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String expired, HttpSession session, Model model) {
		if (error != null) {
			Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			if (failure instanceof LoginThrottledException throttled) {
				model.addAttribute("waitSeconds", throttled.secondsToWait());
			}
			else {
				model.addAttribute("failed", true);
			}
		}
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("expired", expired != null);
		return "account/login";
	}

}
