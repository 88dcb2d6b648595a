package de.nrw.kim.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;

import de.nrw.kim.platform.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mein Konto": own password and, for administrators, the second factor. */
@Controller
@RequestMapping("/account")
class AccountPageController {

	/** The secret shown for enrolment stays in the session until it is confirmed with a code. */
	static final String PENDING_SECRET = "kim.twoFactor.pendingSecret";

	private final OwnAccount account;

	AccountPageController(OwnAccount account) {
		this.account = account;
	}

	@GetMapping
	String page(Model model, HttpSession session) {
		return page(model, session, Map.of());
	}

	@PostMapping("/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
			Model model, HttpServletRequest request) {
		try {
			if (!newPassword.equals(repeatPassword)) {
				throw new ValidationException("repeatPassword", "Die beiden neuen Passwörter stimmen nicht überein.");
			}
			account.changePassword(currentPassword, newPassword);
		} catch (ValidationException e) {
			return page(model, request.getSession(), errors(e));
		}
		request.getSession().invalidate();
		return "redirect:/login?passwordChanged";
	}

	@PostMapping("/two-factor")
	String enableTwoFactor(@RequestParam(defaultValue = "") String code, Model model, HttpSession session,
			RedirectAttributes redirect) {
		try {
			account.enableTwoFactor((String) session.getAttribute(PENDING_SECRET), code);
		} catch (ValidationException e) {
			return page(model, session, errors(e));
		}
		session.removeAttribute(PENDING_SECRET);
		redirect.addFlashAttribute("success", "account.twoFactor.enabled");
		return "redirect:/account";
	}

	@PostMapping("/two-factor/disable")
	String disableTwoFactor(@RequestParam(defaultValue = "") String code, Model model, HttpSession session,
			RedirectAttributes redirect) {
		try {
			account.disableTwoFactor(code);
		} catch (ValidationException e) {
			return page(model, session, errors(e));
		}
		redirect.addFlashAttribute("success", "account.twoFactor.disabled");
		return "redirect:/account";
	}

	@GetMapping(value = "/two-factor/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qrCode(HttpSession session) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.valueOf("image/svg+xml"))
				.body(QrCodes.svg(account.otpauthUri(secret)));
	}

	private String page(Model model, HttpSession session, Map<String, String> errors) {
		model.addAttribute("errors", errors);
		boolean local = account.isLocal();
		model.addAttribute("localAccount", local);
		if (!local) {
			return "platform/account";
		}
		boolean mayUse = account.mayUseTwoFactor();
		boolean enabled = account.twoFactorEnabled();
		model.addAttribute("twoFactorOffered", mayUse);
		model.addAttribute("twoFactorEnabled", enabled);
		if (mayUse && !enabled) {
			String secret = (String) session.getAttribute(PENDING_SECRET);
			if (secret == null) {
				secret = account.newSecret();
				session.setAttribute(PENDING_SECRET, secret);
			}
			model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
			model.addAttribute("otpauthUri", account.otpauthUri(secret));
		}
		return "platform/account";
	}

	private static Map<String, String> errors(ValidationException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
		return errors;
	}
}
