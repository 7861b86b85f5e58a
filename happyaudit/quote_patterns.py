"""Multilingual pattern tables that happyaudit.quotes uses to recognise quoted history and signatures."""

from __future__ import annotations

import re


def first_letters(*alternations: str) -> str:
    """A character class of the first characters of the top-level alternatives of these regex
    alternations, each of which must start with a literal letter. Matched with IGNORECASE, it
    accepts every character one of the alternatives can start with: re folds case the same way
    for a class as for a literal."""
    letters = set()
    for alternation in alternations:
        depth, escaped, starts = 0, False, [0]
        for position, char in enumerate(alternation):
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
            elif char == "|" and depth == 0:
                starts.append(position + 1)
        letters.update(alternation[start] for start in starts)
    if not all(letter.isalpha() for letter in letters):
        raise ValueError(f"alternatives must start with a letter: {sorted(letters)}")
    return "[" + "".join(sorted(letters)) + "]"

#: Longest slice of a line any pattern is run over: keeps every match linear on huge lines.
MAX_SCANNED_CHARS = 400

_REPLY_VERBS = (
    r"wrote|writes|schrieb|a\s+écrit|escribió|escribio|schreef|ha\s+scritto|escreveu|"
    r"napisał\(a\)|napisała|napisał|skrev|kirjoitti|написал\(а\)|написала|написал|написав|"
    r"írta|yazdı|het\s+volgende\s+geschreven|wrote\s+the\s+following"
)

#: End of a reply attribution ("On … wrote:", "Am … schrieb Jane <j@x.org>:", "Le … a écrit :",
#: "---- On … wrote ----"): the verb, then at most a name/address, then ":" or trailing dashes.
ATTRIBUTION_END = re.compile(
    rf"(?:^|[\s,>)\]])(?:{_REPLY_VERBS})\b[^:?!]{{0,120}}?\s*(?::|-{{2,}})\s*$",
    re.IGNORECASE,
)

#: Words an attribution starts with ("On", "Am", "Le", "El", "Op", "Il", "Em", "Den", "Dnia", "W dniu", "At").
ATTRIBUTION_OPENER = re.compile(
    r"^\s*(?:-+\s*)?(?:on|am|le|el|op|il|em|den|dnia|w\s+dniu|at|pada|в|в\s+\w+)\s",
    re.IGNORECASE,
)

#: A bare address attribution used by clients in other languages: "… Jane <jane@x.org>:" / "…のメッセージ:".
ADDRESS_ATTRIBUTION = re.compile(r"<[^<>@\s]+@[^<>\s]+>[^<>]{0,40}[:：]\s*$")

HAS_DATE_OR_ADDRESS = re.compile(r"\d|@")

#: An opener word in the middle of a line ("reply On Wed, … wrote:"): that line holds the sender's text too.
EMBEDDED_OPENER = re.compile(r"\S\s+(?:-+\s*)?(?:on|am|le|el|op)\s[^:]{0,80}\d", re.IGNORECASE)

_ORIGINAL_MESSAGE_PHRASES = (
    r"original\s+message|reply\s+message|antwort\s+nachricht|forwarded\s+message|ursprüngliche\s+nachricht|"
    r"weitergeleitete\s+nachricht|originalnachricht|message\s+d['’]origine|message\s+original|"
    r"message\s+transféré|message\s+transfere|mensaje\s+original|mensaje\s+reenviado|"
    r"oorspronkelijk\s+bericht|origineel\s+bericht|doorgestuurd\s+bericht|oprindelig\s+meddelelse|"
    r"videresendt\s+meddelelse|opprinnelig\s+melding|ursprungligt\s+meddelande|"
    r"vidarebefordrat\s+meddelande|messaggio\s+originale|messaggio\s+inoltrato|mensagem\s+original|"
    r"mensagem\s+encaminhada|wiadomość\s+oryginalna|oryginalna\s+wiadomość|alkuperäinen\s+viesti|"
    r"исходное\s+сообщение|пересылаемое\s+сообщение|переслане\s+повідомлення"
)

#: "-----Original Message-----", "---------- Forwarded message ---------" and localised variants.
ORIGINAL_MESSAGE_SEPARATOR = re.compile(
    rf"^[\s>*_-]*(?:{_ORIGINAL_MESSAGE_PHRASES})[\s:*_-]*$",
    re.IGNORECASE,
)

_FORWARD_INTRO_PHRASES = (
    r"begin\s+forwarded\s+message|anfang\s+der\s+weitergeleiteten\s+nachricht|"
    r"début\s+du\s+message\s+réexpédié|debut\s+du\s+message\s+reexpedie|inicio\s+del\s+mensaje\s+reenviado|"
    r"begin\s+doorgestuurd\s+bericht|inizio\s+messaggio\s+inoltrato|início\s+da\s+mensagem\s+reencaminhada"
)

#: "Begin forwarded message:" and its Apple Mail translations.
FORWARD_INTRO = re.compile(rf"^\s*(?:{_FORWARD_INTRO_PHRASES})\s*:?\s*$", re.IGNORECASE)

#: Either of the two above, in one match: the line where unquoted forwarded or original history starts.
HISTORY_SEPARATOR = re.compile(rf"{ORIGINAL_MESSAGE_SEPARATOR.pattern}|{FORWARD_INTRO.pattern}", re.IGNORECASE)

#: A cheap necessary condition for ``HISTORY_SEPARATOR``: after the leading separator characters
#: (a superset of FORWARD_INTRO's leading space) comes the first letter of one of the phrases.
#: One character class instead of forty literal alternatives makes most lines fail several times faster.
HISTORY_SEPARATOR_START = re.compile(
    rf"[\s>*_-]*{first_letters(_ORIGINAL_MESSAGE_PHRASES, _FORWARD_INTRO_PHRASES)}", re.IGNORECASE
)

_FROM_KEYS = r"from|von|de|van|da|od|från|fra|lähettäjä|от|від|送信者|发件人|寄件者|보낸\s*사람"
_OTHER_KEYS = (
    r"sent|date|to|subject|cc|reply-to|gesendet|datum|an|betreff|kopie|envoyé|envoye|à|a|objet|"
    r"enviado|enviada|fecha|para|asunto|verzonden|aan|onderwerp|inviato|data|oggetto|wysłano|"
    r"do|temat|skickat|till|ämne|sendt|til|emne|assunto|lähetetty|päivämäärä|vastaanottaja|aihe|"
    r"отправлено|дата|кому|тема|надіслано|送信日時|宛先|件名|发送时间|收件人|主题"
)

#: First line of an Outlook-style header block ("From: …", "*Von:* …", "De : …").
HEADER_FROM = re.compile(rf"^\s*\*?(?:{_FROM_KEYS})\*?\s*[:：]", re.IGNORECASE)

#: Any other line of such a block ("Sent:", "Gesendet:", "Envoyé :", "Enviado:", "Verzonden:", "To:" …).
HEADER_OTHER = re.compile(rf"^\s*\*?(?:{_OTHER_KEYS})\*?\s*[:：]", re.IGNORECASE)

#: A line made only of separator characters (rules, Gmail's tracking mark "ᐧ", "***").
SEPARATOR_ONLY = re.compile(r"^[\s\-_=*~#+.ᐧ]*$")

#: The conventional signature delimiter "-- " (and the common "--" without the space).
SIGNATURE_DELIMITER = re.compile(r"^--\s*$")

#: A long underscore rule that mailing lists put above their footer.
UNDERSCORE_RULE = re.compile(r"^\s*_{10,}\s*$")

_MOBILE_FOOTER_FORMS = (
    r"sent\s+(?:from|with|via|using|by)\s+(?:my\s+)?\S.*|"
    r"get\s+(?:\[)?outlook\s+for\s+(?:ios|android).*|"
    r"von\s+meinem\s+.*gesendet\.?|gesendet\s+von\s+meinem\s+.*|"
    r"diese\s+nachricht\s+wurde\s+von\s+meinem\s+.*gesendet\.?|"
    r"envoyé\s+(?:de|depuis)\s+(?:mon|ma)\s+.*|envoye\s+(?:de|depuis)\s+(?:mon|ma)\s+.*|"
    r"enviado\s+(?:desde|de)\s+(?:mi|meu|o\s+meu)\s+.*|"
    r"verzonden\s+(?:vanaf|van|met)\s+(?:mijn\s+)?.*|"
    r"inviato\s+da\s+.*|wysłane\s+z\s+.*|skickat\s+från\s+min\s+.*|sendt\s+fra\s+min\s+.*|"
    r"отправлено\s+с\s+.*|從我的\s*iphone\s*傳送|从我的\s*iphone\s*发送|iphoneから送信"
)

#: Mobile / webmail footers. Matched against a whole, short line only.
MOBILE_FOOTER = re.compile(rf"^[\s(<]*(?:{_MOBILE_FOOTER_FORMS})[\s)>]*$", re.IGNORECASE)

#: A cheap necessary condition for ``MOBILE_FOOTER``: the first letter of one of its forms.
MOBILE_FOOTER_START = re.compile(rf"[\s(<]*{first_letters(_MOBILE_FOOTER_FORMS)}", re.IGNORECASE)

_SIGNATURE_LINE = (rf"(?:--|[\s(<]*+(?:_{{10}}|(?={first_letters(_MOBILE_FOOTER_FORMS)})"
                   rf"(?:{_MOBILE_FOOTER_FORMS})))")
"""The start of a line a trailing signature may begin at: its "--" delimiter, an underscore rule
(``UNDERSCORE_RULE``, here also after "(" or "<") or a mobile footer (``MOBILE_FOOTER`` without
its end). The leading run is possessive, as "_" and the footers' first letters are neither space,
"(" nor "<": giving it back could never help. The look-ahead for a footer's first letter spares
trying each of its forms at most lines (five times faster)."""
#: ``_SIGNATURE_LINE`` at the start of a text.
SIGNATURE_FIRST_LINE = re.compile(_SIGNATURE_LINE, re.IGNORECASE)
#: ``_SIGNATURE_LINE`` after a line break, which ``re`` finds by a fast scan for it rather than trying
#: the pattern at every position as a MULTILINE ``^`` would (a third of the time of that form).
SIGNATURE_LATER_LINE = re.compile(rf"\n(?i:{_SIGNATURE_LINE})")

#: Mobile footers are short; a longer line starting "Sent from my" is a sentence, not a footer.
MOBILE_FOOTER_MAX_WORDS = 9

CODE_FENCE = re.compile(r"^\s*```")
