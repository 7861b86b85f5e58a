"""Words as the audit compares them: tokens, light stems, support words grouped across
languages ("refund", "Erstattung", "remboursement" -> one group), content keywords, and the
entities a question names (order numbers, prices, quantities, products).

Pure and cached per token or sentence; sentences themselves come from text.py.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from happyaudit.audit.guards import Hint, first_letter_guarded, word_start_guarded
from happyaudit.audit.text import _SENTENCE_CACHE, _URL, may_hold_url

_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[#]?[\w][\w'’&/-]*[\w]|[\w]", re.UNICODE)
STOP_WORDS = frozenset(
    (
        "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "of", "to", "in", "on", "at", "by", "for",
        "from", "with", "without", "about", "as", "into", "onto", "over", "under", "is", "are", "was", "were", "be",
        "been", "being", "am", "do", "does", "did", "done", "doing", "have", "has", "had", "having", "can", "could",
        "would", "should", "will", "shall", "may", "might", "must", "i", "me", "my", "mine", "we", "us", "our", "ours",
        "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "this",
        "that", "these", "those", "there", "here", "what", "when", "where", "which", "who", "whom", "whose", "why",
        "how", "whether", "also", "too", "very", "just", "still", "yet", "already", "not", "no", "yes", "any", "some",
        "all", "each", "every", "both", "either", "neither", "more", "most", "much", "many", "such", "only", "own",
        "same", "other", "another", "again", "please", "kindly", "thanks", "thank", "hi", "hello", "dear", "let",
        "know", "tell", "like", "want", "wondering", "wonder", "need", "get", "got", "sure", "ok", "okay", "maybe",
        "perhaps", "really", "actually", "anyway", "one", "ones", "thing", "things", "something", "anything",
        # "their", "all", "only", "can", "always" in French, Spanish and German: "s'ils peuvent avoir leur propre espace
        # tout en gardant un seul abonnement" is about the space and the subscription
        "leur", "leurs", "tout", "tous", "toute", "toutes", "peut", "peuvent", "pouvons", "pourrait", "pourraient",
        "seul", "seule", "seuls", "seulement", "lui", "eux", "cela", "ceci", "déjà", "toujours", "todo", "todos", "toda",
        "todas", "solo", "sólo", "solamente", "podemos", "pueda", "puedan", "siempre",
        # "have" in Spanish: "¿Qué horario tenéis en invierno?" asks about the hours
        "tengo", "tienes", "tiene", "tenemos", "tenéis", "tienen", "alle", "alles", "nur", "sich",
        "immer",
        # hedges on an amount: "roughly how long", "ungefähr wie viel"
        "roughly", "approximately", "approx", "circa", "ungefähr", "ungefaehr", "etwa", "aproximadamente",
        "approximate", "rough", "ballpark", "ungefähre", "ungefähren", "approximatif", "approximative", "aproximado",
        "aproximada",
        # and its bounds: "¿Cuánto tiempo como máximo se puede congelar?" asks how long the freeze can last
        "höchstens", "mindestens", "máximo", "mínimo",
        # "during", as English "during"
        "durante", "durant", "während",
        # how often, not what: "How long does a transfer usually take?" asks about the transfer
        "usually", "normally", "typically", "generally", "ordinarily", "normalerweise", "üblicherweise",
        "gewöhnlich", "normalement", "généralement", "habituellement", "normalmente", "generalmente",
        "usualmente", "habitualmente",
        "question", "questions", "advise", "explain", "explained", "right", "check", "confirm", "look", "help", "option", "options", "next", "step",
        "steps", "advice", "suggestion", "suggestions", "idea", "ideas", "solution", "per", "via", "itself", "myself",
        "yourself", "ourselves", "themselves", "himself", "herself", "yourselves", "instead", "possible", "able", "find", "give", "make", "made", "way", "go", "going",
        "use", "used", "e", "g", "ie", "eg", "etc", "order", "email", "mail", "message", "reply", "team", "regards",
        "best", "hope", "well", "would'd", "i'd", "i'm", "i've", "i'll", "we'd", "we're", "we've", "we'll", "you're", "you've", "you'll", "you'd", "they're", "they've", "they'll", "let's", "while", "whilst", "it's",
        "that's", "there's", "what's", "where's", "when's", "how's", "who's", "don't", "doesn't", "can't", "won't", "isn't", "aren't", "didn't", "haven't", "der", "die",
        "das", "den", "dem", "des", "nach", "bei", "vom", "zum", "zur", "ein", "eine", "einen", "einem", "einer", "und",
        "oder", "aber", "wenn", "dann", "als", "von", "zu", "im", "in", "am", "an", "auf", "mit", "ohne", "für", "ist",
        "sind", "war", "waren", "sein", "haben", "hat", "hatte", "habe", "ich", "wir", "sie", "ihr", "ihnen", "ihre",
        "ihren", "mein", "meine", "mich", "mir", "uns", "unser", "unsere", "es", "bitte", "danke", "können", "könnten",
        "kann", "könnte", "würde", "würden", "möchte", "möchten", "gibt", "noch", "auch", "schon", "nicht", "kein",
        "keine", "was", "wann", "wie", "wo", "warum", "welche", "welcher", "welches", "ob", "dass", "sehr", "gerne",
        "gern", "wird", "werden",
        "le", "la", "les", "un", "une", "des", "et", "ou", "mais", "si", "de", "du", "au", "aux", "en", "dans", "sur",
        "avec", "sans", "pour", "par", "chez", "est", "sont", "était", "être", "avoir", "ai", "avez", "a", "je", "nous", "vous", "il", "moi",
        "elle", "ils", "elles", "mon", "ma", "mes", "votre", "vos", "notre", "nos", "ce", "cet", "cette", "ces", "qui",
        "que", "quoi", "quand", "où", "comment", "pourquoi", "quel", "quelle", "quels", "quelles", "est-ce", "merci",
        "est-il", "est-elle", "sont-ils", "sont-elles", "a-t-il", "y", "peut-on", "puis-je", "faut-il", "contre",
        "pouvez", "pourriez", "peux", "puis", "pas", "ne", "plus", "aussi", "très", "bien", "el", "los", "las", "unos",
        "unas", "y", "o", "pero", "si", "del", "al", "con", "sin", "para", "por", "es", "son", "está", "están", "ser",
        "estar", "he", "ha", "han", "yo", "nosotros", "usted", "ustedes", "mi", "mis", "su", "sus", "nuestro",
        "nuestra", "me", "le", "les", "lo", "se", "que", "qué", "cuando", "cuándo", "donde", "dónde", "como", "cómo",
        "por", "qué", "cuál", "cuáles", "gracias", "puede", "pueden", "podría", "podrían", "puedo", "favor", "también",
        "muy", "hay", "het", "een", "en", "of", "maar", "als", "van", "te", "op", "aan", "met", "zonder", "voor", "is",
        "zijn", "was", "waren", "ben", "heb", "heeft", "hebben", "ik", "wij", "we", "jullie", "u", "je", "mijn", "ons",
        "onze", "uw", "dit", "dat", "deze", "die", "wat", "wanneer", "waar", "waarom", "hoe", "welke", "kan", "kunt",
        "kun", "kunnen", "zou", "zouden", "graag", "dank", "bedankt", "ook", "nog", "niet", "geen",
        # the frame of an indirect question ("Ich wollte fragen, ob…", "Quería preguntar si…"), as "know" and "wondering"
        "ask", "asking", "wanted", "wissen", "fragen", "frage", "nachfragen", "wollte", "wollten", "interessieren",
        "interessiert", "interessiere", "interested",
        "savoir", "demander", "voulais", "voulions", "voudrais", "voudrions", "souhaite", "souhaiterais", "aimerais",
        "aimerions", "saber", "preguntar", "preguntarles", "preguntarle", "consultar", "quisiera", "quería", "queria",
        "quiero", "gustaría", "desearía", "weten", "vragen", "connaître", "connaitre", "conocer",
        # and of a request ("Außerdem bitte ich darum, …", "Les ruego que …", "Les pido que …")
        "darum", "ruego", "rogamos", "pido", "pedimos",
        # prepositions and light verbs: "within 14 days" meets "within 5-10 business days" by chance,
        # and "Can you take another look?" or "What happened?" name no topic
        "within", "until", "since", "before", "after", "during", "between", "through", "across", "around", "against",
        "among", "upon", "towards", "take", "takes", "took", "taken", "taking", "happen", "happens", "happened",
        "happening",
        # the same in French, German, Spanish and Dutch: "Pouvez-vous me recevoir avant vendredi ?" is about being seen,
        # "ce qui s'est passé" and "Pouvez-vous regarder ?" name no topic
        "avant", "après", "depuis", "jusqu'à", "jusque", "vor", "bis", "seit", "antes", "después", "hasta", "desde",
        "voor", "na", "sinds", "tot", "passe", "passé", "passiert", "pasa", "pasó", "ocurre", "ocurrió", "regarder",
        # "possible" and "go" in German and Spanish, as "possible" and "go": "Geht das bei Ihnen?", "Ginge das?",
        # "¿Sería posible?" ask whether what was just said can be done, and name no topic of their own
        "geht", "ginge", "gehen", "möglich", "posible", "posibles",
        # whether it can be done, asked in other words: "We'd need them back by mid-December. Is that realistic?"
        "realistic", "feasible", "doable", "achievable", "workable", "realistisch", "machbar", "faisable",
        "réalisable", "réaliste", "factible", "realista", "viable",
        # adding one more thing, not its topic: "Könnten Sie außerdem die Fotos mitschicken?"
        "außerdem", "ausserdem", "zudem", "además", "également", "furthermore", "moreover", "besides",
        "additionally",
        # a bound of the asking, not its topic: "a female instructor for at least one group"
        "least",
        # "how much / how many" in German, French and Spanish, as "how" and "much"
        "viel", "viele", "wieviel", "wieviele", "combien", "cuánto", "cuánta", "cuántos", "cuántas", "cuanto", "cuanta",
        "cuantos", "cuantas",
        # "now" names no topic: "We're now at 9 properties - is there a better rate?" is not answered by "… is on the
        # account now"
        "now", "jetzt", "nun", "maintenant", "ahora",
        # "know" in German, French and Spanish ("¿Saben ya cuándo llega la pieza?"), as "know"
        "sabe", "saben", "sabéis", "sabemos", "savez", "sait", "weiß", "weißt",
        # "tell me" in German, French and Spanish ("Können Sie mir sagen, ob…"), as "tell"
        "sagen", "mitteilen", "dire", "indiquer", "decir", "decirme", "indicar", "indicarme",
        # "get" in German, as "get": "Bekomme ich eine Gutschrift?" is not about "die Box bekommt kein Signal"
        "bekomme", "bekommen", "bekommt", "bekam", "bekommst", "kriege", "kriegen", "kriegt",
        # "again" in German, French and Spanish, as "again": "¿Pueden revisarlo otra vez?" asks for a look
        "wieder", "erneut", "nochmals", "encore", "nouveau", "otra", "otro", "vez",
        # whoever is asked ("Can someone look at it?", "Kann jemand…", "Quelqu'un peut…", "¿Alguien puede…?"), as "who"
        "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "jemand", "jemanden", "quelqu'un",
        "alguien", "iemand",
        # the other German cases of "my", "your" and "our", as "mein" and "unser": "Was ist mit meinem Handy?" is about the phone
        "meinem", "meinen", "meiner", "meines", "ihrem", "ihrer", "ihres", "unserem", "unseren", "unserer", "unseres",
        "deinem", "deinen", "deiner", "deines", "dein", "deine"
    )
)
"""Function words and support small talk in five languages: never a question's topic."""

SENDING = "~ship"
"""The keyword group of sending and delivering, which any two requests or promises to send share whatever they
send."""
PRICE_GROUP = "~price"
"""The keyword group of prices and costs, which an amount of money names and any question of what something
costs asks about."""

_RELATED_GROUPS: dict[str, tuple[str, ...]] = {
    "~ship": ("ship", "send", "sending", "sent", "resend", "resent", "shipping", "shipped", "shipment", "deliver", "delivery", "delivered", "dispatch", "dispatched",
              "post", "posted", "courier", "carrier", "freight", "arrive", "arrival", "liefern", "lieferung",
              "geliefert", "versand", "versenden", "versendet", "zustellung", "livrer", "livraison", "livré", "envoi",
              "expédier", "expédition", "arrivée", "arrivera", "ankunft", "enviar", "envío", "entrega", "entregar",
              "llega", "llegan", "llegar", "llegue", "lleguen", "llegará", "llegarán", "llegada", "leveren", "levering", "verzenden",
              "verzending", "bezorgen", "bezorging"),
    "~price": ("price", "prices", "pricing", "priced", "cost", "costs", "quote", "quotation", "fee", "fees",
               "rate", "rates", "preis", "preise", "kosten", "kostet", "angebot", "prix", "coût", "coûte", "tarif",
               "devis", "precio", "precios", "cuesta", "cuestan", "coste", "presupuesto", "prijs", "kost", "offerte",
               "gebühr", "gebühren", "frais", "cargo", "cargos", "recargo",
               # paying more for something: "Y a-t-il un supplément ?" - "Cela ne coûte rien de plus"
               "supplement", "surcharge", "supplément", "suppléments", "aufpreis", "zuschlag", "suplemento",
               "coûtent", "cuesten",
               # that it costs nothing: "What's the fee for a collection?" - "the collection is free" (not "charge":
               # French "prendre en charge" is taking something on)
               "free", "kostenlos", "umsonst", "gratis", "gratuit", "gratuite",
               "gratuito", "gratuita", "kosteloos"),
    "~customs": ("customs", "duty", "duties", "zoll", "zölle", "zollgebühren", "zollkosten", "verzollung", "douane",
                 "douanes", "dédouanement", "aduana", "aduanas", "arancel", "aranceles", "douanekosten", "invoerrechten"),
    # ringing is calling ("Will they ring first?" - "the driver will call you"); not "phone", mostly the device,
    # nor Dutch "belt", an English belt
    "~call": ("call", "calls", "called", "ring", "rings", "anrufen", "anruf", "ruft",
              "appeler", "appelle", "appellera", "téléphoner", "llamar", "llamada", "llamará", "bellen"),
    "~appointment": ("appointment", "appointments", "slot", "slots", "termin", "termine", "rendez-vous", "créneau",
                     "créneaux", "cita", "citas", "hueco", "afspraak"),
    "~parking": ("parking", "park", "parkplatz", "parkplätze", "stellplatz", "tiefgarage", "aparcamiento",
                 "estacionamiento", "stationnement", "parkeerplaats"),
    "~refund": ("refund", "refunded", "reimburse", "reimbursement", "money", "geld", "argent", "dinero", "erstattung", "erstatten", "rückerstattung",
                "remboursement", "rembourser", "remboursé", "reembolso", "reembolsar", "terugbetaling", "terugbetalen"),
    "~size": ("size", "sizes", "sizing", "fit", "fits", "größe", "grösse", "taille", "talla", "maat", "compatible",
              "compatibility", "kompatibel", "geeignet", "passt", "passen", "compatibilité", "compatibilidad",
              "compatibel"),
    # Not "issue": "the refund was issued" would be a problem. Not Dutch "storing": it stems like "store".
    "~problem": ("problem", "problems", "fault", "faults", "bug", "bugs", "error", "errors", "glitch",
                 "malfunction", "fehler", "störung", "problème", "problèmes", "panne", "problema",
                 "problemas", "fallo", "avería", "probleem", "fout"),
    # asking what something means, and saying it: "¿Qué significa exactamente?" - "El aviso indica que …"
    "~mean": ("mean", "means", "meaning", "indicate", "indicates", "bedeutet", "bedeuten", "bedeutung", "signifie",
              "signifier", "signification", "indique", "significa", "significado", "indica", "betekent", "betekenis"),
    "~include": ("include", "includes", "included", "including", "supplied", "provided", "enclosed", "enthalten",
                 "inklusive", "inbegriffen", "mitgeliefert", "beiliegend", "inclus", "incluse", "incluses", "inclut", "inclure", "fourni",
                 "fournie", "fournis", "fournies", "incluido", "incluida", "incluidos", "incluye", "inbegrepen",
                 "meegeleverd", "bijgeleverd"),
    "~pay": ("pay", "paying", "paid", "payment", "payments", "bezahlen", "bezahlt", "zahlung", "zahlen", "payer",
             "payé", "paiement", "pagar", "pago", "pagado", "betalen", "betaling", "betaald"),
    "~change": ("change", "changed", "changing", "amend", "amended", "modify", "modified", "ändern", "geändert",
                "änderung", "umstellen", "modifier", "modifié", "modifiée", "changer", "changé", "changement",
                "modificar", "modificado", "wijzigen", "gewijzigd", "aanpassen"),
    "~exchange": ("exchange", "swap", "replace", "replacement", "replaced", "umtausch", "umtauschen", "tauschen",
                  "austauschen", "ersatz", "wechseln", "auswechseln", "gewechselt", "échange", "échanger", "remplacer",
                  "remplacement", "cambio", "cambiar", "reemplazo", "ruilen", "omruilen", "vervangen", "vervanging"),
    "~return": ("return", "returns", "returned", "rücksendung", "retoure", "zurücksenden", "zurückschicken", "retour",
                "retourner", "renvoyer", "renvoi",
                "devolución", "devolver", "retourneren"),
    "~invoice": ("invoice", "invoices", "bill", "receipt", "rechnung", "quittung", "beleg", "facture",
                 "factura", "recibo", "factuur"),
    "~discount": ("discount", "discounts", "rebate", "reduction", "rabatt", "nachlass", "remise", "réduction",
                  "descuento", "korting",
                  # what a discount makes it: "Is there a discount for three months?" - "Three-month packs are 10% cheaper"
                  "cheaper", "günstiger", "billiger", "goedkoper"),
    "~track": ("tracking", "track", "trace", "sendungsnummer", "sendungsverfolgung", "suivi", "seguimiento",
               "volgnummer", "trackingnummer"),
    "~stock": ("stock", "available", "availability", "verfügbar", "disponible", "disponibilité",
               "existencias", "voorraad", "beschikbaar"),
    "~warranty": ("warranty", "guarantee", "garantie", "gewährleistung", "garantía", "garantia"),
    "~cancel": ("cancel", "cancelled", "canceled", "cancellation", "stornieren", "storno", "annuler", "annulation",
                "cancelar", "cancelación", "annuleren"),
    "~pickup": ("pickup", "pick", "collect", "collection", "abholen", "abholung", "retirer", "retrait", "recoger",
                "recogida", "ophalen"),
    "~address": ("address", "adresse", "anschrift", "dirección", "adres"),
    "~repair": ("repair", "fix", "fixed", "reparieren", "reparatur", "réparer", "réparation", "reparar",
                "reparación", "repareren", "reparatie"),
    "~broken": ("broken", "broke", "defect", "defective", "damaged", "faulty", "kaputt", "defekt", "beschädigt",
                "cassé", "défectueux", "endommagé", "roto", "defectuoso", "dañado", "kapot", "stuk", "beschadigd"),
}


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_FRENCH_INVERSION = re.compile(r"(?<=\w)-(?:t-)?(?:vous|nous|je|tu|ils?|elles?|on)$")


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A light, language-agnostic stem: accents folded, common English suffixes off, cut to 6 letters."""
    # A French verb asked by inversion is the verb: "Livrez-vous…?" meets "livrer", as "fermez" meets "fermé".
    word = _FRENCH_INVERSION.sub("", _fold(word.lower().strip("'’-")))
    if word.isdigit() or any(ch.isdigit() for ch in word):
        return word
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("sses", "ss"), ("shes", "sh"),
                                ("ches", "ch"), ("xes", "x"), ("able", ""), ("ible", ""), ("s", ""), ("ly", ""),
                                ("ment", ""), ("ation", ""), ("ez", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + replacement
            break
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word[:6]


def tokens(text: str) -> list[str]:
    """The words, numbers and codes of a text, as written."""
    return _TOKEN.findall(text or "")


def _stop_words_by_stem() -> dict[str, tuple[str, ...]]:
    """The function words (accents folded) under each of their stems."""
    found: dict[str, list[str]] = {}
    for word in sorted(STOP_WORDS):
        found.setdefault(stem(word), []).append(_fold(word))
    return {key: tuple(words) for key, words in found.items()}


_STOP_WORDS_OF_STEM = _stop_words_by_stem()
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "ment", "ally")
"""What English adds to a word without making another one: "checked" is "check", "getting" "get"."""
_UNINFLECTED_BY = ("s", "ing", "ly")
"""The endings a function word listed in its inflected form drops: "wondering" is "wonder", "normally" "normal"."""


def _inflects(word: str, stop_word: str) -> bool:
    """Whether one of two words is the other with an English ending ("checked", "needs", "getting"):
    the same function word. A light stem also meets unrelated words: "interessieren" ends where
    "interest" does, and "missing" would be Spanish "mis", "passed" French "pas", "loss" Spanish "los"."""
    if len(word) < len(stop_word):
        # the function word is itself an inflected form ("wondering", "usually", "questions"); "interest"
        # is no form of "interested"
        return stop_word.startswith(word) and stop_word[len(word):] in _UNINFLECTED_BY
    if not word.startswith(stop_word):
        return False
    rest = word[len(stop_word):]
    if rest.startswith("s") and stop_word.endswith("s"):
        return False  # English does not double an "s" to inflect, nor add one to a word ending in "s"
    if len(rest) > 1 and rest[0] == stop_word[-1] and rest[1:] in _INFLECTIONS:
        rest = rest[1:]  # "getting", "letting": the last consonant doubled
    return rest == "" or rest in _INFLECTIONS


def _is_stop_form(lowered: str, stemmed: str) -> bool:
    """Whether a word is a form of a function word (see ``_inflects``)."""
    stop_words = _STOP_WORDS_OF_STEM.get(stemmed)
    if not stop_words:
        return False
    if "-" in lowered or "/" in lowered:
        return True  # "Pouvez-vous", "est-ce": a compound that starts as a function word; its parts count on their own
    folded = _fold(lowered)
    return any(_inflects(folded, stop_word) for stop_word in stop_words)


_GROUP_OF_STEM = {stem(word): group for group, words in _RELATED_GROUPS.items() for word in words}
_GROUP_WORDS = frozenset(word for words in _RELATED_GROUPS.values() for word in words)
"""Every word a group lists, as written: "indica" says what something means though its stem is a stop word's
("indicar", the frame of "¿Me puede indicar…?")."""
_NOT_IN_GROUP = frozenset(("termination", "terminate", "terminated", "terminating", "terminal", "terminals",
                           "customer", "customers", "custom", "customise", "customised", "customize", "customized",
                           "customisation", "customization", "customary"))
"""Words whose six-letter stem is a group's word without being one: a contract's termination is no appointment
("termin", German), a customer or a custom colour no customs duty ("custom")."""


_SPACED_THOUSANDS = re.compile(
    r"\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=\s?(?:[€£$]|(?:eur|gbp|usd|chf|euros?|pounds?|livres?|dollars?)\b))",
    re.IGNORECASE)
"""An amount with its thousands set apart by spaces, as French writes them ("7 500 £"): one number, not a 7 and a
500 that would meet "garantie 7 ans"."""


def joined_thousands(text: str) -> str:
    """The text with each amount whose thousands are set apart by spaces written as one number ("7500 £")."""
    if not _SPACED_THOUSANDS.search(text):
        return text
    return _SPACED_THOUSANDS.sub(lambda match: "".join(match.group(0).split()), text)


@lru_cache(maxsize=_SENTENCE_CACHE)
def keywords_of(text: str) -> frozenset[str]:
    """Content words as normalised stems, related support words mapped to one group ("~ship").

    Cached per text: the answer rules compare the same reply sentences with every question.
    """
    text = joined_thousands(text or "")
    # Each distinct whitespace-free chunk once, through a cache, gathered by C-level map and
    # union: a long text (a whole message's topic) repeats most of its words, and the words of
    # a mailbox recur from message to message.
    result = set().union(*map(_chunk_keywords, set(text.split())))
    if text and _SEND_BACK_HINT.search(text) and _SEND_BACK.search(text):
        result.add("~return")
    if text and _COSTS_NOTHING_HINT.search(text) and _COSTS_NOTHING.search(text):
        result.add(PRICE_GROUP)
    return frozenset(result)


_SEND_BACK = re.compile(r"\b" + first_letter_guarded(r"send|sent|sending|ship|post|bring|take|mail")
                        + r"\s+(?:(?:it|them|this|that|these|those|the\s+[\w-]+|my\s+[\w-]+|your\s+[\w-]+)\s+)?back\b",
                        re.IGNORECASE)
"""Sending something back is returning it: "Should I send it back?" meets "no need to return it"."""
_SEND_BACK_HINT = Hint("back")
"""A cheap necessary condition for ``_SEND_BACK``, which ends in "back". Same flags; checked in tests."""


COSTS_NOTHING_WORDS = (
    r"\bno\s+(?:extra\s+|additional\s+)?(?:charge|cost)\b|\bfree\s+of\s+charge\b|\bat\s+no\s+(?:extra\s+)?cost\b|"
    r"\b(?:costs?|charge)\s+(?:you\s+)?nothing\b|\bwithout\s+charge\b|\bsans\s+frais\b|"
    r"\bsin\s+(?:coste|costo|cargo)\b|\bohne\s+(?:aufpreis|kosten)\b")
"""Costing nothing, in words no price list files under the price: "Are the swatches free?" meets "There's no
charge for up to six" (not "charge" alone: French "prendre en charge" is taking something on). Also what a reply
answering "how much" may say instead of a sum (``answer_kinds``)."""
_COSTS_NOTHING = re.compile(COSTS_NOTHING_WORDS, re.IGNORECASE)
_COSTS_NOTHING_HINT = Hint("charge cost frais coste costo cargo aufpreis kosten")
"""A cheap necessary condition for ``_COSTS_NOTHING``: each of its phrases holds one of these words."""


_TOKEN_CACHE = 1 << 14
"""Entries of the per-token and per-chunk caches: a mailbox's vocabulary (words, names, order
numbers) outgrows the per-sentence size, and each entry is a short string and a tuple of stems."""


@lru_cache(maxsize=_TOKEN_CACHE)
def _chunk_keywords(chunk: str) -> tuple[str, ...]:
    """The keywords of one piece of text between whitespace ("order", "#4411,", "www.shop.example/x").

    The same as that piece's share of the whole text's: no token and no URL or address
    (``_URL``) holds whitespace, and a chunk's edges meet ``\\b`` as the whitespace around
    it does, so the text's tokens are its chunks' tokens (checked in tests/test_prechecks.py).
    """
    masked = _URL.sub(" ", chunk) if may_hold_url(chunk) else chunk
    return tuple(keyword for token in _TOKEN.findall(masked) for keyword in _token_keywords(token))


@lru_cache(maxsize=_TOKEN_CACHE)
def _token_keywords(token: str) -> tuple[str, ...]:
    """The keywords one token stands for (none, its own, and its hyphen/slash parts'), in order."""
    result: list[str] = []
    lowered = token.lower().lstrip("#")
    if len(token) == 2 and token.isupper() and token.isalpha() and lowered != "ok":
        result.append(lowered)  # a size, a country or a code written in capitals ("XL", "UK", "EU")
    _add_keyword(result, lowered)
    if "-" in lowered or "/" in lowered:
        # A compound written with a hyphen ("02-filters", "Kvarn-Mühlen", "pick-up") also
        # stands for its parts, so "filters for the V60 02" meets "the V60 02-filters".
        parts = re.split(r"[-/]", lowered)
        for index, part in enumerate(parts):
            # "-free" says without ("step-free", "gluten-free"), not free of charge
            if not (part == "free" and index and "-" in lowered):
                _add_keyword(result, part)
    elif len(lowered) >= _COMPOUND_MIN and lowered.isalpha():
        head = _compound_head(lowered)
        if head is not None and head not in result:
            result.append(head)
    return tuple(result)


_COMPOUND_MIN = 9
"""Shorter words are rarely closed compounds."""
_HEAD_MIN = 5
"""The shortest last part that may name the compound's thing ("adresse", "kosten")."""


def _compound_head(word: str) -> str | None:
    """The support-word group a closed compound ends in: "Herstellergarantie" is a warranty,
    "Lieferadresse" an address (German and Dutch write compounds as one word, and their last
    part names the thing). Only the related-word groups count: any other head would meet
    unrelated words by chance."""
    for start in range(3, len(word) - _HEAD_MIN + 1):
        head = stem(word[start:])
        # a stem of three letters ends too many words by chance: "typically" does not end in "call"
        group = _GROUP_OF_STEM.get(head) if len(head) > 3 else None
        if group is not None:
            return group
    return None


_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\w)")
"""French elided articles and pronouns: "l'adresse" is "adresse", "d'expédition" is "expédition", "d'à-nouveaux"
is "à-nouveaux"."""


_POSSESSIVE = re.compile(r"['’]s?$")
"""An English possessive or contraction's "'s" ("Bear's", "the customers'", "he's"): the word is its owner."""


def _add_keyword(result: list[str], lowered: str) -> None:
    lowered = _POSSESSIVE.sub("", _ELISION.sub("", lowered))
    if not lowered or lowered in STOP_WORDS or (len(lowered) < 3 and not any(ch.isdigit() for ch in lowered)):
        return
    stemmed = stem(lowered)
    if lowered not in _GROUP_WORDS and _is_stop_form(lowered, stemmed):
        return
    result.append(stemmed if lowered in _NOT_IN_GROUP else _GROUP_OF_STEM.get(stemmed, stemmed))


# --- entities -------------------------------------------------------------------------------

_ENTITY_PATTERNS = re.compile(
    r"#\s?[A-Z]{0,4}-?\d{3,}|\b[A-Z]{1,5}-\d{3,}(?:-\d+)*\b|\b[A-Z]{2,}-[A-Z]{2,}-\d+\b"  # order and document numbers
    r"|\b(?:order|bestellung|commande|pedido|bestelling)\s+(?:number\s+|no\.?\s*|nr\.?\s*|n[°º]\s*)?\d{4,}\b"
    r"|(?:USD|EUR|AUD|GBP|CHF|CAD|\$|€|£)\s?\d[\d,.]*|\d[\d,.]*\s?(?:USD|EUR|AUD|GBP|CHF|CAD|€|\$|£)"  # prices
    r"|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+\d+[A-Za-z]{0,2}\b"  # products: "Summit 45L", "Lumen 400"
    r"|\b\d+(?:[.,]\d+)?\s?(?:units?|pcs|pieces|packs?|x|kg|g|cm|mm|m|l|litres?|liters?)\b",  # quantities
)
_ENTITY_PATTERNS = word_start_guarded(_ENTITY_PATTERNS)
"""The same matches behind look-aheads for the first characters of its words, faster (``word_start_guarded``)."""
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÄÖÜÉ][\wäöüéèáíóúñ]+(?:\s+[A-ZÄÖÜÉ][\wäöüéèáíóúñ]+)*")
_NOT_ENTITIES = frozenset(
    ["i", "i'm", "i'd", "i've", "i'll", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "thanks", "please", "hi", "hello", "dear", "ok"]
)


def entities_of(sentence: str) -> frozenset[str]:
    """Order numbers, prices, quantities, product names and capitalised terms, lower-cased."""
    found = {" ".join(m.group(0).lower().replace("#", "").split()) for m in _ENTITY_PATTERNS.finditer(sentence)}
    for match in _CAPITALISED.finditer(sentence):
        term = match.group(0).lower()
        if term not in _NOT_ENTITIES and term not in STOP_WORDS:
            found.add(term)
    cleaned = (term.strip(" .,") for term in found)
    return frozenset(term for term in cleaned if len(term) >= 3 or any(ch.isdigit() for ch in term))
