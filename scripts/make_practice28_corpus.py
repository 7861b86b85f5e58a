#!/usr/bin/env python3
"""Regenerate ``tests/practice28/``: a labelled corpus of Orchard Barn Events.

The support mailbox of a fictional wedding and events venue with its own catering, on a
farm in Herefordshire (weddings, corporate parties, away days, christenings, tastings,
menus and dietary requirements, deposits and invoices, suppliers, licensing hours,
accommodation). Written without looking at the detection heuristics, with many customers
asking several things per mail and support answering in its own words. Audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``orchardbarn.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and what it contains.

Each message carries its facts (role, date, thanks-only, explicit close, chase, promises
with deadline and the message that kept them, how many labelled unanswered questions it
asks). Status and every rule count are recomputed from those facts and the dates; the
script refuses to write when they disagree with the hand-written case labels, when a
labelled question is not verbatim in a customer's own text of the case, or when the
written mail does not parse back and round-trip.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice28_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email.utils
import json
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "orchardbarn.example"
DESK = "Orchard Barn Events <events@orchardbarn.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice28"

AGENTS = {
    "poppy": ("Poppy Larkin <poppy@orchardbarn.example>", "gmail", """--
Poppy Larkin
Wedding Coordinator | Orchard Barn Events
Lower Hatchford Farm, Hatchford, Herefordshire
Plan your day: https://orchardbarn.example/weddings?ref=poppy"""),
    "callum": ("Callum Reddaway <callum@orchardbarn.example>", "outlook", """Callum Reddaway
Head Chef | Orchard Barn Events
Dietary requirements? Please tell us at least 14 days before your event."""),
    "nadia": ("Nadia Osei <nadia@orchardbarn.example>", "apple", """Nadia Osei
Bookings & Accounts | Orchard Barn Events
01432 496 200

This email and any attachments are confidential and meant for the addressee only."""),
    "ben": ("Ben Ashdown <ben@orchardbarn.example>", "owa", """Ben Ashdown
Venue Manager | Orchard Barn Events
Mobile on event days: 07700 900 412"""),
    "felix": ("Felix Brandt <felix@orchardbarn.example>", "thunderbird_de", """-- 
Felix Brandt
Betreuung deutschsprachiger Gäste | Orchard Barn Events
https://orchardbarn.example/de/feiern?ref=signatur"""),
    "amelie": ("Amélie Roux <amelie@orchardbarn.example>", "apple_fr", """Amélie Roux
Clientèle francophone | Orchard Barn Events
https://orchardbarn.example/fr?utm_source=mail&utm_medium=signature"""),
    "lucia": ("Lucía Ferrer <lucia@orchardbarn.example>", "gmail_es", """--
Lucía Ferrer
Atención en español | Orchard Barn Events
+44 1432 496 215"""),
}

ACK = """Hello,

Thank you for contacting Orchard Barn Events. This is an automatic reply to let you
know your message has reached us and is logged as enquiry {ref}.

Our events office is open Tuesday to Saturday, 9am-5pm, and we will reply within
24 hours. If your event is within the next 48 hours, please ring 01432 496 200.

Orchard Barn Events
https://orchardbarn.example/contact?enquiry={ref}"""

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "iphone": ["X-Mailer: iPhone Mail (22C152)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Pegasus Mail for Windows (4.73)"],
    "helpdesk": ["X-Mailer: BarnDesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ob.", outlook_server="CWLP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str = ""
    role: str = "customer"  # customer | agent | ack | auto (customer's out-of-office)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    asks_unanswered: int = 0  # how many of the case's labelled unanswered questions it asks
    uq: list[str] = field(default_factory=list)  # those questions (filled in from UNANSWERED)
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    raw: bytes = b""


@dataclass
class Spec:
    """One message as a case lists it, before it knows its case (see :func:`cu`, :func:`ag`)."""

    role: str
    when: str
    body: str
    opts: dict


@dataclass
class Case:
    """A labelled case: hand-written labels plus the messages they must agree with."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    client: str
    subject: str
    story: str
    specs: list[Spec]
    tz: int = 0
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The case's labelled unanswered questions (hand-written, in UNANSWERED)."""
        return UNANSWERED.get(self.name, [])


def cu(when: str, body: str, **opts) -> Spec:
    """A customer message at ``when`` ("MM-DD HH:MM", the customer's local time)."""
    return Spec("customer", when, body, opts)


def ag(who: str, when: str, body: str, **opts) -> Spec:
    """A reply by support agent ``who`` at ``when`` (UK time, which is UTC in November)."""
    return Spec("agent", when, body, {"who": who, **opts})


def ack(when: str) -> Spec:
    """The helpdesk's automatic acknowledgement."""
    return Spec("ack", when, ACK, {})


def auto(when: str, body: str, **opts) -> Spec:
    """The customer's own automatic reply (out of office)."""
    return Spec("auto", when, body, opts)


def at(when: str, tz: int = 0) -> datetime:
    """``when`` ("MM-DD HH:MM") in 2026 at UTC offset ``tz`` hours."""
    day, hm = when.split()
    month, dom = map(int, day.split("-"))
    hour, minute = map(int, hm.split(":"))
    return datetime(YEAR, month, dom, hour, minute, tzinfo=timezone(timedelta(hours=tz)))


def end_of(day: str) -> datetime:
    """The end of ``day`` ("MM-DD") in the UK: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

QUOTE_XMAS_PDF = mailcraft.pdf(["Orchard Barn Events - Revised quotation OB-Q-1187",
                                "Tinsley Freight Christmas party, Friday 11 December 2026",
                                "85 guests, three-course dinner and disco: GBP 4,930.00",
                                "Option: late bar until 1am: GBP 350.00"])
COTTAGES_PDF = mailcraft.pdf(["Orchard Barn Events - Unterkuenfte / Accommodation 2027",
                              "Cider Press Cottage: 6 beds. Granary Cottage: 6 beds",
                              "The Plough Inn, Hatchford: 9 rooms, group rate GBP 95",
                              "Brook House B&B: 4 rooms. Hatchford Mill B&B: 5 rooms"])
DEVIS_PDF = mailcraft.pdf(["Orchard Barn Events - Devis OB-D-2291",
                           "Seminaire Atelier Lacombe, 14-15 janvier 2027, 40 personnes",
                           "Location de la grange, dejeuner, deux pauses par jour",
                           "Total: GBP 3,640.00 HT"])
FLOORPLAN_PDF = mailcraft.pdf(["Orchard Barn Events - Marquee floor plan (summer)",
                               "Round tables of 10: 16. Dance floor 6 x 6 m by the stage",
                               "Power points marked in red: 8 x 13A, 1 x 32A single phase"])
CANAPES_PDF = mailcraft.pdf(["Orchard Barn Events - Winter canape list 2026/27",
                             "Hot: 7 options (4 vegetarian). Cold: 7 options (6 vegetarian)",
                             "All canapes GBP 2.40 per piece, minimum 4 pieces per guest"])
TERMS_PDF = mailcraft.pdf(["Orchard Barn Events - Booking and cancellation terms",
                           "More than 90 days before the event: full refund of payments",
                           "30 to 90 days: 50 per cent refund. Under 30 days: no refund"])
INVOICE_PDF = mailcraft.pdf(["Orchard Barn Events - Invoice OB-4471 (balance)",
                             "Raman / Whitfield wedding, 6 March 2027",
                             "Balance due: GBP 7,820.00"])
CONFIRM_PDF = mailcraft.pdf(["Orchard Barn Events - Booking confirmation OB-3019 (rev. 2)",
                             "Northgate Children's Trust winter ball, 30 January 2027",
                             "Guests: 150. Deposit received 2 November 2026: GBP 1,500.00"])
WINE_PDF = mailcraft.pdf(["Orchard Barn Events - Carte des vins / Wine list 2027",
                          "Bouteille / bottle prices from GBP 26 (house white) to GBP 68",
                          "Champagne and English sparkling from GBP 39"])
KIDS_PDF = mailcraft.pdf(["Orchard Barn Events - Menu infantil / Children's menu",
                          "Homemade chicken goujons, tomato pasta or mini burgers",
                          "Ice cream sundae. GBP 18 per child (age 3-11)"])
SEATING_PDF = mailcraft.pdf(["Orchard Barn Events - Plan de table / Table plan template",
                             "Grange: 9 tables rondes de 10 + table d'honneur de 12"])
FORM_PDF = mailcraft.pdf(["Herefordshire Register Office - Interpreter declaration",
                          "To be signed on the day of the ceremony before it begins"])
WINTER_MENU_PDF = mailcraft.pdf(["Orchard Barn Events - Winter menu 2026/27",
                                 "Three courses GBP 58 per head; under-12s half price",
                                 "Parsnip soup / Braised beef / Sticky toffee pudding"])
CAKE_PNG = mailcraft.png(10, 12, lambda x, y: (250 - 3 * y, 240 - 2 * x, 225))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("o01-whitlock-viewing", "en", "closed", {},
      "Hannah Whitlock <hannah.whitlock@fernmail.example>", "gmail", "Viewing follow-up - a few questions",
      "Three numbered questions after a viewing, answered in one paragraph in a different order, plus the date check; thanks-only close.",
      cu("11-02 19:40", """Hi there,

Thanks so much for showing us round on Saturday, we both fell a bit in love with the place. A few things we forgot to ask on the day:

1. How many people can you seat in the barn for the ceremony itself?
2. Would we be allowed to take photos down in the orchard, even if it's muddy?
3. Is there parking on site for around 60 cars, or do guests need to use the village hall?

Our date would be Saturday 12 June 2027 if it's still free.

Hannah & Rob"""),
      ag("poppy", "11-03 09:10", """Hi Hannah,

Lovely to meet you both! 12 June 2027 is still free and I've pencilled it in for you for 14 days, no obligation. The paddock car park takes 80 cars, so nobody needs the village hall, and the barn seats up to 140 for the ceremony. As for the orchard - it's all yours for photos, mud included; we keep a row of spare wellies in the porch for exactly that reason.

Poppy"""),
      cu("11-03 12:25", """Amazing, thank you Poppy! We'll talk it through this weekend.

H x""", thanks=True)),

    C("o02-adeyemi-tasting-corkage", "en", "closed", {"unanswered-question": 1},
      "Marcus Adeyemi <marcus@adeyemi-kerr.example>", "outlook", "Menu tasting + corkage",
      "Tasting booked for a January Saturday; the corkage question about their own champagne is never answered.",
      cu("11-03 12:15", """Hello,

We're booked for 8 May next year (booking ref OB-2705). Could we arrange our menu tasting for a Saturday in January? Also, what is the corkage charge if we bring our own champagne for the toast? My uncle has a contact at a small grower near Épernay.

Regards,
Marcus Adeyemi""", uq=1),
      ag("callum", "11-03 16:40", """Hi Marcus,

Tastings run on the second and last Saturday of each month, so I've put you down for 16 January at 12:30, for up to four people. You'll try two starters, two mains and a dessert from the spring menu, and we can tweak anything on the day.

Best,
Callum""")),

    C("o03-pemberton-inline", "en", "pending", {},
      "Jade Pemberton <jade@pembertonpeel.example>", "thunderbird", "Dogs, confetti and music",
      "Three short questions answered inline: 'Of course', a restriction, and a bare time.",
      cu("11-16 10:05", """Hi Poppy,

Three quick ones from our list:

Can Bramble (our spaniel) be at the ceremony?
Is confetti allowed outside the barn?
What time does the music have to stop?

Thanks!
Jade"""),
      ag("poppy", "11-16 12:30", """Hi Jade,

> Can Bramble (our spaniel) be at the ceremony?

Of course - well-behaved dogs are welcome, we'll even put a water bowl by the door.

> Is confetti allowed outside the barn?

Petals only please (dried or fresh), no paper or plastic.

> What time does the music have to stop?

11:30pm.

Poppy""", quote=False)),

    C("o04-tinsley-revised-quote", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Greg Holloway <greg.holloway@tinsleyfreight.example>", "outlook", "Christmas party 11 December - revised quote",
      "Revised quote promised 'tomorrow', sent four days later after 'Any news on the revised quote?': kept late = missed.",
      cu("11-05 09:20", """Hi Nadia,

Following our call, we've gone up from 70 to 85 people for the party on Friday 11 December. Could you send a revised quote with the extra 15 covers? Please also include a late bar until 1am as an option.

Thanks
Greg Holloway
Office Manager, Tinsley Freight"""),
      ag("nadia", "11-05 11:00", """Hi Greg,

That's great news, the more the merrier. I'll redo the numbers with and without the late bar and send the revised quote over tomorrow.

Best wishes,
Nadia""", promises=[("11-06", 4)]),
      cu("11-10 08:50", """Hi Nadia,

Any news on the revised quote? Our finance director wants to sign it off this week.

Greg""", chase=True),
      ag("nadia", "11-10 10:15", """Hi Greg,

Apologies for the delay. Revised quote attached: 85 guests comes to £4,930, and the late bar to 1am would add £350.

Best wishes,
Nadia""", attach=[("application/pdf", "OB-Q-1187-revised.pdf", QUOTE_XMAS_PDF)])),

    C("o05-krueger-hochzeit", "de", "closed", {},
      "Svenja Krüger <svenja.krueger@posteo-mail.example>", "gmail_de", "Hochzeit im Juli 2027 – ein paar Fragen",
      "German couple: accommodation, vegetarian menu and deposit answered in reverse order, accommodation list attached; thanks-only close.",
      cu("11-04 20:15", """Hallo liebes Orchard-Barn-Team,

mein Verlobter ist Engländer, und wir möchten im Juli 2027 bei Ihnen heiraten. Ein paar Fragen vorab:

Gibt es bei Ihnen oder in der Nähe Übernachtungsmöglichkeiten für etwa 30 Gäste aus Deutschland?
Können Sie ein komplett vegetarisches Menü anbieten? Die Hälfte unserer Familie isst kein Fleisch.
Und wie hoch ist die Anzahlung bei der Buchung?

Viele Grüße aus Freiburg
Svenja Krüger"""),
      ag("felix", "11-05 09:30", """Hallo Frau Krüger,

vielen Dank für Ihre Nachricht und herzlichen Glückwunsch zur Verlobung! Bei der Buchung werden 25 % fällig, der Rest acht Wochen vor der Feier. Unser Küchenchef kocht sehr gern rein vegetarisch – das Herbstmenü mit Kürbisrisotto ist bei Paaren besonders beliebt. Auf dem Hof selbst haben wir zwei Cottages mit zusammen 12 Betten, und im Dorf gibt es das Gasthaus „The Plough“ sowie mehrere B&Bs; die Liste mit Gruppenpreisen hänge ich an.

Viele Grüße
Felix Brandt""", attach=[("application/pdf", "Unterkuenfte-2027.pdf", COTTAGES_PDF)]),
      cu("11-05 21:00", """Lieber Herr Brandt,

super, das hilft uns sehr. Vielen Dank!

Svenja""", thanks=True),
      tz=1),

    C("o06-lacombe-seminaire", "fr", "closed", {"unanswered-question": 1},
      "Bérénice Lacombe <b.lacombe@atelier-lacombe.example>", "apple_fr", "Séminaire d'équipe – devis",
      "French firm: the quote for a two-day seminar is attached; the projector question is skipped.",
      cu("11-04 10:30", """Bonjour,

Nous organisons un séminaire pour notre équipe londonienne les 14 et 15 janvier. Pourriez-vous nous envoyer un devis pour 40 personnes, avec déjeuner et pauses café ? Avez-vous un vidéoprojecteur et un écran dans la salle ?

Bien cordialement,
Bérénice Lacombe
Atelier Lacombe – Architecture intérieure""", uq=1),
      ag("amelie", "11-04 15:20", """Bonjour Madame Lacombe,

Merci pour votre demande. Vous trouverez ci-joint notre devis pour 40 personnes sur deux jours : location de la grange, déjeuner servi à table et deux pauses par jour, soit 3 640 £ HT. Les dates sont libres et je peux les bloquer une semaine si vous le souhaitez.

Bien cordialement,
Amélie""", attach=[("application/pdf", "devis-OB-D-2291.pdf", DEVIS_PDF)]),
      tz=1),

    C("o07-castano-jamon", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Irene Castaño <irene.castano@correo-luna.example>", "gmail_es", "Boda 18 de septiembre – jamón y horarios",
      "Spanish couple: the licence hours are answered, the ham carver is deferred to 'te lo confirmo el jueves'; confirmed only after a chase the next week.",
      cu("11-02 18:00", """Hola Lucía:

Os escribo por lo que hablamos en la visita. ¿Sería posible servir jamón ibérico cortado a cuchillo durante el cóctel? Tenemos un cortador de confianza que vendría desde Madrid. También quería saber hasta qué hora podemos quedarnos, porque en España las bodas acaban tardísimo.

Un abrazo,
Irene"""),
      ag("lucia", "11-03 10:00", """Hola, Irene:

La licencia nos permite música y barra hasta la una de la madrugada, y los invitados tienen que haber salido a la una y media. Lo del cortador tengo que consultarlo con Callum, nuestro jefe de cocina, por el tema de la higiene alimentaria; te lo confirmo el jueves.

Un saludo,
Lucía""", promises=[("11-05", 4)]),
      cu("11-10 19:20", """Hola Lucía:

¿Hay alguna novedad sobre lo del jamón? El cortador nos pide confirmación antes de fin de mes.

Gracias,
Irene""", chase=True),
      ag("lucia", "11-11 09:10", """Hola, Irene:

Perdona el retraso. Puede venir sin problema: solo necesitamos una copia de su certificado de manipulador de alimentos y de su seguro de responsabilidad civil una semana antes de la boda.

Un saludo,
Lucía""")),

    C("o08-ferris-deposit", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Tom Ferris <tomferris@kestrelpost.example>", "gmail", "Refund of damage deposit - 24 October",
      "Damage-deposit refund asked, acknowledged by the robot only; 'Still waiting to hear back' five days later; no human reply.",
      cu("11-12 21:10", """Hello,

Our party was on Saturday 24 October and we were told the £500 damage deposit would come back within 14 days if there were no breakages. It hasn't arrived yet. Could you let me know when it will be refunded? Bank details are the same as for the original payment.

Thanks,
Tom Ferris"""),
      ack("11-12 21:11"),
      cu("11-17 08:05", """Hi,

Still waiting to hear back about this - could someone please have a look?

Tom""", chase=True)),

    C("o09-tranter-long-paragraph", "en", "pending", {"unanswered-question": 2},
      "Oliver Tranter <oliver@tranter-lane.example>", "outlook", "Our wedding on 3 April",
      "Four questions inside one long paragraph; the reply covers the speeches and the quiet room, not the children's meals or the photographer's name.",
      cu("11-17 22:30", """Hi Poppy,

Sorry, this is going to be a long one. We've finally sat down with both families and there are a few things. My mum has asked whether we could have the speeches before the meal rather than after, because my dad gets nervous and won't eat otherwise, which I suppose is fair enough. We'd also like somewhere quiet for my grandmother to rest during the evening, she's 94 and won't last until midnight but doesn't want to leave early. Is there a room like that? On the food side, can the children's meals be served at the same time as the adults' starters? And one last thing, could you send us the name of the photographer you mentioned, the one who did the autumn wedding in your brochure?

Cheers,
Oliver""", uq=2),
      ag("poppy", "11-18 10:10", """Hi Oliver,

Not long at all! Speeches first happens a lot and the team is used to it - we simply hold the starters until your dad sits back down. The snug next to the bar has two armchairs and a sofa and stays quiet all evening; we'll put a reserved sign on it for your grandmother.

Poppy""")),

    C("o10-bishop-date-only", "en", "closed", {},
      "Lauren Bishop <lauren.bishop@bishopandwren.example>", "iphone", "Final numbers",
      "Asked for the deadline for final numbers, the reply is just a date.",
      cu("11-09 13:00", """Hi, when do you need our final guest numbers and dietary list by? Wedding is 19 December.

Lauren

Sent from my iPhone"""),
      ag("poppy", "11-09 14:20", """Friday 4 December.

Poppy""")),

    C("o11-okonkwo-marquee", "en", "closed", {},
      "Sam Okonkwo <sam@okonkwo-events.example>", "gmail", "Marquee capacity and floor plan",
      "An event planner asks capacity and for a floor plan, then adds the date before any reply (not a chase); the answer is a bare number and an attachment; thanks-only close.",
      cu("11-06 11:30", """Hi Ben,

I'm planning a 40th birthday for a client in your marquee next summer. How many can it seat for a sit-down dinner with a dance floor? And please send me a floor plan with the power points marked, my lighting guy needs it.

Thanks,
Sam Okonkwo
Okonkwo Events"""),
      cu("11-06 11:45", """Forgot to say - the party is Saturday 17 July, in case the marquee isn't up all summer.

Sam"""),
      ag("ben", "11-06 12:05", """Sam,

160.

Plan attached, power points in red. The marquee stays up from May to September, so the 17th is fine.

Ben""", attach=[("application/pdf", "marquee-floorplan.pdf", FLOORPLAN_PDF)]),
      cu("11-06 12:30", """Perfect, cheers Ben.

Sam""", thanks=True)),

    C("o12-marchetti-cake-box", "en", "pending", {},
      "Ellie Marchetti <ellie.m@marchetti-home.example>", "gmail", "Table plan and a cake question",
      "A rhetorical question and a question the customer answers herself, then one real question (with a photo), answered.",
      cu("11-16 21:05", """Hi Poppy,

Honestly, who knew a wedding came with quite so many spreadsheets? I've got one for the table plan, one for the budget and one just for my aunt's dietary requirements.

Quick question: where do I send the final table plan? Oh wait, it's in the planning guide - the portal. Ignore me!

What I actually wanted to ask is whether you could keep the top tier of our cake boxed up for us to take home at the end of the night. Photo of the cake attached, our cake maker says the top tier freezes well.

Thanks!
Ellie""", attach=[("image/png", "cake-design.png", CAKE_PNG)]),
      ag("poppy", "11-17 09:20", """Hi Ellie,

Three spreadsheets is about average, don't worry! The kitchen will box the top tier and leave it behind the bar with your names on it - just remind your best man to grab it before the taxis come.

Poppy""")),

    C("o13-doyle-canapes", "en", "closed", {},
      "Harriet Doyle <hdoyle@doyle-partners.example>", "outlook", "Canapés for the client reception",
      "Nadia passes the canapé question to the head chef, who 'will send the list by Thursday' and does so on Thursday.",
      cu("11-03 09:00", """Hi Nadia,

For our client reception on 27 November (60 guests, 6-8pm), could you send us the canapé options with prices? We'd like a mix of hot and cold, with at least a third vegetarian.

Harriet Doyle
Doyle & Partners"""),
      ag("nadia", "11-03 10:30", """Hi Harriet,

Thanks - I've passed this to Callum in the kitchen, he'll send you the canapé list with prices by Thursday.

Nadia""", promises=[("11-05", 3)]),
      ag("callum", "11-05 14:00", """Dear Harriet,

As promised, our winter canapé list is attached. For 60 guests over two hours we'd suggest eight pieces each; at £2.40 a piece that's £1,152. Ten of the fourteen options are vegetarian, so a third is easy.

Callum""", attach=[("application/pdf", "winter-canapes.pdf", CANAPES_PDF)])),

    C("o14-nwosu-ruby-lunch", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
      "Beatrice Nwosu <beatrice@nwosu-bakes.example>", "gmail", "Anniversary lunch 6 December",
      "Three agents answer date, access and price; whether they may bring their own cake is never addressed.",
      cu("11-09 10:00", """Hello,

We'd like to book the garden room for my parents' ruby anniversary lunch on Sunday 6 December, about 35 people. Is the date available? Could you also tell me whether we can bring our own cake? Is there step-free access? My dad uses a wheelchair.

Beatrice""", uq=1),
      ag("poppy", "11-09 11:30", """Hi Beatrice,

6 December is free and I've reserved it for you. Ben can tell you more about access - I've copied him in.

Poppy""", promises=[("window", 3)]),
      ag("ben", "11-09 13:00", """Hi Beatrice,

The garden room is on the ground floor with a level entrance from the car park, and the accessible loo is right next door. We can also reserve the two spaces nearest the door.

Ben"""),
      cu("11-10 09:15", """Thanks both. What would the three-course lunch cost per head?

Beatrice"""),
      ag("callum", "11-10 12:00", """Hi Beatrice,

The Sunday lunch menu is £42 a head for three courses, £18 for children.

Callum""")),

    C("o15-crowther-slow", "en", "pending", {"slow-first-response": 1},
      "Diane Crowther <diane@crowther-accounts.example>", "thunderbird", "Retirement party for 50 in February",
      "Friday-evening enquiry, acknowledged by the robot, answered fully on Monday.",
      cu("11-13 17:45", """Good evening,

I'm organising a retirement do for a colleague who has been with us for 31 years. It would be Saturday 20 February, about 50 people, buffet style. Do you have that date free, and what would a hot buffet cost?

Diane Crowther
Crowther & Lane Chartered Accountants"""),
      ack("11-13 17:46"),
      ag("nadia", "11-16 11:00", """Dear Diane,

20 February is available. Our hot buffet is £34 a head (two mains, three sides, two desserts), and the room is included for parties under 60.

Kind regards,
Nadia""")),

    C("o16-walsh-lost-property", "en", "closed", {"reopened": 1},
      "Kieran Walsh <kieran@walsh-joinery.example>", "outlook", "Lost property - grey wool coat",
      "Coat found and the ticket marked resolved; the customer comes back with a second lost item, answered.",
      cu("11-03 08:30", """Hi,

After our works do on Saturday a colleague left a grey wool coat in the cloakroom, it has a blue scarf in the pocket. Have you found it?

Kieran Walsh
Walsh Joinery"""),
      ag("ben", "11-03 10:00", """Hi Kieran,

Yes, it's here in the office, scarf and all. She can collect it any weekday between 9 and 5. I'll mark this ticket as resolved.

Ben""", closes=True),
      cu("11-06 14:00", """Hi Ben,

She picked it up yesterday, thanks. While I have you - did anyone hand in a pair of reading glasses in a red case? Same night.

Kieran"""),
      ag("ben", "11-06 15:30", """Afraid not, Kieran - nothing like that in the lost property box, and the cleaners didn't find any either.

Ben""")),

    C("o17-engel-sommerfest", "de", "open", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Matthias Engel <m.engel@engel-logistik.example>", "outlook_de", "Sommerfest 2027 – Verfügbarkeit",
      "German company: date confirmed, barbecue buffet deferred 'bis Mittwoch' and never sent; the bouncy-castle question is skipped; polite chase unanswered.",
      cu("11-05 09:00", """Sehr geehrte Damen und Herren,

wir planen das Sommerfest für unsere britische Niederlassung am Freitag, 2. Juli 2027, mit ca. 120 Personen. Ist der Termin noch frei? Bieten Sie auch ein Grillbuffet an? Und dürfen wir für die Kinder der Mitarbeiter eine Hüpfburg auf der Wiese aufstellen?

Mit freundlichen Grüßen
Matthias Engel
Engel Logistik GmbH""", uq=1),
      ag("felix", "11-05 11:20", """Sehr geehrter Herr Engel,

der 2. Juli 2027 ist noch frei, ich habe ihn für zwei Wochen für Sie vorgemerkt. Zum Grillbuffet stimme ich mich mit unserer Küche ab und melde mich bis Mittwoch mit einem Vorschlag bei Ihnen.

Mit freundlichen Grüßen
Felix Brandt""", promises=[("11-11", None)]),
      cu("11-16 08:30", """Sehr geehrter Herr Brandt,

gibt es schon Neuigkeiten zum Grillbuffet? Wir möchten das Budget bis Ende November festlegen.

Mit freundlichen Grüßen
Matthias Engel""", chase=True),
      tz=1),

    C("o18-bastide-inline", "fr", "pending", {},
      "Hélène Bastide <helene.bastide@maison-bastide.example>", "apple_fr", "Mariage Bastide–Hughes : quelques détails",
      "Three French questions answered inline (cheese course, candles, supplier arrival time with just a time); thanks-only reply.",
      cu("11-17 14:00", """Bonjour Amélie,

Quelques questions en vrac :

Est-ce que le fromage peut être servi avant le dessert, à la française ?
Peut-on apporter nos propres bougies pour les tables ?
Et à quelle heure les fournisseurs peuvent-ils arriver le matin ?

Merci beaucoup,
Hélène"""),
      ag("amelie", "11-17 16:30", """Bonjour Hélène,

> Est-ce que le fromage peut être servi avant le dessert, à la française ?

Bien sûr, c'est même ce que Callum préfère.

> Peut-on apporter nos propres bougies pour les tables ?

Oui, à condition qu'elles soient dans des photophores en verre.

> Et à quelle heure les fournisseurs peuvent-ils arriver le matin ?

Dès 8h.

Belle soirée,
Amélie""", quote=False),
      cu("11-17 18:10", """Parfait, merci mille fois !

Hélène""", thanks=True),
      tz=1),

    C("o19-ibarra-link", "es", "closed", {},
      "Pablo Ibarra <pablo.ibarra@ibarra-consultores.example>", "gmail_es", "Cena de empresa – alérgenos y aparcamiento",
      "Spanish firm: the allergen question is answered with a link, the EV-charger question with a short line.",
      cu("11-04 09:30", """Buenos días:

Vamos a celebrar con ustedes la cena de Navidad de nuestra oficina de Londres el 10 de diciembre. ¿Dónde puedo consultar la carta de alérgenos del menú de invierno? Y, por otra parte, ¿hay cargadores para coches eléctricos en el aparcamiento?

Saludos,
Pablo Ibarra
Ibarra Consultores"""),
      ag("lucia", "11-04 11:00", """Buenos días, Pablo:

https://orchardbarn.example/menus/invierno-alergenos?lang=es

Cargadores hay dos, junto a la entrada del granero, gratuitos para los invitados.

Un saludo,
Lucía"""),
      tz=1),

    C("o20-hartley-forwarded-florist", "en", "closed", {},
      "Zoe Hartley <zoe.hartley@hartleyhome.example>", "gmail", "Fwd: Arch installation - Orchard Barn",
      "HTML-only mail forwarding the florist's questions; the bride's own question (access time on Friday) is answered.",
      cu("11-10 20:00", """Hi Poppy,

Forwarding this from our florist. She's asking me things I don't know the answers to - could you tell me what time she can get into the barn on the Friday to build the arch?

Zoe

---------- Forwarded message ---------
From: Wild Stems Floristry <hello@wildstems.example>
Date: Tue, 10 Nov 2026 at 16:12
Subject: Arch installation - Orchard Barn
To: Zoe Hartley <zoe.hartley@hartleyhome.example>

Hi Zoe,

For the arch I'll need to know a few things from the venue: can I get in the day before? Is there a tap near the barn doors? Are there fixing points on the beams or do I need a freestanding frame?

Thanks, Mel""", kind="html"),
      ag("poppy", "11-11 09:00", """Hi Zoe,

Mel can come in from 2pm on Friday 27th, once the previous day's set-up is cleared. Feel free to give her my email if it's easier for the two of us to sort out the rest directly.

Poppy""")),

    C("o21-prescott-quiz-night", "en", "closed", {},
      "Ian Prescott <ian.prescott@prescott-surveys.example>", "outlook", "Quiz night booking for the rugby club",
      "Price and raffle both answered; the customer's out-of-office reply follows (automatic, neither message nor response).",
      cu("11-04 12:00", """Hi,

I'm booking the barn for the rugby club's quiz and curry night on 23 January. Could you confirm the price for 90 people, and can we run our own raffle on the night?

Ian Prescott
Club Secretary, Hatchford RFC"""),
      ag("nadia", "11-04 15:30", """Hi Ian,

For 90 people the curry night comes to £2,250 (£25 a head, room included). A raffle is fine - we only ask that no cash prize is over £500, to stay within the small-lottery rules.

Nadia"""),
      auto("11-04 15:31", """Thank you for your email. I am out of the office until Monday 9 November with no access to email.

For urgent club matters please contact the fixtures secretary, Gwen Powell, on fixtures@hatchfordrfc.example.

Ian Prescott""", quote=False, subject="Automatic reply: RE: Quiz night booking for the rugby club")),

    C("o22-lloyd-hog-roast", "en", "pending", {},
      "Megan Lloyd <megan@lloyd-family.example>", "iphone", "Hog roast numbers",
      "'Per person or per pig?' answered with 'Per pig' and a price, plus how many it feeds; thanks-only reply.",
      cu("11-17 12:40", """Hi Callum,

Is the hog roast priced per person or per pig? And how many people does one pig feed?

Megan

Sent from my iPhone"""),
      ag("callum", "11-17 14:00", """Hi Megan,

Per pig - £695 for a whole one, which feeds 100-120 with the rolls, stuffing and apple sauce.

Callum"""),
      cu("11-17 14:30", """Brilliant, thanks Callum!

Sent from my iPhone""", thanks=True)),

    C("o23-fairbairn-walled-garden", "en", "closed", {"unanswered-question": 1},
      "Dan Fairbairn <dan.fairbairn@fairbairnmail.example>", "gmail", "Drinks reception location",
      "Asked to move the drinks reception to the walled garden; the reply talks about heaters in the courtyard instead.",
      cu("11-05 17:30", """Hi Poppy,

For the drinks reception after the ceremony, could we have it in the walled garden instead of the courtyard? It gets the evening sun and we think the photos would be better there. Also, do you have patio heaters in case it's cold? It's an early April wedding.

Dan""", uq=1),
      ag("poppy", "11-06 09:15", """Hi Dan,

We have six patio heaters and a blanket on every bench, so April is no problem in the courtyard - it's sheltered from the wind on three sides.

Poppy""")),

    C("o24-fenwick-two-in-one", "en", "closed", {},
      "Georgia Fenwick <georgia@fenwickhr.example>", "owa", "Vegan and gluten-free options - awards dinner",
      "Two surcharge questions answered by one sentence that does not repeat either.",
      cu("11-12 10:00", """Hello Callum,

For our awards dinner on 4 February we'll have around a dozen vegans and a few coeliacs. Do the vegan meals cost extra? And is there a surcharge for gluten-free?

Georgia Fenwick
Fenwick HR"""),
      ag("callum", "11-12 11:30", """Hi Georgia,

Neither costs a penny more than the standard menu, and both are prepared in a separate section of the kitchen. Just list the names on the dietary form two weeks before.

Callum""")),

    C("o25-greaves-invoice-tuesday", "en", "pending", {},
      "Alistair Greaves <alistair@greaves-vets.example>", "outlook", "Final invoice for the practice dinner",
      "Final invoice promised for Tuesday 24 November - still ahead at audit time, not missed.",
      cu("11-18 09:00", """Hi Nadia,

Now that our numbers are confirmed at 48, could you send the final invoice? Our practice manager pays suppliers on the 25th.

Alistair Greaves
Greaves Veterinary Practice"""),
      ag("nadia", "11-18 11:00", """Hi Alistair,

Thanks for confirming 48. The bar tab from the drinks reception still needs adding, so I'll send the final invoice on Tuesday 24 November, in time for your payment run.

Nadia""", promises=[("11-24", None)])),

    C("o26-pryce-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Nathan Pryce <nathan@pryceandco.example>", "outlook", "Cancellation terms",
      "Request for the cancellation terms resent word for word two days later as a new mail; then answered with the terms attached.",
      cu("11-10 09:00", """Hello,

Could you please send me a copy of your cancellation terms? Our board has asked to see them before we sign the booking form for the conference.

Nathan Pryce
Pryce & Co"""),
      ack("11-10 09:01"),
      cu("11-12 09:05", """Hello,

Could you please send me a copy of your cancellation terms? Our board has asked to see them before we sign the booking form for the conference.

Nathan Pryce
Pryce & Co""", chase=True, parent=0),
      ag("nadia", "11-12 11:00", """Dear Nathan,

Apologies - your first email got caught in our filter. Our terms are attached; in short, a full refund up to 90 days before the event, half up to 30 days, nothing after that.

Kind regards,
Nadia""", attach=[("application/pdf", "booking-terms.pdf", TERMS_PDF)])),

    C("o27-maguire-evening-food", "en", "closed", {},
      "Fiona Maguire <fiona@maguire-studio.example>", "apple", "Evening food",
      "The chef's reply lost its threading headers ('RE:' subject only) and answers both questions; thanks-only reply with a '?' in the signature.",
      cu("11-09 16:00", """Hi Callum,

What are the options for evening food? We're thinking pizza or bacon rolls around 9pm. Also, how many portions should we order if we have 120 evening guests?

Fiona"""),
      ag("callum", "11-10 09:30", """Hi Fiona,

Both work well: wood-fired pizzas are £9 a head, bacon and sausage rolls £6.50. Most couples cater for about 80 % of the evening numbers, so 95-100 portions for 120.

Callum""", thread=False),
      cu("11-10 10:05", """Thanks Callum, that's really helpful!

Fiona
--
Maguire Studio | Need a logo? https://maguire-studio.example/?utm_source=signature""", thanks=True)),

    C("o28-sorensen-paperwork", "en", "closed", {"unanswered-question": 1},
      "Kate Sorensen <kate.sorensen@northgate-charity.example>", "outlook", "Charity ball - paperwork",
      "Three requests in a list; one sentence handles the confirmation and the deposit, the VAT number is never given; thanks-only reply.",
      cu("11-11 10:00", """Hi Nadia,

Ahead of the ball on 30 January I need a few things for the trustees:

- Please send the updated booking confirmation with 150 guests instead of 120.
- I need your VAT registration number for our gift aid paperwork.
- Could you confirm the deposit we paid has been received?

Many thanks,
Kate Sorensen
Events Lead, Northgate Children's Trust""", uq=1),
      ag("nadia", "11-11 14:00", """Hi Kate,

Updated confirmation for 150 attached, and yes, your £1,500 deposit arrived on 2 November.

Nadia""", attach=[("application/pdf", "OB-3019-confirmation-rev2.pdf", CONFIRM_PDF)]),
      cu("11-11 14:20", """Thank you Nadia!

Kate""", thanks=True)),

    C("o29-carrick-band", "en", "pending", {"unanswered-question": 1},
      "Lewis Carrick <lewis.carrick@carrickmail.example>", "gmail", "Band setup",
      "Power supply answered; in a later mail the van access is answered but the green-room question is not.",
      cu("11-13 12:00", """Hi Ben,

Our band needs a 32A three-phase supply. Do you have one in the barn?

Lewis"""),
      ag("ben", "11-13 13:00", """Hi Lewis,

We do - on the stage wall, left of the fire exit.

Ben"""),
      cu("11-17 18:00", """Great, thanks. Another one from the band: is there somewhere they can park the van right by the stage door for loading? Also they want to know if there's a green room they can use between sets.

Lewis""", uq=1),
      ag("ben", "11-18 08:40", """Hi Lewis,

They can back the van right up to the stage door - there's a hard-standing bay there just for that.

Ben""")),

    C("o30-tamblyn-lapel-mic", "en", "closed", {"missed-follow-up": 1},
      "Rosie Tamblyn <rosie@tamblyn-weddings.example>", "gmail", "Ceremony music - PA system",
      "Bluetooth answered; the lapel mic 'early next week' (said Thursday) is confirmed on Wednesday: late = missed.",
      cu("11-05 14:00", """Hi Ben,

Does the PA system in the barn have a Bluetooth input? Our celebrant wants to play the entrance music from her phone. And could the microphone be a clip-on one rather than handheld?

Rosie"""),
      ag("ben", "11-05 16:00", """Hi Rosie,

Bluetooth, yes. On the mic, let me check whether the lapel one is back from repair and I'll come back to you early next week.

Ben""", promises=[("11-10", 3)]),
      ag("ben", "11-11 10:00", """Hi Rosie,

Sorry for the wait - the lapel mic is back and working, so your celebrant can use it.

Ben""")),

    C("o31-ward-hold-end-of-day", "en", "pending", {"missed-follow-up": 1},
      "Tobias Ward <tobias.ward@wardarchitects.example>", "outlook", "Hold on 15 May 2027",
      "Availability and a provisional hold deferred to 'I'll confirm by end of day'; nothing follows.",
      cu("11-16 09:30", """Hi Nadia,

Is 15 May 2027 still available for a wedding of about 100? If it is, could you put a provisional hold on it for us?

Tobias Ward"""),
      ag("nadia", "11-16 10:15", """Hi Tobias,

I need to double-check one thing in the diary - another couple has a hold on that weekend which lapses today. I'll confirm by end of day.

Nadia""", promises=[("11-16", None)])),

    C("o32-bachmann-gluehwein", "de", "closed", {},
      "Ursula Bachmann <u.bachmann@bachmann-kanzlei.example>", "gmail_de", "Kanzlei-Weihnachtsfeier – Glühwein?",
      "Two German questions answered in one sentence ('beides geht'); customer mail base64-encoded.",
      cu("11-10 10:00", """Liebes Team,

für unsere Weihnachtsfeier am 18. Dezember hätte ich zwei Fragen: Servieren Sie beim Empfang auch Glühwein? Und lässt sich das Dessert ohne Aufpreis gegen einen Käsewagen tauschen?

Viele Grüße
Ursula Bachmann
Bachmann & Kollegen Rechtsanwälte""", cte="base64"),
      ag("felix", "11-10 12:30", """Liebe Frau Bachmann,

beides geht: Glühwein schenken wir im Dezember ohnehin aus (4,50 £ pro Becher), und der Käsewagen ersetzt das Dessert zum gleichen Preis.

Viele Grüße
Felix Brandt"""),
      tz=1),

    C("o33-hansen-rechnung", "de", "pending", {"unanswered-question": 1},
      "Jörg Hansen <hansen@hansen-maschinenbau.example>", "outlook_de", "Kundenevent am 12. März",
      "German firm books and asks about the invoice addressee and a shuttle; only the booking and the shuttle are answered.",
      cu("11-16 11:00", """Guten Tag Herr Brandt,

vielen Dank für das Angebot vom letzten Freitag. Wir möchten den Termin am 12. März verbindlich buchen. Könnten Sie die Rechnung bitte auf unsere britische Tochter, Hansen Engineering Ltd, ausstellen statt auf die GmbH? Außerdem: Ist ein Shuttle vom Bahnhof Hereford im Preis enthalten?

Mit freundlichen Grüßen
Jörg Hansen
Hansen Maschinenbau GmbH""", uq=1),
      ag("felix", "11-16 14:30", """Guten Tag Herr Hansen,

herzlichen Dank, der 12. März ist nun fest für Sie gebucht. Einen Shuttle organisieren wir gern, er ist allerdings nicht inklusive: zwei Kleinbusse für je 16 Personen kosten zusammen 320 £.

Mit freundlichen Grüßen
Felix Brandt"""),
      tz=1),

    C("o34-delorme-degustation", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Margaux Delorme <margaux.delorme@delorme-vins.example>", "gmail", "Dégustation de vins pour le mariage",
      "Wine list sent; the Saturday tasting deferred to 'je vous confirme demain' and confirmed only a week later after 'Je me permets de revenir vers vous'.",
      cu("11-04 18:00", """Bonjour Amélie,

Mon fiancé et moi aimerions goûter les vins proposés avec le menu. Est-ce possible un samedi matin ? Et pourriez-vous m'envoyer la carte des vins avec les prix à la bouteille ?

Merci,
Margaux"""),
      ag("amelie", "11-05 10:00", """Bonjour Margaux,

La carte des vins est en pièce jointe. Pour la dégustation, je dois voir avec notre sommelier ses disponibilités du samedi ; je vous confirme demain.

Bien à vous,
Amélie""", promises=[("11-06", 4)], attach=[("application/pdf", "carte-des-vins-2027.pdf", WINE_PDF)]),
      cu("11-12 09:00", """Bonjour Amélie,

Je me permets de revenir vers vous au sujet de la dégustation : avez-vous pu en parler au sommelier ?

Bonne journée,
Margaux""", chase=True),
      ag("amelie", "11-12 15:00", """Bonjour Margaux,

Toutes mes excuses pour ce retard. Notre sommelier peut vous recevoir le samedi 28 novembre à 11h ; la dégustation est offerte pour deux personnes.

Bien à vous,
Amélie"""),
      tz=1),

    C("o35-villalobos-mariachis", "es", "closed", {"unanswered-question": 1},
      "Carmen Villalobos <carmen.villalobos@villalobos-abogados.example>", "gmail_es", "Boda en junio – música y menú infantil",
      "Spanish bride: children's menu answered with an attachment; the mariachi band question is skipped.",
      cu("11-06 20:00", """Hola Lucía:

Te escribo con dos dudas. ¿Podemos traer un grupo de mariachis para el cóctel? Mi futuro marido es mexicano y sería una sorpresa para su familia. Además, quisiera saber si tenéis menú infantil para unos diez niños de entre 4 y 10 años.

Muchas gracias,
Carmen""", uq=1),
      ag("lucia", "11-07 10:30", """Hola, Carmen:

Sí, tenemos menú infantil: nuggets caseros de pollo, pasta con tomate o minihamburguesas, y helado de postre, a 18 £ por niño. Te lo adjunto.

Un saludo,
Lucía""", attach=[("application/pdf", "menu-infantil.pdf", KIDS_PDF)]),
      tz=1),

    C("o36-quiroga-grupo", "es", "closed", {"customer-chased": 2, "slow-first-response": 1},
      "Andrés Quiroga <andres@quiroga-travel.example>", "android", "Grupo de 25 personas – almuerzo 5 de diciembre",
      "Spanish tour guide chases twice ('¿han podido ver mi correo?', 'sigo esperando respuesta'); answered four days after the first mail.",
      cu("11-09 12:00", """Hola,

Soy guía turístico y el sábado 5 de diciembre llevo un grupo de 25 personas de Valencia por la zona de Hereford. ¿Podrían darnos de comer en su granero sobre las 13:30? Necesitaría saber el precio por persona con bebida incluida.

Gracias,
Andrés Quiroga
Quiroga Viajes

Obtener Outlook para Android"""),
      cu("11-11 09:00", """Hola de nuevo,

¿Han podido ver mi correo? Necesito cerrar el itinerario esta semana.

Andrés""", chase=True),
      cu("11-13 08:30", """Buenos días,

Sigo esperando respuesta sobre el almuerzo del 5 de diciembre. Si no es posible, díganmelo y busco otra opción.

Andrés""", chase=True),
      ag("lucia", "11-13 11:00", """Hola, Andrés:

Disculpe la demora. Podemos recibir al grupo el 5 de diciembre a las 13:30: menú de dos platos con una copa de vino o un refresco, 29 £ por persona.

Un saludo,
Lucía"""),
      tz=1),

    C("o37-delaney-no-repeats", "en", "pending", {},
      "Rob Delaney <rob@delaney-cycles.example>", "thunderbird", "December questions",
      "Three yes/no questions answered without a yes or the question's words; thanks-only reply.",
      cu("11-18 10:00", """Hi,

A few quick questions for our team Christmas lunch on 19 December:

Is the barn heated?
Can we bring our own crackers?
Would a 4pm finish be OK, or do you need the room back earlier?

Rob
Delaney Cycles"""),
      ag("ben", "11-18 11:15", """Hi Rob,

Underfloor heating and two log burners - it's toasty. Crackers: go for it. Stay until four, the evening party doesn't arrive until seven.

Ben"""),
      cu("11-18 11:40", """Cheers Ben.

Rob""", thanks=True)),

    C("o38-barraclough-floor-plan", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Hugo Barraclough <hugo@barraclough-events.example>", "gmail", "Floor plan for the product launch",
      "Layout acknowledged and 'we'll send the revised floor plan tomorrow' never kept; the banner hanging point is never answered.",
      cu("11-09 09:00", """Hi Ben,

For the launch on 28 January we'll need a stage at the far end and a bar along the side wall. Could you send a revised floor plan with that layout? And is there a hanging point above the stage for a banner?

Hugo Barraclough
Barraclough Events""", uq=1),
      ag("ben", "11-09 10:30", """Hi Hugo,

Understood - stage at the north end, bar along the long wall by the windows. We'll send the revised floor plan tomorrow.

Ben""", promises=[("11-10", None)])),

    C("o39-marsh-nut-allergy", "en", "pending", {},
      "Lydia Marsh <lydia.marsh@marshfamily.example>", "gmail", "Nut allergy - best man",
      "'I'll ... get back to you' (no deadline) kept the next morning with a full answer.",
      cu("11-16 15:00", """Hi Callum,

Our best man has a severe peanut and tree nut allergy. Can the kitchen guarantee his meal is completely nut-free, and is there anything on our chosen menu he should avoid?

Lydia"""),
      ag("callum", "11-16 16:30", """Hi Lydia,

Thanks for flagging this early. I'll go through every supplier spec for your menu and get back to you.

Callum""", promises=[("window", 3)]),
      ag("callum", "11-17 11:00", """Hi Lydia,

I've checked everything. The only nut on your menu is the praline on the dessert, and his will come without it. His plate is prepared separately and carried out first. We can't call the whole kitchen nut-free, but his meal will be.

Callum""")),

    C("o40-brightwell-second-mic", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Jess Kimura <jess.kimura@brightwell-agency.example>", "outlook", "Away day 3 December - AV requirements",
      "Second microphone promised 'by Tuesday', confirmed on Thursday after a colleague of the customer follows up; the lunch menu request is never answered.",
      cu("11-06 10:00", """Hi Ben,

For our away day on 3 December we'll need two wireless mics, a projector with HDMI and a flip chart. Can you confirm all of that is available? Please also send the lunch menu options so I can circulate them to the team.

Thanks,
Jess Kimura
Brightwell Agency""", uq=1),
      ag("ben", "11-06 12:00", """Hi Jess,

Projector and flip chart are no problem. We have one wireless mic in-house; I'll check whether I can hire a second from our AV supplier and confirm by Tuesday.

Ben""", promises=[("11-10", 4)]),
      cu("11-12 09:30", """Hi Ben,

I'm picking this up while Jess is on leave. Just following up on the second microphone - did your supplier come back to you?

Thanks,
Aaron Blake
Brightwell Agency""", chase=True, frm="Aaron Blake <aaron.blake@brightwell-agency.example>"),
      ag("ben", "11-12 11:00", """Hi Aaron,

Sorry - yes, the second mic is booked, so you'll have two on the day.

Ben""", to="Aaron Blake <aaron.blake@brightwell-agency.example>",
         cc="Jess Kimura <jess.kimura@brightwell-agency.example>")),

    C("o41-langford-four-things", "en", "closed", {"unanswered-question": 2},
      "Sophie Langford <sophie@langford-pr.example>", "owa", "Launch dinner - a few things",
      "Four numbered items after a pleasantry; the reply covers menu cards and the final-numbers date, not the ice sculpture or the deposit invoice.",
      cu("11-10 11:00", """Hi Nadia,

Hope you all survived the October rush? Four things for the launch dinner on 21 January:

1. Can we have a branded ice sculpture on the bar? We have a supplier.
2. We'd like the menu cards printed with our logo - do you do that, or should we bring them?
3. What's the latest we can confirm the final number of guests?
4. Please send over an invoice for the 30 % deposit so we can raise a PO.

Thanks,
Sophie Langford
Account Director, Langford PR""", uq=2),
      ag("nadia", "11-10 15:00", """Hi Sophie,

Menu cards we print in-house and your logo is no problem - just send it as a PNG or PDF. Final numbers are due ten days before, so Monday 11 January.

Nadia""")),

    C("o42-hendry-fresh", "en", "open", {},
      "Max Hendry <max.hendry@hendrymail.example>", "gmail", "Availability: Saturday 4 September 2027",
      "A fresh enquiry this morning with only the robot's acknowledgement: open, still inside the response target.",
      cu("11-20 09:40", """Hello,

Is Saturday 4 September 2027 available for a wedding of about 120? If so, could you send your 2027 brochure and price list?

Thanks,
Max"""),
      ack("11-20 09:41")),

    C("o43-boyce-jugs", "en", "open", {"awaiting-reply": 1},
      "Natalie Boyce <natalie.boyce@boycefamily.example>", "iphone", "Welcome drinks",
      "First question answered; the follow-up about jugs on the tables and their cost has no reply after two days.",
      cu("11-12 13:00", """Hi Callum,

What's in the non-alcoholic welcome drink?

Natalie

Sent from my iPhone"""),
      ag("callum", "11-12 15:00", """Hi Natalie,

It's our own elderflower and apple pressé with a sprig of mint, made with apples from the orchard.

Callum"""),
      cu("11-18 20:00", """Lovely, thank you. Could we also have a couple of jugs of it on each table during the meal, and how much would that add?

Natalie

Sent from my iPhone""")),

    C("o44-pritchard-kegs", "en", "closed", {"missed-follow-up": 1},
      "Owen Pritchard <owen@pritchard-brewing.example>", "outlook", "Beer from our brewery at the wedding",
      "Both questions passed to the bar manager who 'will be in touch by Friday'; she never writes.",
      cu("11-11 14:00", """Hi,

I run a small brewery and I'd love to serve our own pale ale at my wedding in August. Would you let us supply a couple of kegs? And is there a charge for your bar staff pouring it?

Owen Pritchard
Pritchard Brewing Co."""),
      ag("poppy", "11-11 16:00", """Hi Owen,

What a lovely idea. Our bar manager Tamsin handles all the licensing side of drinks - I've passed your email to her and she'll be in touch by Friday.

Poppy""", promises=[("11-13", None)])),

    C("o45-marchand-gala", "fr", "pending", {"unanswered-question": 2},
      "Thibault Marchand <thibault@marchand-conseil.example>", "apple_fr", "Soirée de gala – hébergement et horaires",
      "French firm confirms a gala; the blank table plan is attached but the cottage rooms and the DJ until 2am are not answered.",
      cu("11-17 09:00", """Bonjour Amélie,

Nous confirmons notre soirée de gala du 6 mars pour 90 invités. J'aurais plusieurs questions : pouvez-vous nous réserver des chambres dans les cottages pour l'équipe de direction ? Je voudrais aussi savoir si un DJ peut jouer jusqu'à 2h du matin. Enfin, merci de nous envoyer le plan de table vierge pour que nous puissions le remplir.

Cordialement,
Thibault Marchand
Marchand Conseil""", uq=2),
      ag("amelie", "11-17 12:00", """Bonjour Thibault,

Merci pour la confirmation ! Vous trouverez le plan de table vierge en pièce jointe, à nous renvoyer d'ici le 20 février.

Bien cordialement,
Amélie""", attach=[("application/pdf", "plan-de-table.pdf", SEATING_PDF)]),
      tz=1),

    C("o46-wolf-inline", "de", "pending", {},
      "Katharina Wolf <k.wolf@wolf-fotografie.example>", "thunderbird_de", "Fotografin bei der Hochzeit Meier/Thompson",
      "German photographer: drone, crew meal and opening time answered inline, the last with just a time.",
      cu("11-18 09:00", """Hallo Herr Brandt,

ich bin die Fotografin der Hochzeit Meier/Thompson am 28. November. Drei Fragen:

Darf ich eine Drohne über dem Obstgarten fliegen lassen?
Gibt es für Dienstleister ein Essen?
Ab wann ist die Scheune morgens offen?

Viele Grüße
Katharina Wolf
https://wolf-fotografie.example/hochzeit?ref=mail"""),
      ag("felix", "11-18 10:30", """Hallo Frau Wolf,

> Darf ich eine Drohne über dem Obstgarten fliegen lassen?

Ja, solange keine Gäste direkt darunter stehen.

> Gibt es für Dienstleister ein Essen?

Selbstverständlich – warm, gegen 18 Uhr in der Küche.

> Ab wann ist die Scheune morgens offen?

8 Uhr.

Viele Grüße
Felix Brandt""", quote=False),
      tz=1),

    C("o47-salas-presupuesto", "es", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Rodrigo Salas <rodrigo.salas@salas-eventos.example>", "gmail_es", "Presupuesto aniversario de empresa",
      "Spanish company: the quote is promised for Monday ('te escribo el lunes'), never sent; the customer chases and waits.",
      cu("11-10 10:00", """Hola, Lucía:

Necesitamos el presupuesto para el 25 aniversario de nuestra empresa el 20 de marzo: unas 70 personas, cena de tres platos y barra libre de dos horas. ¿Nos lo podrías mandar esta semana?

Saludos,
Rodrigo Salas"""),
      ag("lucia", "11-10 13:00", """Hola, Rodrigo:

Claro que sí. Estoy cerrando los precios de la barra libre con Nadia y te escribo el lunes con el presupuesto completo.

Un saludo,
Lucía""", promises=[("11-16", None)]),
      cu("11-18 10:00", """Hola, Lucía:

¿Hay novedades del presupuesto? Lo necesito para la reunión de dirección del viernes.

Gracias,
Rodrigo""", chase=True),
      tz=1),

    C("o48-abernethy-attached", "en", "closed", {},
      "Ruth Abernethy <ruth@abernethy-gp.example>", "outlook", "Winter menu please",
      "A request and a question answered with 'Attached - and yes' and the menu; the agent closes the ticket explicitly.",
      cu("11-05 16:00", """Please send the winter menu and let me know whether under-12s are half price.

Thanks,
Ruth Abernethy
Practice Manager, Abernethy Surgery"""),
      ag("callum", "11-05 17:10", """Attached - and yes, they are. I'll close this one off now.

Callum""", closes=True, attach=[("application/pdf", "winter-menu-2026.pdf", WINTER_MENU_PDF)])),

    C("o49-blythe-retreat", "en", "pending", {"unanswered-question": 2},
      "Connor Blythe <connor@blythe-yoga.example>", "gmail", "Yoga retreat weekend in May",
      "Three questions for a retreat weekend; only the sleeping capacity is answered, exclusive use and a fully plant-based kitchen are not. Signature URL with '?'.",
      cu("11-16 08:00", """Hi,

I run small wellness retreats and I'm looking at Orchard Barn for a weekend in May 2027 (about 20 people). Would we have exclusive use of the barn and the orchard for the whole weekend? I'd want to run morning yoga in the orchard if the weather allows. Your website mentions cottages - how many people can sleep on site? And is the kitchen able to do a fully plant-based menu for all meals, including breakfast?

Thanks so much,
Connor
Blythe Yoga | https://blythe-yoga.example/retreats?season=spring""", uq=2),
      ag("poppy", "11-16 11:00", """Hi Connor,

What a lovely fit for the barn. The two cottages sleep 12 between them, and from May there are bell tents in the orchard for another 10, so 20 works nicely.

Poppy""")),

    C("o50-harrow-book-launch", "en", "pending", {"unanswered-question": 1},
      "Felicity Harrow <felicity@harrow-books.example>", "apple", "Book launch - signing table and wine",
      "Nadia hands the wine question to Callum, who answers it the next day; the signing table is never mentioned.",
      cu("11-17 11:00", """Hello,

We're launching a novel at the barn on 10 December (evening, 70 guests). Could you provide a signing table with a cloth for the author? We'd also like to know whether you can do a local English sparkling wine instead of prosecco, and what the price difference would be.

Best wishes,
Felicity Harrow
Harrow & Daughters Books""", uq=1),
      ag("nadia", "11-17 14:00", """Hi Felicity,

Congratulations to your author! Callum will answer the wine question - I'll let him choose a good one.

Nadia""", promises=[("window", 3)]),
      ag("callum", "11-18 10:00", """Hi Felicity,

We stock a sparkling from the Frome Valley, ten miles away - £7 a head more than prosecco for a glass on arrival and a top-up.

Callum""")),

    C("o51-ellison-photo-booth", "en", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Grace Ellison <grace@ellison-yard.example>", "gmail", "Photo booth and late licence",
      "Friday-night mail chased on Monday ('just checking in'); the reply allows the photo booth and ignores the licence extension.",
      cu("11-06 22:00", """Hi Poppy,

Is a photo booth allowed inside the barn? We'd hire it ourselves. And would it be possible to extend the licence to 1am for an extra fee?

Grace""", uq=1),
      cu("11-09 12:00", """Hi Poppy, just checking in on my email from Friday - we need to book the photo booth company this week.

Grace""", chase=True),
      ag("poppy", "11-09 14:00", """Hi Grace,

Sorry, Friday-night emails sometimes get buried! Photo booths are fine - the corner by the bar has a socket and plenty of room.

Poppy""")),

    C("o52-oberholzer-reisegruppe", "de", "closed", {"unanswered-question": 1},
      "Bernd Oberholzer <b.oberholzer@oberholzer-reisen.example>", "outlook_de", "Reisegruppe – Abendessen 14. Januar",
      "German tour operator: menu and coach access answered, the cancellation deadline request is not.",
      cu("11-03 09:00", """Sehr geehrte Damen und Herren,

wir bringen am 14. Januar eine Reisegruppe von 32 Personen nach Herefordshire und suchen ein Lokal für ein Abendessen mit englischen Spezialitäten. Können Sie uns für diesen Abend ein Menü anbieten? Der Bus müsste direkt am Eingang halten können – ist das bei Ihnen möglich? Bitte teilen Sie uns auch mit, bis wann wir kostenfrei stornieren können.

Mit freundlichen Grüßen
Bernd Oberholzer
Oberholzer Reisen""", uq=1),
      ag("felix", "11-03 12:00", """Sehr geehrter Herr Oberholzer,

sehr gern! Für den 14. Januar schlagen wir ein typisch englisches Menü vor: Pastinakensuppe, Beef and Ale Pie und Sticky Toffee Pudding für 39 £ pro Person. Reisebusse halten direkt vor der Scheune, der Hof ist groß genug zum Wenden.

Mit freundlichen Grüßen
Felix Brandt"""),
      tz=1),

    C("o53-gutierrez-traduccion", "es", "pending", {"unanswered-question": 1},
      "Lorena Gutiérrez <lorena@gutierrez-diseno.example>", "gmail_es", "Ceremonia civil y traducción",
      "Spanish bride: a friend may interpret the civil ceremony (form attached); the signed contract she asks for is not sent. Opens with a pleasantry.",
      cu("11-18 12:00", """Hola Lucía, ¿qué tal todo?

Nos casamos en vuestra granja en junio y la mitad de los invitados no habla inglés. ¿El registro civil permite que un amigo traduzca la ceremonia al español? Y otra cosa: necesitamos que nos enviéis el contrato firmado en PDF, porque el que recibimos no lleva vuestra firma.

Gracias,
Lorena""", uq=1),
      ag("lucia", "11-18 15:00", """Hola, Lorena:

Sí, el registro civil de Herefordshire lo permite siempre que el intérprete no sea familiar directo y firme una declaración el mismo día; os adjunto el formulario.

Un abrazo,
Lucía""", attach=[("application/pdf", "declaracion-interprete.pdf", FORM_PDF)]),
      tz=1),

    C("o54-brennan-christening", "en", "closed", {"unanswered-question": 2},
      "Aoife Brennan <aoife.brennan@brennanhome.example>", "gmail", "Christening lunch 17 January",
      "Multipart mail: the date is confirmed, high chairs and bringing their own christening cake are not answered.",
      cu("11-08 19:00", """Hi there,

We're having our daughter's christening at St Mary's in Hatchford on Sunday 17 January and would like to come to you for lunch afterwards, around 40 people. Do you have room for us that day? Would high chairs be available (we need about four)? Also, is it OK to bring a christening cake from our own baker?

Thanks,
Aoife""", uq=2, kind="alt"),
      ag("nadia", "11-09 09:30", """Hi Aoife,

Congratulations! The garden room is free on 17 January from 12:30 and seats 40 comfortably.

Nadia""")),

    C("o55-hartnell-cider-stall", "en", "closed", {"missed-follow-up": 1},
      "Will Hartnell <will@hartnell-cider.example>", "oldclient", "Cider stall at the Christmas market",
      "Old mail client without a Message-ID; the pitch fee is promised 'on Thursday' and never sent.",
      cu("11-02 10:00", """Hi Ben,

Are you holding the Christmas market in the courtyard again this year? If so we'd love a stall for our cider - what's the pitch fee?

Will Hartnell
Hartnell Cider, Much Marcle""", msgid=False, note="Will Hartnell's enquiry, sent from an old mail client without a Message-ID"),
      ag("ben", "11-02 14:00", """Hi Will,

The market is on for Saturday 12 December. Pitch fees get set at Wednesday's team meeting - I'll let you know the figure on Thursday.

Ben""", promises=[("11-05", None)])),
]

UNANSWERED: dict[str, list[str]] = {
    "o02-adeyemi-tasting-corkage": [
        "Also, what is the corkage charge if we bring our own champagne for the toast?"],
    "o06-lacombe-seminaire": [
        "Avez-vous un vidéoprojecteur et un écran dans la salle ?"],
    "o09-tranter-long-paragraph": [
        "On the food side, can the children's meals be served at the same time as the adults' starters?",
        "And one last thing, could you send us the name of the photographer you mentioned, the one who did the autumn wedding in your brochure?"],
    "o14-nwosu-ruby-lunch": [
        "Could you also tell me whether we can bring our own cake?"],
    "o17-engel-sommerfest": [
        "Und dürfen wir für die Kinder der Mitarbeiter eine Hüpfburg auf der Wiese aufstellen?"],
    "o23-fairbairn-walled-garden": [
        "For the drinks reception after the ceremony, could we have it in the walled garden instead of the courtyard?"],
    "o28-sorensen-paperwork": [
        "I need your VAT registration number for our gift aid paperwork."],
    "o29-carrick-band": [
        "Also they want to know if there's a green room they can use between sets."],
    "o33-hansen-rechnung": [
        "Könnten Sie die Rechnung bitte auf unsere britische Tochter, Hansen Engineering Ltd, ausstellen statt auf die GmbH?"],
    "o35-villalobos-mariachis": [
        "¿Podemos traer un grupo de mariachis para el cóctel?"],
    "o38-barraclough-floor-plan": [
        "And is there a hanging point above the stage for a banner?"],
    "o40-brightwell-second-mic": [
        "Please also send the lunch menu options so I can circulate them to the team."],
    "o41-langford-four-things": [
        "Can we have a branded ice sculpture on the bar?",
        "Please send over an invoice for the 30 % deposit so we can raise a PO."],
    "o45-marchand-gala": [
        "pouvez-vous nous réserver des chambres dans les cottages pour l'équipe de direction ?",
        "Je voudrais aussi savoir si un DJ peut jouer jusqu'à 2h du matin."],
    "o49-blythe-retreat": [
        "Would we have exclusive use of the barn and the orchard for the whole weekend?",
        "And is the kitchen able to do a fully plant-based menu for all meals, including breakfast?"],
    "o50-harrow-book-launch": [
        "Could you provide a signing table with a cloth for the author?"],
    "o51-ellison-photo-booth": [
        "And would it be possible to extend the licence to 1am for an extra fee?"],
    "o52-oberholzer-reisegruppe": [
        "Bitte teilen Sie uns auch mit, bis wann wir kostenfrei stornieren können."],
    "o53-gutierrez-traduccion": [
        "necesitamos que nos enviéis el contrato firmado en PDF, porque el que recibimos no lleva vuestra firma."],
    "o54-brennan-christening": [
        "Would high chairs be available (we need about four)?",
        "Also, is it OK to bring a christening cake from our own baker?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's enquiry number for the message ``key`` (stable, derived from the key)."""
    return f"OBE-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts."""
    msgs: list[Msg] = []
    last_human: str | None = None
    for i, spec in enumerate(case.specs, 1):
        o = dict(spec.opts)
        key = f"{case.name}.{i}"
        parent_no = o.pop("parent", None)
        parent = f"{case.name}.{parent_no}" if parent_no else (None if parent_no == 0 else last_human)
        extra = list(o.pop("extra", []))
        body = spec.body
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", ""), "msgid": o.pop("msgid", True)}
        if spec.role == "agent":
            who = o.pop("who")
            frm, client, sig = AGENTS[who]
            client = o.pop("client", client)
            date = at(spec.when)
            if o.pop("sig", True):
                body = body.rstrip("\n") + "\n\n" + sig
            promises = [(date + FOLLOW_UP_WINDOW if day == "window" else end_of(day),
                         f"{case.name}.{kept}" if kept else None)
                        for day, kept in o.pop("promises", [])]
            m = Msg(**common, client=client, frm=frm, to=o.pop("to", case.customer), date=date,
                    agent=who, promises=promises, closes=o.pop("closes", False))
        elif spec.role == "ack":
            date = at(spec.when)
            ref = ticket_ref(f"{case.name}.{i - 1}")
            body = body.format(ref=ref)
            extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=DESK, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", DESK),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if not m.subject:
            prefix = REPLY_PREFIX.get(m.client, "Re: ")
            m.subject = o.pop("subject", prefix + case.subject if parent else case.subject)
        if parent and o.pop("quote", True) and "{quote}" not in body:
            body = body.rstrip("\n") + "\n\n{quote}"
        o.pop("quote", None)
        if o:
            raise ValueError(f"{key}: unknown options {sorted(o)}")
        m.body = body
        m.extra = extra
        if spec.role in ("customer", "agent"):
            last_human = key
        msgs.append(m)
    return msgs


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none for ``msgid=False``) and raw bytes, parents
    first (mailcraft.render_corpus, except that a message may lack a Message-ID)."""
    ordered = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in ordered}
    for m in ordered:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to)]
        if m.cc:
            headers.append(("Cc", m.cc))
        headers += [("Subject", m.subject), ("Date", email.utils.format_datetime(m.date))]
        m.raw = mailcraft.build(m, headers + m.extra, by_key, PROFILE)


def build_cases() -> list[Case]:
    """Every case with its messages rendered (Message-IDs, raw bytes, own text) and the
    unanswered-question facts attached to the customer message that asks each question."""
    for case in CASES:
        case.msgs = materialise(case)
    render([m for c in CASES for m in c.msgs])
    for case in CASES:
        for m in case.msgs:
            m.uq = []
        for q in case.uq:
            asking = next((m for m in case.msgs if m.role == "customer" and q in m.own), None)
            if asking is not None:
                asking.uq.append(q)
    return CASES


def problems(cases: list[Case]) -> list[str]:
    """Where the hand-written labels disagree with the messages' facts and dates."""
    out = []
    names = [c.name for c in cases]
    if len(set(names)) != len(names):
        out.append("duplicate case names")
    for c in cases:
        dates = [m.date for m in c.msgs]
        if dates != sorted(dates):
            out.append(f"{c.name}: messages are not listed in date order")
        status = mailcraft.contract_status(c.msgs, CONTRACT)
        if status != c.status:
            out.append(f"{c.name}: status {c.status}, facts say {status}")
        rules = mailcraft.contract_rules(c.msgs, CONTRACT)
        if rules != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {rules}")
        for q in c.uq:
            if not any(q in m.own for m in c.msgs if m.role == "customer"):
                out.append(f"{c.name}: labelled question {q!r} is in no customer message")
        for m in c.msgs:
            if m.role in ("customer", "auto") and len(m.uq) != m.asks_unanswered:
                out.append(f"{m.key}: asks {m.asks_unanswered} unanswered questions, labels hold {len(m.uq)}")
            if not m.message_id and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 28: Orchard Barn Events - cases",
                                 "make_practice28_corpus.py", rows)


def stats(cases: list[Case]) -> dict:
    """The figures README.md quotes, counted from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    rules = Counter()
    for c in cases:
        rules.update(c.rules)
    return {
        "cases": len(cases),
        "messages": len(msgs),
        "customer": sum(m.role == "customer" for m in msgs),
        "auto": sum(m.role == "auto" for m in msgs),
        "agent": sum(m.role == "agent" for m in msgs),
        "ack": sum(m.role == "ack" for m in msgs),
        "clean": sum(not c.rules for c in cases),
        "langs": Counter(c.lang for c in cases),
        "status": Counter(c.status for c in cases),
        "rules": rules,
        "uq_cases": sum(bool(c.uq) for c in cases),
    }


README = """# Practice corpus 28: Orchard Barn Events support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one. Use it to
measure, not to tune: once the heuristics have been changed because of its cases, it is no
longer unseen.

- Company: **Orchard Barn Events**, a wedding and events venue with its own catering on a
  farm in Herefordshire (barn, marquee, walled garden, orchard, two cottages): weddings,
  corporate parties and away days, christenings and anniversaries, menu tastings, dietary
  requirements, deposits and invoices, outside suppliers (florists, bands, photographers),
  licensing hours. Support address `events@orchardbarn.example`; agents Poppy Larkin
  (wedding coordinator), Callum Reddaway (head chef), Nadia Osei (bookings and accounts),
  Ben Ashdown (venue manager), Felix Brandt (German-speaking guests), Amélie Roux
  (French-speaking guests) and Lucía Ferrer (Spanish-speaking guests), all
  `@orchardbarn.example`. A helpdesk robot acknowledges a few enquiries with "we will reply
  within 24 hours" - service-hours text, not a commitment.
- Customers are couples, families, office managers, event planners, suppliers and tour
  operators on their own invented `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain orchardbarn.example`.

```
python scripts/make_practice28_corpus.py                   # regenerate (deterministic, stdlib only)
python scripts/evaluate.py --corpus tests/practice28       # accuracy of the current tool
python -m pytest -q tests/test_practice28_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md): a question deferred with a promise counts only as that promise; one
`customer-chased` per chasing message. `CASES.md` is the generated per-case table. Do not
edit generated files (this README included); edit the script and rerun it.

## Contents

{cases} cases, {messages} messages: {inbox} in the inbox ({customer} customer mails and {auto}
customer out-of-office reply), {agent} support replies, {ack} helpdesk acknowledgements.
{clean} clean cases ({clean_pct} %). Languages: {langs}. Statuses: {status}.

Expected findings: {rules}. Unanswered questions are spread over {uq_cases} cases.

By design:

- **Several questions per mail** in varied forms: numbered lists (o01, o41), plain lists
  (o03, o18, o37, o46), questions inside one long paragraph (o09, o49), indirect ones ("Could
  you also tell me whether...", "Je voudrais aussi savoir si...", "quisiera saber si...",
  "they want to know if..."), requests without a question mark ("Please send...", "I need
  your VAT registration number...", "Bitte teilen Sie uns auch mit...", "necesitamos que nos
  enviéis...").
- **Answers in support's own words**: out of order (o01, o05), one sentence answering two
  questions (o24 "Neither costs a penny more", o28, o32 "beides geht"), only a number (o11
  "160."), only a date (o10), only a time (o03, o18, o46), only a link (o19), "Attached - and
  yes" (o48), yes/no without repeating the question (o22 "Per pig", o37 "Crackers: go for
  it"), inline under the quoted questions (o03, o18, o46), by a colleague (o13, o14, o50).
- **Unanswered** the realistic way: a secondary question skipped (o02, o06, o14, o35, o52), a
  neighbouring question answered instead (o23), requests made in passing (o28, o33, o40,
  o53), two of four numbered items (o41), two of three questions (o49, o54), a question in a
  later mail (o29).
- **Not questions**: a rhetorical and a self-answered question (o12), pleasantries ("Hope you
  all survived the October rush?", "¿qué tal todo?"), questions inside a forwarded florist's
  mail in an HTML-only message (o20), signatures with "?" and URLs with "?", thanks-only
  replies, a question in the latest unanswered mail (awaiting reply, o43).
- **Commitments** kept on time (o13 by a colleague, o39 no deadline, o50 a hand-over), kept
  late (o04 "tomorrow", o07 "te lo confirmo el jueves", o30 "early next week", o34 "je vous
  confirme demain", o40 "by Tuesday"), never kept (o17 "bis Mittwoch", o31 "by end of day",
  o38 "tomorrow", o44 "she'll be in touch by Friday", o47 "te escribo el lunes", o55 "on
  Thursday"), still ahead at audit time (o25); logistics and offers that are not promises
  (o20, o33).
- **Chasing**: "Any news on...?", "Still waiting to hear back", "just checking in",
  "Just following up" by a colleague of the customer (o40), "gibt es schon Neuigkeiten",
  "Je me permets de revenir vers vous", "¿Han podido ver mi correo?" and "Sigo esperando"
  (o36, two chases), a word-for-word resend as a new mail (o26). Not a chase: a second mail
  that adds the date before any reply (o11).
- **Mail variety**: Gmail (en/de/es), Outlook desktop (en/de), Outlook on the web, Outlook
  for Android, Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old client without a
  Message-ID (o55); plain 7bit, quoted-printable, base64 (o32), multipart/alternative (o54
  and the acknowledgements), HTML-only (o20); PDF and PNG attachments; a reply without
  threading headers (o27); a customer out-of-office reply (o21); an explicit close followed
  by a new question (o16); three agents on one case (o14).

## Judgement calls

- **A neighbouring answer is not an answer** (o23): asked to move the drinks reception to the
  walled garden, the agent writes about heaters "in the courtyard". The request is labelled
  unanswered; a reader who takes the reply as an implicit "no" would drop that one label.
- **Deferral is not an unanswered question** (o04, o07, o17, o25, o30, o31, o34, o38, o40,
  o44, o47, o55): a question deferred with a promise counts only through `missed-follow-up`
  when the promise is broken or kept late.
- **A request bundled in one sentence is one question**: o40's "Please also send the lunch
  menu options so I can circulate them to the team." is one finding.
- **A hand-over to a named colleague is a promise** (o14 "Ben can tell you more ... I've
  copied him in", o50 "Callum will answer the wine question"): kept within the 2-day window,
  so no finding.
- **o11**: Sam's second mail adds the date before any reply - new information, not a chase.
- **o36**: two chasing messages, two `customer-chased` findings.
- **o55**: the customer's enquiry has no Message-ID (`null` in labels.json, with a note).

## Independence

Written from the brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py and scripts/make_practice24_corpus.py
with tests/test_practice24_corpus.py (structure only). Not opened: `happyaudit/`, any other
test file, other corpora. All labels were fixed before the single evaluation run and none
was changed after it.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the figures counted from the cases."""
    s = stats(cases)
    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    return README.format(
        cases=s["cases"], messages=s["messages"], inbox=s["customer"] + s["auto"],
        customer=s["customer"], auto=s["auto"], agent=s["agent"], ack=s["ack"], clean=s["clean"],
        clean_pct=round(100 * s["clean"] / s["cases"]),
        langs=", ".join(f"{names[k]} {v}" for k, v in s["langs"].most_common()),
        status=", ".join(f"{v} {k}" for k, v in s["status"].most_common()),
        rules=", ".join(f"{r} {s['rules'][r]}" for r in RULES if s["rules"][r]),
        uq_cases=s["uq_cases"])


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.orchardbarn.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(readme(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent if p["Message-ID"]}
    by_date = {(p["From"].addresses[0].addr_spec, p["Date"]): (p, p in inbox)
               for p in inbox + sent if not p["Message-ID"]}
    for m in (m for c in cases for m in c.msgs):
        if m.message_id:
            parsed, in_mbox = by_id[m.message_id]
        else:
            parsed, in_mbox = by_date[(addr_of(m.frm)[1], email.utils.format_datetime(m.date))]
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, in_mbox))
    return [p for p in found if p]


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit(f"refusing to write tests/{NAME}:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit(f"refusing to write tests/{NAME}:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice28 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
