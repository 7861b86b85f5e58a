"""The vocabulary the audit compares words with: function words and support small talk that name no topic
(``STOP_WORDS``), and support words grouped across languages ("refund", "Erstattung", "remboursement" -> one
group, ``RELATED_GROUPS``). Data only; ``words.py`` turns it into keywords.
"""

from __future__ import annotations

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
        "know", "tell", "like", "love", "want", "wondering", "wonder", "need", "get", "got", "sure", "ok", "okay", "maybe",
        "perhaps", "really", "actually", "anyway", "one", "ones", "thing", "things", "something", "anything",
        # "their", "all", "only", "can", "always" in French, Spanish and German: "s'ils peuvent avoir leur propre espace
        # tout en gardant un seul abonnement" is about the space and the subscription
        "leur", "leurs", "tout", "tous", "toute", "toutes", "peut", "peuvent", "pouvons", "pourrait", "pourraient",
        "seul", "seule", "seuls", "seulement", "lui", "eux", "cela", "ceci", "déjà", "toujours", "todo", "todos", "toda",
        "todas", "solo", "sólo", "solamente", "podemos", "pueda", "puedan", "siempre",
        # "have" in Spanish: "¿Qué horario tenéis en invierno?" asks about the hours
        "tengo", "tienes", "tiene", "tenemos", "tenéis", "tienen", "alle", "alles", "nur", "sich",
        "immer",
        # "this" and "that" in Spanish, as in English: "¿Qué soluciones tienen para esto?" asks about solutions
        "esto", "eso", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas",
        # "would have", as English "would": "Wir hätten gern ein Angebot" asks for a quote (not needing, which is
        # what "Brauchen wir einen Bootsführerschein?" asks)
        "hätte", "hätten",
        # "solution", as in English, in the plural and in German and Spanish
        "solutions", "lösung", "lösungen", "solución", "soluciones",
        # hedges on an amount: "roughly how long", "ungefähr wie viel"; and "nearly", which is not "near" (a place):
        # "a member for nearly three years", "olive oil has nearly doubled"
        "nearly", "almost", "presque", "casi",
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
        # "next" in French, German, Spanish and Dutch, as in English
        "prochain", "prochaine", "prochains", "prochaines", "nächste", "nächsten", "nächster", "nächstes", "próximo",
        "próxima", "próximos", "próximas", "volgende",
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
        # "más o menos" (roughly) names nothing: "¿Y cuánto costaría más o menos?" asks the price alone
        "muy", "más", "mas", "menos", "hay", "het", "een", "en", "of", "maar", "als", "van", "te", "op", "aan", "met",
        "zonder", "voor", "is",
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
        # "let me know" in German ("Können Sie mir bitte Bescheid sagen?"), as "let" and "know"
        "bescheid",
        # "get" in German, as "get": "Bekomme ich eine Gutschrift?" is not about "die Box bekommt kein Signal"
        "bekomme", "bekommen", "bekommt", "bekam", "bekommst", "kriege", "kriegen", "kriegt",
        # "again" in German, French and Spanish, as "again": "¿Pueden revisarlo otra vez?" asks for a look
        "wieder", "erneut", "nochmals", "encore", "nouveau", "otra", "otro", "vez",
        # whoever is asked ("Can someone look at it?", "Kann jemand…", "Quelqu'un peut…", "¿Alguien puede…?"), as "who"
        "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "jemand", "jemanden", "quelqu'un",
        "alguien", "iemand",
        # "something" and "anything" in German, French and Spanish, as "something": "¿por si se daña algo?"
        "etwas", "irgendetwas", "quelque", "chose", "algo",
        # the other German cases of "my", "your" and "our", as "mein" and "unser": "Was ist mit meinem Handy?" is about the phone
        "meinem", "meinen", "meiner", "meines", "ihrem", "ihrer", "ihres", "unserem", "unseren", "unserer", "unseres",
        "deinem", "deinen", "deiner", "deines", "dein", "deine",
        # "each", "any", "way", "make" and "do" in German, French and Spanish, as in English: "¿Cada cuánto hay que
        # hacer la revisión?" is about the service, "¿Hay alguna forma de ampliarlo?" about extending
        "cada", "chaque", "jede", "jeden", "jeder", "jedes", "jedem", "elke", "ieder", "alguna", "alguno", "algún",
        "algunos", "algunas", "forma", "manera", "façon", "moyen", "hacer", "faire",
        # "must", "should" and "may" in German, French and Spanish, as in English (not German "machen", which a reply
        # echoes as the deed: "Machen Sie auch Inspektionen?" - "Ja, die machen wir")
        "muss", "müssen", "musst", "müsste", "müssten", "soll", "sollte", "sollten", "darf", "dürfen", "dois", "doit",
        "devons", "devez", "doivent", "faut", "debo", "debe", "deben", "debemos",
        # and more forms of "tell me": "Por favor, decidme cuánto costaría"
        "decidme", "dígame", "díganme", "dime", "dites",
        # "between" and "among" in German, French and Spanish, as in English: "combien de temps entre la prise de
        # mesures et la livraison" is about the wait
        "zwischen", "entre", "parmi", "unter", "tussen",
        # "rather than" and "so that", as "instead" and "for": "Can I pay the balance by bank transfer rather than
        # card?" is about paying by transfer
        "rather", "plutôt", "statt", "anstatt", "stattdessen", "damit", "afin",
        # German particles that colour a question ("Wie hoch ist der Kratzbaum denn nun genau?"), and "exactly"
        # in four languages: no topic of their own
        "denn", "eigentlich", "überhaupt", "doch", "wohl", "genau", "exactly", "precisely", "exactement",
        "exactamente",
        # "other" in German, French and Spanish, as in English: "Können Sie mir die anderen zuschicken?" asks for them
        "others", "andere", "anderen", "anderes", "anderer", "autre", "autres", "otros", "otras"
    )
)
"""Function words and support small talk in five languages: never a question's topic."""

SENDING = "~ship"
"""The keyword group of sending and delivering, which any two requests or promises to send share whatever they
send."""
PRICE_GROUP = "~price"
"""The keyword group of prices and costs, which an amount of money names and any question of what something
costs asks about."""
AVAILABLE_GROUP = "~stock"
"""The keyword group of being available ("in stock", "verfügbar", "disponible"), which a person free on a date
is too."""

RELATED_GROUPS: dict[str, tuple[str, ...]] = {
    "~ship": ("ship", "send", "sending", "sent", "resend", "resent", "shipping", "shipped", "shipment", "deliver", "delivery", "delivered", "dispatch", "dispatched",
              "post", "posted", "courier", "carrier", "freight", "arrive", "arrival", "liefern", "lieferung",
              "geliefert", "versand", "versenden", "versendet", "zustellung", "schicken", "schicke", "schickt",
              "geschickt", "zuschicken", "zugeschickt", "zusenden", "zugesandt", "senden", "gesendet", "übersenden",
              "livrer", "livraison", "livré", "envoi",
              "expédier", "expédition", "arrivée", "arrivera", "ankunft", "enviar", "envío", "entrega", "entregar",
              "llega", "llegan", "llegar", "llegue", "lleguen", "llegará", "llegarán", "llegada", "leveren", "levering", "verzenden",
              "verzending", "bezorgen", "bezorging"),
    "~price": ("price", "prices", "pricing", "priced", "cost", "costs", "quote", "quotation", "fee", "fees",
               "rate", "rates", "preis", "preise", "kosten", "kostet", "angebot", "prix", "coût", "coûte", "tarif", "tarifaire", "tarifaires", "tarifa", "tarifas", "tarife",
               "devis", "precio", "precios", "cuesta", "cuestan", "coste", "presupuesto", "prijs", "kost", "offerte",
               "gebühr", "gebühren", "frais", "cargo", "cargos", "recargo",
               # paying more for something: "Y a-t-il un supplément ?" - "Cela ne coûte rien de plus"
               "supplement", "surcharge", "supplément", "suppléments", "aufpreis", "zuschlag", "suplemento",
               "coûtent", "cuesten",
               # what it would or will cost: "¿Cuánto costaría?", "Combien ça coûterait ?"
               "costar", "costaría", "costarían", "costará", "costarán", "coûterait", "coûteraient", "coûtera",
               "coûteront",
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
                "remboursement", "rembourser", "remboursé", "reembolso", "reembolsar", "terugbetaling", "terugbetalen",
                # making good a loss is paying some of it back: "Pouvez-vous nous proposer un dédommagement ?" -
                # "La direction a accepté de vous rembourser deux jours"
                "compensation", "compensate", "compensated", "entschädigung", "entschädigen", "dédommagement",
                "dédommager", "indemnisation", "indemniser", "indemnización", "indemnizar", "compensación",
                "compensar"),
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
                 "meegeleverd", "bijgeleverd", "inclusief"),
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
    # a purchase order by its initials: "Do you need a purchase order number?" - "You don't need a PO"
    "~purchase-order": ("purchase", "po", "pos"),
    "~invoice": ("invoice", "invoices", "bill", "receipt", "rechnung", "quittung", "beleg", "facture",
                 "factura", "recibo", "factuur"),
    "~discount": ("discount", "discounts", "rebate", "reduction", "rabatt", "nachlass", "remise", "réduction",
                  "descuento", "korting",
                  # what a discount makes it: "Is there a discount for three months?" - "Three-month packs are 10% cheaper"
                  "cheaper", "günstiger", "billiger", "goedkoper",
                  # and what it gives: "whether termly works out cheaper" - "so you'll save about £24 a term"
                  "save", "saves", "saving", "savings", "sparen", "économiser", "économie", "ahorrar",
                  "ahorro"),
    "~track": ("tracking", "track", "trace", "sendungsnummer", "sendungsverfolgung", "suivi", "seguimiento",
               "volgnummer", "trackingnummer"),
    # selling by its irregular past: "Do you sell the roof covers on their own?" - "The covers are sold separately"
    "~sell": ("sell", "sells", "selling", "sold", "verkaufen", "verkauft", "vendre", "vendez", "vendu", "vendus",
              "vendue", "vender", "venden", "vendemos", "vendido", "vendidos", "verkopen", "verkocht"),
    "~stock": ("stock", "available", "availability", "verfügbar", "disponible", "disponibilité",
               "existencias", "voorraad", "beschikbaar"),
    # room for people on a date or in a group: "¿Queda sitio para seis?" - "le escribo con las plazas"
    "~space": ("space", "spaces", "spots", "seats", "capacity", "sitio", "plazas", "plätze", "kapazität",
               "kapazitäten", "capacité", "capacidad"),
    "~width": ("width", "widths", "wide", "wider", "narrow", "narrower", "breite", "breit", "schmal", "schmaler",
               "largeur", "étroit", "étroite", "ancho", "anchura", "estrecho", "estrecha"),
    "~warranty": ("warranty", "guarantee", "garantie", "gewährleistung", "garantía", "garantia"),
    "~cancel": ("cancel", "cancelled", "canceled", "cancellation", "stornieren", "storno", "annuler", "annulation",
                "cancelar", "cancelación", "annuleren"),
    "~pickup": ("pickup", "pick", "collect", "collection", "abholen", "abholung", "retirer", "retrait", "recoger",
                "recogida", "ophalen"),
    "~address": ("address", "adresse", "anschrift", "dirección", "adres"),
    "~repair": ("repair", "fix", "fixed", "reparieren", "reparatur", "réparer", "réparation", "reparar",
                "reparación", "repareren", "reparatie"),
    # putting a part in or up: "Können Sie die gleich montieren?" - "Die Montage machen wir gern"; not "fitting", whose
    # stem is "fit", mostly a size, nor French "poser", which asks questions too
    "~install": ("install", "installs", "installed", "installing", "installation", "installer", "mount", "mounted",
                 "mounting", "montieren", "montiert", "montage", "einbauen", "eingebaut", "einbau", "installieren",
                 "installiert", "instalar", "instalación", "instalado", "montar", "montaje", "monteren", "installeren",
                 "geïnstalleerd"),
    "~broken": ("broken", "broke", "defect", "defective", "damaged", "faulty", "kaputt", "defekt", "beschädigt",
                "cassé", "défectueux", "endommagé", "roto", "defectuoso", "dañado", "kapot", "stuk", "beschadigd"),
    "~insurance": ("insurance", "insured", "insure", "versicherung", "versichert", "versichern", "assurance", "assuré",
                   "assurés", "assurée", "seguro", "asegurado", "asegurada", "asegurados", "verzekering", "verzekerd"),
    "~wear": ("wear", "wearing", "clothes", "clothing", "outfit", "outfits", "attire", "kleidung", "anziehen",
              "vêtements", "tenue", "tenues", "ropa", "vestir", "vestimenta"),
    # how far: "Is there a vet nearby?" - "the nearest vet is in Fort William"; not "close" (shut), German
    # "nächste" (next week), French "près" (à peu près) or Spanish "cerca" (cerca de 20 euros: about)
    "~near": ("near", "nearby", "nearest", "closest", "nähe", "proche", "proches", "cercano", "cercana", "cercanos",
              "cercanas", "dichtbij"),
    "~expiry": ("expiry", "expire", "expires", "expired", "expiration", "valid", "validity", "gültig", "gültigkeit",
                "abgelaufen", "verfällt", "expirer", "validité", "caduca", "caducidad", "caducar", "válido",
                "válida", "vencimiento"),
}
