#!/usr/bin/env python3
"""Regenerate ``tests/practice66/``: a labelled corpus of Brindle & Bay Pet Supplies.

A support mailbox of a fictional online pet shop that sells food, litter, treats and
accessories, much of it on repeat-delivery subscriptions (plan changes, skips and pauses,
double charges, vet-authorised diets, nutrition questions, damaged and short deliveries,
returns, loyalty points, trade, breeder and rescue accounts), written without looking at the
detection heuristics, with many multi-question customer mails. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``brindlebay.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains (figures computed here).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice66_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
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
SUPPORT_DOMAIN = "brindlebay.example"
CARE = "Brindle & Bay Care <care@brindlebay.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "fern": ("Fern Oduya <fern@brindlebay.example>", "thunderbird", """-- 
Fern Oduya
Customer Care | Brindle & Bay Pet Supplies
Where's my order? https://brindlebay.example/track?src=email-sig"""),
    "callum": ("Callum Price <callum@brindlebay.example>", "outlook", """Callum Price
Subscriptions & Billing | Brindle & Bay Pet Supplies
Manage your plan: https://brindlebay.example/account/plan?src=email"""),
    "nell": ("Nell Hargreaves <nell@brindlebay.example>", "apple", """Nell Hargreaves RVN
Nutrition Advice Line | Brindle & Bay Pet Supplies
Our advice does not replace your vet's. Is your pet unwell? Please call your vet first."""),
    "devika": ("Devika Rao <devika@brindlebay.example>", "owa", """Devika Rao
Orders & Deliveries | Brindle & Bay Pet Supplies
This email and any attachments are confidential and intended solely for the addressee.
Brindle & Bay Pet Supplies Ltd, registered in England no. 11842207."""),
    "sam": ("Sam Whitlock <sam@brindlebay.example>", "gmail", """--
Sam Whitlock
Trade, Breeder & Rescue Partnerships | Brindle & Bay Pet Supplies
01632 960 418 | https://brindlebay.example/trade?utm_source=email&utm_medium=sig"""),
    "lukas": ("Lukas Brenner <lukas@brindlebay.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenservice Deutschland/Österreich | Brindle & Bay Pet Supplies
https://brindlebay.example/de/hilfe?ref=signatur"""),
    "camille": ("Camille Roux <camille@brindlebay.example>", "apple_fr", """Camille Roux
Service client France/Belgique | Brindle & Bay Pet Supplies
https://brindlebay.example/fr/aide?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@brindlebay.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente | Brindle & Bay Pet Supplies
https://brindlebay.example/es/ayuda?ref=firma"""),
}

ACK = """Hi there,

Thanks for getting in touch with Brindle & Bay. This is an automatic reply to let
you know your message has reached us (reference {ref}). Our care team works
Monday to Saturday, 8am-6pm, and we will reply within 24 hours.

Is your parcel out for delivery today? You can follow it live at
https://brindlebay.example/track?ref={ref}

Brindle & Bay Pet Supplies - Customer Care"""

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: QUALCOMM Windows Eudora Version 7.1.0.9"],
    "helpdesk": ["X-Mailer: Brindle & Bay Helpdesk 5.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="bb.", outlook_server="CWLP265")
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
    """A reply by support agent ``who`` at ``when`` (London time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in London: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

SPLIT_BAG_JPG_LIKE = mailcraft.png(14, 10, lambda x, y: (150 + 6 * x, 110 + 4 * y, 60))
BED_PNG = mailcraft.png(12, 12, lambda x, y: (90 + 10 * (x % 4), 70 + 8 * (y % 5), 50))
SCRATCHER_PNG = mailcraft.png(10, 10, lambda x, y: (190, 160 - 5 * y, 120 + 3 * x))
FEEDER_PNG = mailcraft.png(16, 6, lambda x, y: (230 - 9 * y, 230 - 9 * y, 225 - 2 * x))
RETURN_LABEL_PDF = mailcraft.pdf(["Brindle & Bay Pet Supplies - Etiqueta de devolucion",
                                  "Pedido BB-423017 - 2 x arena aglomerante 10 kg",
                                  "Correos Paq Retorno - franqueo pagado",
                                  "Referencia RMA-66-0412"])
BATCH_LABEL_PDF = mailcraft.pdf(["Brindle & Bay Pet Supplies - Courier collection label",
                                 "Return for quality testing: Indoor Cat Chicken 2kg",
                                 "Batch L2610-44 - prepaid, drop at any parcel shop",
                                 "Ref QA-2611-118"])
DAYCARE_QUOTE_PDF = mailcraft.pdf(["Brindle & Bay Pet Supplies - Trade quotation TQ-2611-207",
                                   "Wagging Tails Daycare - monthly order",
                                   "Adult Salmon kibble 15kg x 8, compostable bags x 4 boxes",
                                   "Total GBP 612.40 after 8% trade discount, valid to 31/12/2026"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("b01-okafor-kitten-to-adult", "en", "closed", {},
      "Hannah Okafor <hannah.okafor@inboxly.example>", "gmail", "Lily's food - switching to adult",
      "Three changes to a cat-food subscription (product, interval, kibble size) answered in one paragraph, out of order.",
      cu("11-02 08:14", """Hi there,

Lily (the tabby) turns one next week so I think it's time to move her off the kitten food. A few things while I'm at it.

Can you swap the Kitten Chicken 2kg on my subscription for the adult version? Also I'd like to stretch the deliveries from every 4 weeks to every 5 - we always seem to have half a bag left over when the next one lands. Is the adult kibble the same size as the kitten one? She's fussy about texture.

Thanks so much,
Hannah Okafor"""),
      ag("callum", "11-02 11:05", """Hi Hannah,

Happy early birthday to Lily! The adult kibble is a little bigger (about 9mm against 7mm) but it's the same recipe base, so most cats don't notice the change. From your next box you'll get the Adult Chicken 2kg instead, and the plan now runs every 5 weeks - so the next delivery is due on 7 December rather than 30 November.

Best wishes,
Callum""")),

    C("b02-marsh-split-bag", "en", "closed", {"unanswered-question": 1},
      "Graham Marsh <graham.marsh@marshfamily.example>", "outlook", "Split bag of dog food - order BB-418822",
      "A split 12kg bag: replacement sent and no return needed; the request about where the courier leaves parcels is skipped; thanks-only close.",
      cu("11-03 18:22", """Hello,

Our order BB-418822 arrived today and the 12kg bag of Working Dog Turkey had split down the side. The driver left it on the doorstep and by the time I got home about a third of it was all over the step and soaked through. Photo attached.

Please send a replacement bag. Do I need to send the damaged one back or can I just bin it? Could you also ask your courier to leave parcels in the porch in future, which is what our delivery note says?

Regards,
Graham Marsh""", uq=1, attach=[("image/png", "IMG_4471.png", SPLIT_BAG_JPG_LIKE)]),
      ag("devika", "11-04 09:10", """Dear Mr Marsh,

I'm sorry about the state of that bag. A new 12kg Working Dog Turkey went out this morning on a next-day service at no charge to you; the courier will text you a tracking link.

There's no need to return the split one - please dispose of it, or keep whatever is still dry and usable.

Kind regards,
Devika"""),
      cu("11-04 12:30", """Thank you, that was quick.

Graham""", thanks=True)),

    C("b03-tully-harness-size", "en", "closed", {},
      "Maisie Tully <maisie.tully@cloudpost.example>", "iphone", "Harness size for a whippet",
      "Harness sizing from chest and neck measurements plus free exchanges, both answered; thanks-only close.",
      cu("11-05 19:48", """Hi! Thinking of getting the Trailblazer harness for my whippet Pip. Her chest is 52cm and neck 30cm - which size would you go for? Whippets are awkward shapes lol. And if it's wrong can I swap it without paying postage again?

Maisie

Sent from my iPhone"""),
      ag("fern", "11-06 08:35", """Hi Maisie,

For a 52cm chest the M (48-58cm) is the one - the L starts at 58 and would slip right off a whippet. Swaps are free within 30 days: there's a prepaid returns label in every box, so just pop the harness back in unworn with the tags on.

Best,
Fern"""),
      cu("11-06 09:02", """Brilliant thank you!! Ordered the M 🐾

Sent from my iPhone""", thanks=True)),

    C("b04-gallagher-double-charge", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Ruairi Gallagher <ruairi.g@kestrelmail.example>", "gmail", "Charged twice for October box",
      "Double charge: refund confirmation promised 'by Thursday' arrives the next Monday after a chase; the PayPal question is never answered.",
      cu("11-09 21:10", """Hi,

I've been charged twice for my October subscription box - £38.40 on the 28th and again on the 29th. Only one box turned up. Can you refund the second payment please?

While I'm writing: is it possible to pay for the subscription with PayPal instead of a card? My card is up for renewal next month and I'd rather not go through this again.

Cheers,
Ruairi""", uq=1),
      ag("callum", "11-10 10:20", """Hi Ruairi,

Sorry about that - I can see both payments. It looks like a retry after a bank timeout went through as a second charge. I've asked our payments team to confirm which transaction to reverse, and I'll come back to you by Thursday with the refund confirmation.

Best wishes,
Callum""", promises=[("11-12", 4)]),
      cu("11-16 08:05", """Hi Callum,

Any news on the double charge? Both payments are still showing on my statement this morning.

Ruairi""", chase=True),
      ag("callum", "11-16 12:40", """Hi Ruairi,

Apologies for the wait. The second payment of £38.40 was refunded to your card today; banks usually take 3-5 working days to show it. The reference is RF-20931 if you need to quote it.

Best wishes,
Callum""")),

    C("b05-hofer-streu-oesterreich", "de", "closed", {},
      "Sabine Hofer <sabine.hofer@hofer-wien.example>", "outlook_de", "Katzenstreu nach Österreich",
      "Austrian customer: delivery to Austria, shipping cost and a three-week subscription answered together; a follow-up about the carrier answered too.",
      cu("11-02 09:30", """Guten Tag,

ich habe zwei Katzen und bekomme Ihr Klumpstreu "Bay Fresh" bisher über einen Bekannten in Deutschland. Liefern Sie auch nach Österreich, und wenn ja, was kostet der Versand für zwei Säcke à 10 kg?

Außerdem würde ich das Streu gern im Abo bestellen, am liebsten alle drei Wochen. Geht das, oder gibt es nur feste Intervalle?

Mit freundlichen Grüßen
Sabine Hofer"""),
      ag("lukas", "11-02 10:45", """Sehr geehrte Frau Hofer,

ja, wir liefern nach Österreich - für zwei Säcke à 10 kg berechnen wir 6,90 € Versand, ab 49 € Bestellwert ist er kostenlos. Im Abo können Sie jedes Intervall zwischen zwei und zwölf Wochen frei wählen, drei Wochen sind also kein Problem.

Mit freundlichen Grüßen
Lukas Brenner"""),
      cu("11-02 13:05", """Vielen Dank! Noch eine Frage: Kommt das Streu mit DHL oder mit der Post? Bei DHL müsste ich mir sonst erst eine Abstellgenehmigung einrichten.

Grüße
S. Hofer"""),
      ag("lukas", "11-02 14:20", """Sehr geehrte Frau Hofer,

nach Österreich versenden wir mit der Österreichischen Post, eine Abstellgenehmigung bei DHL brauchen Sie also nicht.

Mit freundlichen Grüßen
Lukas Brenner"""), tz=1),

    C("b06-ashdown-kennels-bulk", "en", "closed", {"unanswered-question": 2},
      "Bronwen Ashdown <bronwen@ashdownkennels.example>", "thunderbird", "Puppy food for our kennel",
      "Breeder's four-part enquiry: price and pallet delivery answered; the puppy-pack scheme and the pro-forma invoice are skipped.",
      cu("11-03 14:02", """Good afternoon,

I run a small breeding kennel (Welsh springers) and we're looking to move our puppy food over to you from our current supplier. We'd need around 10 bags of the Puppy Lamb & Rice 15kg every six weeks.

What would that work out at per bag? Do you deliver that sort of quantity on a pallet, or does it come as separate parcels? Do you have a puppy-pack scheme for new owners, like some of the bigger brands do? Please also send me a pro-forma invoice made out to Ashdown Kennels so our accountant can set you up as a supplier.

Many thanks,
Bronwen Ashdown
Ashdown Kennels, Llandeilo
https://ashdownkennels.example/litters?year=2026""", uq=2),
      ag("sam", "11-03 16:40", """Hi Bronwen,

Thanks for thinking of us. At 10 bags the Puppy Lamb & Rice 15kg comes to £52.80 a bag including VAT (the shop price is £58.90). An order that size goes out on a half pallet with a two-person crew, so someone needs to be there to sign, and the driver phones an hour ahead.

Best regards,
Sam""")),

    C("b07-perrin-renal-diet", "en", "pending", {},
      "Daniel Perrin <d.perrin@perrinhome.example>", "apple", "Renal food - vet authorisation",
      "Vet-authorised renal diet: what the vet must send and how long it takes; the customer's later 'let me know when approved' is answered.",
      cu("11-16 10:15", """Hello,

Our 14-year-old cat Mabel has just been diagnosed with early kidney disease, and our vet has suggested the Renal Support dry food, which your site says needs "vet authorisation". What exactly do you need from our vet, and how long does it usually take before I can order?

Thanks,
Daniel Perrin"""),
      ag("nell", "11-16 11:30", """Dear Daniel,

I'm sorry to hear about Mabel. Your vet just needs to fill in the short authorisation form at https://brindlebay.example/vet-auth?product=renal - it takes them a couple of minutes - and most are approved the same working day once they reach us. After that the Renal Support unlocks on your account.

Kind regards,
Nell"""),
      cu("11-17 09:05", """Hi Nell,

Our vet (Castle Street Veterinary Centre, Dr Amrit Bains) says she sent the form through yesterday afternoon. Could you let me know when it's been approved? I'd like to get the first bag ordered before the weekend.

Thanks,
Daniel"""),
      ag("nell", "11-17 10:20", """Dear Daniel,

Yes, it's through - Dr Bains's form was approved this morning, and Renal Support now shows as available on your account. If you order before 2pm today it goes out for delivery tomorrow.

Kind regards,
Nell""")),

    C("b08-castellan-cat-tree-screws", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ifeoma Castellan <ifeoma@castellan.example>", "owa", "Cat tree - fittings missing",
      "Missing bolts for a cat tree: a fittings pack is sent but the promised tracking number 'tomorrow' never comes; the sisal-rope question is skipped.",
      cu("11-04 20:45", """Hello,

We received the Highrise cat tree (order BB-420157) yesterday, but the little bag of bolts and the allen key weren't in the box. The instructions say there should be 14 bolts and we've got none. Could you send a fittings pack?

Also, is the replacement sisal rope for the scratching posts sold separately? Ours will be shredded within a month, knowing our two.

Thanks
Ifeoma""", uq=1),
      ag("devika", "11-05 09:25", """Hello Ifeoma,

Sorry about the missing fittings. I've asked the warehouse to send a complete fittings pack (14 bolts and the key) by Royal Mail today, and I'll email you the tracking number tomorrow so you can keep an eye on it.

Regards,
Devika""", promises=[("11-06", None)])),

    C("b09-lemaire-belgique", "fr", "closed", {"unanswered-question": 1},
      "Aurélie Lemaire <aurelie.lemaire@lemaire-famille.example>", "apple_fr", "Livraison en Belgique ?",
      "Belgian customer: delivery to Belgium and lead time answered; the Bancontact question is skipped; thanks-only close.",
      cu("11-06 18:40", """Bonjour,

J'habite à Namur et j'aimerais commander vos croquettes sans céréales pour mon berger australien. Livrez-vous en Belgique ? Si oui, combien de temps faut-il compter pour la livraison ?

Je voudrais aussi savoir si je peux payer par Bancontact, je n'ai pas de carte de crédit.

Merci d'avance et bonne soirée,
Aurélie Lemaire""", uq=1),
      ag("camille", "11-07 09:15", """Bonjour Madame Lemaire,

Oui, nous livrons en Belgique avec bpost : comptez 3 à 4 jours ouvrés après l'expédition. Les frais de port sont offerts dès 59 € d'achat.

Bien cordialement,
Camille"""),
      cu("11-07 11:02", """Merci beaucoup pour votre réponse rapide !

Aurélie""", thanks=True), tz=1),

    C("b10-quayle-skip-box", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Oliver Quayle <oliver.quayle@quaylemail.example>", "gmail", "Skip next delivery please",
      "Request to skip a subscription box gets only the acknowledgement; the customer follows up on his own mail the next evening; still no reply.",
      cu("11-17 07:52", """Hi,

Could you skip my next subscription delivery please? We're away from the 24th for a fortnight and the dog is going to my mum's, who has plenty of food in. Plan number SUB-55120.

Thanks,
Oliver"""),
      ack("11-17 07:53"),
      cu("11-18 19:30", """Hi again - just following up on this, as the box is due to go out on the 23rd and I can't see a skip option in the app. Can someone confirm it's been skipped?

Oliver""", chase=True)),

    C("b11-hollow-oak-rescue", "en", "closed", {},
      "Rosalind Hartley <rosalind@hollowoakrescue.example>", "outlook", "Rescue partner scheme",
      "Rescue charity: how to sign up and delivery to a foster coordinator answered (link + yes); a follow-up about a minimum answered; signature with a '?' URL.",
      cu("11-02 10:10", """Dear Brindle & Bay,

I'm the volunteer coordinator at Hollow Oak Animal Rescue (registered charity 1187342). A supporter mentioned that you run a scheme where customers can add donations for a rescue to their orders. How do we sign up? And would donations be able to go to our foster coordinator's home address rather than to the kennels - we don't have the storage space on site.

Best wishes,
Rosalind Hartley
Hollow Oak Animal Rescue
Thinking of adopting? https://hollowoakrescue.example/dogs?status=available""", kind="alt"),
      ag("sam", "11-02 14:55", """Dear Rosalind,

Lovely to hear from you. The sign-up form for the Rescue Partner scheme is here: https://brindlebay.example/rescue-partners - approval usually takes about a week. Donations can be delivered to any UK address you nominate, so your foster coordinator's house is fine.

Best regards,
Sam"""),
      cu("11-03 09:20", """Hi Sam,

Thanks, I've submitted the form. Is there a minimum amount that has to be donated before you send anything out to us?

Rosalind""", kind="alt"),
      ag("sam", "11-03 11:05", """Hi Rosalind,

No minimum - we ship donations once a month, whatever has built up.

Best regards,
Sam""")),

    C("b12-navarro-pienso-perdido", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Javier Navarro <javier.navarro@navarro-casa.example>", "gmail_es", "Pedido BB-421906 no recibido",
      "Parcel marked delivered but never received: 'le escribo el lunes' kept only on Wednesday after '¿Hay alguna novedad?'; the chase's References skip the agent's mail.",
      cu("11-11 19:20", """Hola:

El pedido BB-421906 (un saco de 12 kg de pienso hipoalergénico de salmón) figura como entregado desde el lunes, pero aquí no ha llegado nada. He preguntado a los vecinos y en la portería y nadie sabe nada. ¿Me pueden decir qué ha pasado? Mi perra tiene alergia y no puede comer otra cosa.

Un saludo,
Javier Navarro"""),
      ag("lucia", "11-12 09:40", """Hola, Javier:

Siento mucho el problema. He abierto una reclamación con la empresa de mensajería para que revisen la prueba de entrega, y le escribo el lunes con lo que me digan.

Un saludo,
Lucía""", promises=[("11-16", 4)]),
      cu("11-18 08:15", """Hola, Lucía:

¿Hay alguna novedad? Sigo sin el pienso y ya casi no me queda.

Javier""", chase=True, refs=[1]),
      ag("lucia", "11-18 10:05", """Hola, Javier:

Disculpe la espera. La mensajería no ha conseguido localizar el paquete, así que le hemos enviado hoy otro saco de 12 kg por servicio urgente y sin coste: llegará mañana antes de las 14:00.

Un saludo,
Lucía"""), tz=1),

    C("b13-achterberg-puppy-switch", "en", "pending", {"unanswered-question": 1},
      "Willemijn Achterberg <willemijn@achterberg.example>", "apple", "Switching Bramble's food",
      "One long paragraph with three questions: mixing schedule and daily grams answered, the dental-sticks question skipped.",
      cu("11-17 21:05", """Hi,

We picked up our cockapoo puppy Bramble three weeks ago and she's been on the breeder's food (some supermarket brand, I think) since then, but I've ordered your Puppy Small Breed Turkey because it had much better reviews and honestly the ingredient list on the old one was a bit of a horror show. She's five months old and about 6kg now, and the vet thinks she'll end up around 9kg. I was wondering whether I should mix the two foods for a while or just switch straight over, because the last time her food was changed (the breeder did it, before we had her) she apparently had a very upset tummy for days. Also how many grams a day should she be having at her age - the chart on the bag gives a range and I can't tell which end to go for. Is it OK to give her the Chew & Clean dental sticks yet, or are they only for adult dogs? Sorry for the essay!

Willemijn""", uq=1),
      ag("nell", "11-18 09:30", """Hi Willemijn,

Not an essay at all. Go gradually: a quarter new food for the first two days, half for the next two, three quarters for two more, then all new from day 7. If her stools go soft, stay on the previous step for an extra day.

At 6kg and five months she needs about 125g a day, split into three meals until she's six months old and then two. Weigh it for the first couple of weeks - cups are surprisingly inaccurate.

Warm wishes,
Nell""")),

    C("b14-fairweather-inline-list", "en", "closed", {},
      "Imogen Fairweather <imogen.fairweather@fairweather.example>", "thunderbird", "Account email, Kong Wobbler, salmon oil",
      "A numbered list of three requests answered inline under each quoted item ('Done', a link, a date).",
      cu("11-03 09:12", """Hello,

Three quick things:

1. Can you change the email address on my account to imogen@fairweather-studio.example? The old one stops working at the end of the month.
2. Do you still sell the Kong Wobbler in the large size? I can only find the small one on the website.
3. When is the wild salmon oil (500ml) due back in stock?

Thanks,
Imogen"""),
      ag("fern", "11-03 11:48", """Hi Imogen,

On 11/3/26 9:12 AM, Imogen Fairweather wrote:
> 1. Can you change the email address on my account to imogen@fairweather-studio.example? The old one stops working at the end of the month.

Done - use the new address to log in from now on.

> 2. Do you still sell the Kong Wobbler in the large size? I can only find the small one on the website.

Yes, it's listed separately: https://brindlebay.example/p/kong-wobbler-large

> 3. When is the wild salmon oil (500ml) due back in stock?

Monday 16 November.

Best,
Fern""", quote=False)),

    C("b15-dunmore-impeller", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Terry Dunmore <terry.dunmore@dunmore.example>", "gmail", "Impeller for BB Flow 600 filter",
      "Old filter's spare impeller: 'come back to you early next week' (said Thursday) kept on Wednesday; the lid-seal question is skipped; thanks-only close.",
      cu("11-04 17:30", """Hi,

The impeller on my external filter (your own brand, the BB Flow 600, bought in 2019) has started rattling and I think it's worn. Do you still stock the replacement impeller for that model? If not, is there a newer one that fits the same housing?

And do you sell the rubber seal ring for the lid as well? Mine has gone hard and it drips.

Also - can I order the carbon cartridges on a subscription? I go through one a month.

Terry""", uq=1),
      ag("devika", "11-05 10:15", """Hi Terry,

Carbon cartridges for the Flow 600 can go on a subscription like any other product - choose 'Repeat every 4 weeks' on the product page.

The 2019 Flow 600 had a different impeller shaft from the current model, so let me check with the manufacturer whether they still make the old one, and I'll come back to you early next week.

Regards,
Devika""", promises=[("11-10", 3)]),
      ag("devika", "11-11 14:20", """Hi Terry,

Good news: the manufacturer still makes the 2019 impeller (part FL6-IMP-A). I've put it on the site for you: https://brindlebay.example/p/fl6-imp-a - £11.95.

Regards,
Devika""", parent=2),
      cu("11-11 15:00", """Great, ordered. Thanks Devika.

Terry""", thanks=True)),

    C("b16-weidmann-rechnungen", "de", "open", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Frank Weidmann <f.weidmann@weidmann-net.example>", "thunderbird_de", "Rechnungen und 2-kg-Beutel",
      "Dog groomer asks for three invoices, a smaller bag and a new delivery address: the bag is answered, the invoices promised 'morgen' never come, the address change is ignored; he chases and waits.",
      cu("11-16 08:40", """Guten Morgen,

für die Buchhaltung unseres Hundesalons bräuchte ich die Rechnungen der letzten drei Monate als PDF. Im Kundenkonto finde ich nur die letzte. Können Sie mir die anderen zuschicken?

Gibt es das Lachs-Trockenfutter inzwischen auch in 2-kg-Beuteln? Die 12 kg sind für unseren kleinen Terrier einfach zu viel, das Futter wird alt.

Und bitte ändern Sie ab dem 1. Dezember die Lieferadresse auf Gartenstraße 12, 79098 Freiburg - wir ziehen um.

Viele Grüße
Frank Weidmann""", uq=1),
      ag("lukas", "11-16 11:00", """Hallo Herr Weidmann,

den Lachs gibt es ab Dezember auch im 2-kg-Beutel; ich habe Sie auf die Benachrichtigungsliste gesetzt. Die Rechnungen von August bis Oktober stelle ich Ihnen zusammen und schicke sie Ihnen morgen gesammelt als PDF.

Viele Grüße
Lukas Brenner""", promises=[("11-17", None)]),
      cu("11-19 14:10", """Hallo Herr Brenner,

gibt es schon etwas Neues zu den Rechnungen? Bei mir ist bisher nichts angekommen.

Viele Grüße
Frank Weidmann""", chase=True), tz=1),

    C("b17-sorensen-gift-card", "en", "open", {},
      "Annika Sorensen <annika.sorensen@sorensen-design.example>", "outlook", "Gift card for our cat sitter",
      "Fresh enquiry on audit day with only the acknowledgement: inside the response target, nothing fires.",
      cu("11-20 09:40", """Hello,

I'd like to buy a gift card for my neighbour, who has looked after our cats all year. Can gift cards be emailed on a particular date (she's away until the 15th of December), and can I add a personal message?

Many thanks,
Annika Sorensen"""),
      ack("11-20 09:41")),
    C("b18-mcbride-wrong-flavour", "en", "pending", {"reopened": 1},
      "Shauna McBride <shauna.mcbride@mcbride.example>", "gmail", "Wrong flavour in my box",
      "Wrong wet-food flavour: replaced and 'I'll mark this ticket as resolved'; ten days later the same mistake reopens the case and is fixed.",
      cu("11-06 12:00", """Hi, my subscription box came today with the Duck & Potato wet food instead of the Salmon & Potato I've been getting for the last year. Barney won't touch duck. Can you swap it?

Shauna"""),
      ag("fern", "11-06 14:30", """Hi Shauna,

Sorry about that - a case of Salmon & Potato (12 x 400g) is on its way to you, tracked and due Monday. Keep the duck; a local rescue might be glad of it. Your subscription itself is still set to Salmon & Potato, so this was a picking mistake on our side.

I'll mark this ticket as resolved, but do reply here if anything else comes up.

Best,
Fern""", closes=True),
      cu("11-16 18:50", """Hi Fern,

Sorry, it's happened again - today's box has duck in it AGAIN. Is there something wrong with how my order is set up? I've checked my account and it definitely says salmon.

Shauna"""),
      ag("fern", "11-17 09:15", """Hi Shauna,

You're right, and I'm sorry. The warehouse had the duck and salmon cases under the same shelf label; that was corrected this morning, and your account is now flagged so every box is checked before it's sealed. A case of Salmon & Potato went out today on a next-day service, and this month's box has been refunded in full (£41.20).

Best,
Fern""")),

    C("b19-ellery-bird-seed", "en", "pending", {"unanswered-question": 1, "slow-first-response": 1},
      "Colin Ellery <colin.ellery@ellery-birds.example>", "android", "Aviary seed - sizes and delivery",
      "Friday-afternoon aviary enquiry answered on Monday (slow): sack size and farm-address delivery answered, the cockatiel-mix question skipped.",
      cu("11-13 16:05", """Hi there

I keep a small flock of budgies and a couple of cockatiels in an outdoor aviary. Do you sell your Aviary Seed Mix in a 20kg sack or only the 5kg? Is the cockatiel mix suitable for budgies too or is the seed too big for them? And can you deliver to a rural address with no house number, only a farm name?

Colin

Sent from Outlook for Android""", uq=1),
      ack("11-13 16:06"),
      ag("devika", "11-16 09:30", """Hello Colin,

The Aviary Seed Mix comes in 5kg and 20kg (£38.50) - the 20kg is on the same product page under 'Size'. Farm names are fine: put the farm name on the first address line with the postcode, and add a phone number so the driver can ring if they can't find you.

Regards,
Devika""")),

    C("b20-rowntree-three-agents", "en", "pending", {"many-handoffs": 1},
      "Harriet Rowntree <harriet.rowntree@rowntreefarm.example>", "owa", "Price, missing supplement and Moss's diet",
      "Three topics handled by three agents (billing, deliveries, nutrition); 'Nell will email you tomorrow' and the passed-on delivery issue both kept; thanks-only close.",
      cu("11-16 10:00", """Hello,

Two things about my account, and a question I'm hoping someone can help with.

My monthly order was charged at the old price of £61.00, but your email in October said loyalty customers would keep their 10% discount, so it should have been £54.90. Could you refund the difference?

Our November delivery also came without the joint supplement, although it's on the invoice.

And our old Labrador, Moss, is putting on weight now that he can't walk as far. Is the Senior Light food a good idea for him, or is there something better?

Kind regards,
Harriet Rowntree""", kind="alt"),
      ag("callum", "11-16 12:15", """Dear Harriet,

You're quite right about the discount - I've refunded the £6.10 difference to your card and corrected the price on your plan for future months.

I've passed the missing supplement on to Devika in our deliveries team, and our nutrition adviser Nell will email you tomorrow about Moss's food.

Best wishes,
Callum""", promises=[("window", 3), ("11-17", 4)]),
      ag("devika", "11-16 15:00", """Dear Harriet,

The joint supplement (GlucoFlex, 120 tablets) was missed at packing - I'm sorry. A tub went out this afternoon by Royal Mail Tracked 48, tracking number BB448102316GB.

Regards,
Devika""", parent=1),
      ag("nell", "11-17 10:10", """Dear Harriet,

Senior Light is a sensible choice for Moss: it has about 20% fewer calories than our standard senior food, plus added glucosamine. Feed the amount on the bag for his target weight rather than his current weight, and swap over gradually across a week. If he hasn't lost anything after six weeks, it's worth a chat with your vet before cutting back further.

Kind regards,
Nell""", parent=1),
      cu("11-17 11:00", """Thank you all - very helpful.

Harriet""", thanks=True)),

    C("b21-bonnet-relance", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Thibault Bonnet <thibault.bonnet@bonnet-famille.example>", "owa", "Commande BB-417730 toujours pas reçue",
      "Stuck cat-tree order: 'je reviens vers vous d'ici jeudi' kept only the next Monday after 'Je me permets de vous relancer'; the grey-cushion question is skipped.",
      cu("11-02 08:30", """Bonjour,

J'ai commandé le 20 octobre un arbre à chat « Canopée » (commande BB-417730) et je n'ai toujours rien reçu. Le suivi indique « en attente de prise en charge » depuis dix jours. Pouvez-vous me dire où en est ma commande ?

Par ailleurs, est-ce que le coussin de remplacement pour le hamac existe en gris ?

Cordialement,
Thibault Bonnet""", uq=1),
      ag("camille", "11-02 11:00", """Bonjour Monsieur Bonnet,

Je suis désolée pour ce retard. Je vérifie auprès de notre entrepôt ce qui bloque l'expédition et je reviens vers vous d'ici jeudi.

Bien cordialement,
Camille""", promises=[("11-05", 4)]),
      cu("11-09 09:10", """Bonjour Madame Roux,

Je me permets de vous relancer : je n'ai pas eu de nouvelles depuis votre message du 2 novembre, et le suivi n'a toujours pas bougé.

Cordialement,
Thibault Bonnet""", chase=True),
      ag("camille", "11-09 10:30", """Bonjour Monsieur Bonnet,

Toutes mes excuses. Le colis était resté bloqué chez le transporteur à cause d'une étiquette illisible ; il a été réétiqueté vendredi et il est maintenant en cours d'acheminement, avec une livraison prévue le mercredi 11 novembre. Voici le nouveau lien de suivi : https://brindlebay.example/track?order=BB-417730&lang=fr

Bien cordialement,
Camille"""), tz=1),

    C("b22-kowalczyk-chewed-bed", "en", "closed", {},
      "Piotr Kowalczyk <piotr.kowalczyk@kowalczyk.example>", "gmail", "Chew-resistant bed lasted 8 days",
      "A rhetorical question and a self-answered one; refund and a tougher bed both answered; the customer sends the requested photo and the refund is confirmed.",
      cu("11-04 19:30", """Hello,

Who knew a nine-month-old Labrador could destroy a "chew-resistant" bed in eight days? The cover is in shreds and there's foam all over the kitchen. Where do I find the order number? Never mind, found it in the confirmation email: BB-419384.

I'd like to return it for a refund if that's possible, even though it's obviously been used. Do you have anything genuinely tougher in XL?

Piotr"""),
      ag("fern", "11-05 09:05", """Hi Piotr,

Eight days is impressive, even for a Lab! The Tough range carries a 60-day chew guarantee, so yes - you'll get a full refund of £64.99. No need to send the remains back: a photo of the bed is enough, so just reply with one.

If you'd like to try again, the Kennel Pro XL has a ballistic nylon cover and no exposed seams; it's the one working-dog owners swear by: https://brindlebay.example/p/kennel-pro-xl

Best,
Fern"""),
      cu("11-05 10:12", """Photo attached. I'll give the Kennel Pro a go.

Piotr""", attach=[("image/png", "bed-remains.png", BED_PNG)]),
      ag("fern", "11-05 11:30", """Thanks Piotr - the refund of £64.99 has been made to your card today.

Best,
Fern""")),

    C("b23-ingram-advent-calendars", "en", "closed", {"unanswered-question": 2},
      "Jo Ingram <jo.ingram@ingram.example>", "iphone", "Dog advent calendars x3",
      "Four questions about gift advent calendars: rawhide and multiple addresses answered; the multi-buy discount and the choice of delivery day skipped.",
      cu("11-08 20:15", """Hi,

I want to order three of your dog advent calendars as presents for my nieces' dogs. Do the treats in them have any rawhide? One of the dogs had a blockage last year so my sister is paranoid. Can you send them straight to three different addresses from one order? Is there any discount if I order three or more? And can I pick which day they arrive, or is it just whenever the courier comes?

Thanks!
Jo

Sent from my iPhone""", uq=2),
      ag("fern", "11-09 09:20", """Hi Jo,

No rawhide at all - the calendar treats are baked biscuits and air-dried chicken, and the full ingredient list is on the product page. One order can go to several addresses: at checkout choose 'Ship to multiple addresses', and you can add a gift message for each one.

Best,
Fern""")),

    C("b24-pryce-cancel-subscription", "en", "closed", {},
      "Gareth Pryce <gareth.pryce@prycehome.example>", "outlook", "Cancel subscription",
      "Bereaved customer cancels; Callum stops Thursday's box and marks the ticket resolved; the thanks that follows does not reopen it.",
      cu("11-09 11:00", """Hello,

Sadly we lost our old boy Dylan last week, so please cancel the dog food subscription. The next box was due to go out on Thursday - can you make sure it doesn't?

Thanks,
Gareth Pryce"""),
      ag("callum", "11-09 12:20", """Dear Gareth,

I'm so sorry about Dylan. The subscription is cancelled with immediate effect and Thursday's box has been stopped, so nothing further will be charged or sent.

I'll mark this ticket as resolved; there's nothing else you need to do.

With best wishes,
Callum""", closes=True),
      cu("11-09 13:05", """Thank you Callum, that's kind of you.

Gareth""", thanks=True)),

    C("b25-mertens-futterallergie", "de", "closed", {"unanswered-question": 1},
      "Jana Mertens <jana.mertens@mertens-mail.example>", "gmail_de", "Futter für Ausschlussdiät",
      "Elimination diet: recommendation and trial pack answered with a product and a link; whether the insect food suits puppies is skipped.",
      cu("11-05 20:10", """Hallo,

unser Hund Fiete (Labrador-Mix, 4 Jahre) kratzt sich seit Wochen, und die Tierärztin vermutet eine Futtermittelallergie. Sie hat eine Ausschlussdiät mit einer neuen Proteinquelle empfohlen. Welches Futter aus Ihrem Sortiment würden Sie dafür empfehlen? Kann man davon vorher eine kleine Probepackung bestellen, bevor wir einen großen Sack kaufen? Und ist das Insektenprotein-Futter eigentlich auch schon für Welpen geeignet? Im Frühjahr kommt nämlich noch ein zweiter Hund zu uns.

Viele Grüße
Jana Mertens""", uq=1),
      ag("lukas", "11-06 09:05", """Hallo Frau Mertens,

für eine Ausschlussdiät empfehlen wir meistens unser Trockenfutter "Bay Pure Insect" - Insektenprotein haben die wenigsten Hunde vorher schon gefressen. Die Probepackung mit 400 g kostet 4,90 € und wird Ihnen bei der ersten großen Bestellung gutgeschrieben: https://brindlebay.example/de/p/bay-pure-insect?size=400g

Viele Grüße
Lukas Brenner"""), tz=1),

    C("b26-garrido-devolucion", "es", "pending", {"unanswered-question": 1},
      "Marisol Garrido <marisol.garrido@garrido-ruiz.example>", "outlook", "Devolución de arena para gatos",
      "Return of unopened litter: how and who pays answered with an attached label; the account e-mail change is skipped.",
      cu("11-15 11:30", """Buenos días:

Compré por error dos sacos de arena aglomerante de 10 kg (pedido BB-423017) y mi gata solo usa la de sílice. Los sacos están sin abrir. ¿Cómo puedo devolverlos? ¿Tengo que pagar yo el envío de la devolución?

Y aprovecho: ¿podrían cambiar el correo de mi cuenta a esta dirección? El antiguo ya casi no lo miro.

Muchas gracias,
Marisol Garrido""", uq=1),
      ag("lucia", "11-16 09:50", """Hola, Marisol:

Claro. Le adjunto la etiqueta de devolución, que es gratuita para productos sin abrir: imprímala, péguela en uno de los sacos (o en los dos, si los une con cinta) y déjelos en cualquier oficina de Correos. El reembolso de 31,80 € se hace a su tarjeta en cuanto recibamos los sacos.

Un saludo,
Lucía""", attach=[("application/pdf", "etiqueta-devolucion-BB-423017.pdf", RETURN_LABEL_PDF)]), tz=1),

    C("b27-whitaker-live-crickets", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ethan Whitaker <ethan.whitaker@whitaker-reptiles.example>", "thunderbird", "Live crickets - weekend delays",
      "Live food dying over weekends: 'I'll email you by end of day' kept the next morning; the calcium-dust question is skipped; thanks-only close.",
      cu("11-03 08:20", """Morning,

I feed my leopard geckos live crickets from you every fortnight. Could the next lot come on a Thursday rather than a Friday? Last time the box sat at the depot over the weekend and half of them were dead by Monday. Could you also tell me whether you sell calcium dust with D3 - I can only see the one without.

Ethan Whitaker""", uq=1),
      ag("devika", "11-03 10:10", """Hi Ethan,

Sorry about the crickets. Our live-food supplier ships direct, so I need to confirm with them whether they can move you to a Thursday delivery - I'll email you by end of day once I've heard.

Regards,
Devika""", promises=[("11-03", 3)]),
      ag("devika", "11-04 09:00", """Hi Ethan,

The supplier has confirmed: from your next order the crickets will be dispatched on Wednesdays for Thursday delivery, so they won't sit anywhere over a weekend again.

Regards,
Devika"""),
      cu("11-04 09:40", """Brilliant, thanks Devika.

Ethan""", thanks=True)),

    C("b28-huang-loyalty-points", "en", "pending", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Mei Huang <mei.huang@huang-family.example>", "gmail", "Missing Bay Rewards points",
      "Saturday mail about missing points gets only the acknowledgement; Monday chase; the points are added but the expiry question is skipped.",
      cu("11-14 10:30", """Hello,

I placed an order on 2 November (BB-419002, £86.40) but the Bay Rewards points haven't appeared on my account - it still shows 210 points, same as before. Could you add them please? And could you tell me when my points expire? I'm saving them for Christmas.

Thanks,
Mei Huang""", uq=1),
      ack("11-14 10:31"),
      cu("11-16 08:10", """Hi, I haven't heard back about my points - could someone take a look? Thanks, Mei""", chase=True),
      ag("fern", "11-16 11:40", """Hi Mei,

Apologies for the slow reply. The points from BB-419002 were held because part of the order was on back-order; I've added all 86 to your account by hand, so you're now on 296.

Best,
Fern""")),

    C("b29-ferreira-price-match", "en", "closed", {},
      "Lucas Ferreira <lucas.ferreira@ferreira-home.example>", "owa", "Price match + Jersey delivery",
      "Price-match question answered with a 'no' and an alternative; delivery to Jersey answered with a price.",
      cu("11-05 13:00", """Hi,

Petstop Direct are selling the Highland Fare air-dried beef 1kg for £4 less than you. Do you price match? Also, do you ship to Jersey? I'm moving there in the new year.

Lucas"""),
      ag("callum", "11-05 15:30", """Hi Lucas,

We don't price match, I'm afraid, but putting the Highland Fare on a subscription takes 10% off, which brings it within about a pound of their price. Jersey is no problem: delivery there is £6.95, and there's no extra duty on pet food under £135.

Best wishes,
Callum""")),

    C("b30-delacroix-pause", "fr", "pending", {},
      "Nathalie Delacroix <nathalie.delacroix@delacroix.example>", "owa", "Suspendre l'abonnement",
      "Two-month pause and whether the 10 % discount survives it, both answered in one reply; thanks-only close.",
      cu("11-17 14:00", """Bonjour,

Nous partons à La Réunion pour deux mois à partir du 5 décembre et notre chat sera gardé par ma sœur, qui a déjà ses propres croquettes. Est-il possible de suspendre notre abonnement pendant cette période ? Et est-ce que nous gardons la remise de 10 % lorsque l'abonnement reprend ?

Merci d'avance,
Nathalie Delacroix"""),
      ag("camille", "11-17 15:20", """Bonjour Madame Delacroix,

C'est fait : votre abonnement est suspendu du 5 décembre au 5 février, et la livraison suivante partira le 8 février. La remise de 10 % vous reste acquise, elle est liée à votre compte et non aux livraisons.

Bon voyage !
Camille"""),
      cu("11-17 17:05", """Parfait, merci beaucoup !
Nathalie""", thanks=True), tz=1),

    C("b31-bristow-batch-check", "en", "closed", {},
      "Kit Bristow <kit.bristow@bristow.example>", "apple", "Juniper sick since new bag",
      "Cat unwell on a new batch: immediate advice, then 'come back to you tomorrow' about the batch, kept the next morning with a courier label; thanks-only close.",
      cu("11-09 09:00", """Hi Nell,

Our cat Juniper has been sick a few times since we opened the new bag of Indoor Cat Chicken (batch L2610-44 on the back). The previous bag was fine. Has anyone else reported problems with this batch? Is it worth switching her back to the old bag we had, even though there's only a week's worth left?

Kit"""),
      ag("nell", "11-09 11:20", """Hi Kit,

I'm sorry Juniper's been poorly. Yes - feed her from the old bag for now, and only start mixing in the new food once she's been settled for 48 hours. If she's sick again, or goes off her food, please see your vet.

I'll check with the manufacturer whether there have been any reports on batch L2610-44 and come back to you tomorrow.

Kind regards,
Nell""", promises=[("11-10", 3)]),
      ag("nell", "11-10 10:45", """Hi Kit,

I've heard back: there have been no other reports for L2610-44 and the batch passed its quality checks, but they would like the bag back for testing - the courier label is attached. You'll get a full refund for the bag either way.

Kind regards,
Nell""", attach=[("application/pdf", "collection-label-QA-2611-118.pdf", BATCH_LABEL_PDF)]),
      cu("11-10 12:00", """Thanks Nell, will do. She's much brighter today.

Kit""", thanks=True)),

    C("b32-ogden-missing-tins", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1, "slow-first-response": 1},
      "Trevor Ogden <trevor.ogden@ogden.example>", "android", "Missing tins order BB-420388",
      "Short delivery mail ignored for four days, then resent word for word as a new mail; the reply promises news 'tomorrow' that never comes.",
      cu("11-05 18:40", """Hello

My order BB-420388 was supposed to have 24 tins of the Senior Chicken in it and there were only 18. The delivery note says 24. Please send the missing 6.

Trevor Ogden

Sent from Outlook for Android"""),
      cu("11-09 08:55", """Hello

My order BB-420388 was supposed to have 24 tins of the Senior Chicken in it and there were only 18. The delivery note says 24. Please send the missing 6.

Trevor Ogden

Sent from Outlook for Android""", chase=True, parent=0),
      ag("devika", "11-09 10:40", """Hello Trevor,

Sorry for missing your first email. The packing record does say 24 tins, so I've asked the warehouse to check the parcel's dispatch weight, and I'll let you know tomorrow what they find. Either way you won't be out of pocket.

Regards,
Devika""", promises=[("11-10", None)])),

    C("b33-lindqvist-puppy-pack", "en", "closed", {},
      "Freya Lindqvist <freya.lindqvist@lindqvist.example>", "gmail", "Puppy welcome pack",
      "A question the customer answers herself mid-mail; the remaining one (is the breeder signed up?) answered; thanks with a signature containing a '?' URL.",
      cu("11-06 15:20", """Hi!

We're collecting our first puppy (a Border terrier called Nettle) on the 14th. Your website says new puppy owners can get a free welcome pack - how do I claim it? Is it the form on the puppy page? Oh wait, I've just seen it says the breeder has to register us. Our breeder is Hillcrest Borders - can you check whether they're signed up?

Freya"""),
      ag("sam", "11-06 17:00", """Hi Freya,

Congratulations on Nettle! Hillcrest Borders have been with us since 2023, so you're covered: they'll register you when you collect her, and the pack (a 2kg bag of puppy food, a toy and a 15% voucher) arrives a few days later.

Best regards,
Sam"""),
      cu("11-06 18:02", """Amazing, thank you!

Freya
--
Freya Lindqvist | Illustrator
Fancy a portrait of your pet? https://lindqvist.example/portraits?ref=email""", thanks=True)),

    C("b34-soto-transportin", "es", "closed", {},
      "Rocío Soto <rocio.soto@soto-vega.example>", "gmail_es", "Medidas del transportín mediano",
      "Carrier dimensions and whether it is allowed in an airline cabin answered with figures and a recommendation; thanks-only close.",
      cu("11-04 10:00", """Hola:

En enero viajo a Tenerife con mi perro (un carlino de 7 kg) y quiero comprar vuestro transportín mediano. ¿Qué medidas tiene exactamente? ¿Sirve para llevarlo en cabina con Iberia? He leído que el límite es de 8 kg contando el transportín.

Gracias,
Rocío"""),
      ag("lucia", "11-04 12:15", """Hola, Rocío:

El transportín mediano mide 45 x 28 x 26 cm y pesa 1,1 kg, así que con un carlino de 7 kg se iría a 8,1 kg, justo por encima del límite de Iberia para cabina. Le recomendaría el pequeño (40 x 25 x 24 cm, 0,8 kg), que sí entra en las medidas de cabina; de todos modos, conviene confirmarlo con la aerolínea al reservar.

Un saludo,
Lucía"""),
      cu("11-04 14:00", """¡Mil gracias! Pediré el pequeño.
Rocío""", thanks=True), tz=1),
    C("b35-newbold-flea-treatment", "en", "closed", {"unanswered-question": 2},
      "Helena Newbold <helena.newbold@newbold.example>", "outlook", "Adding FleaGuard to my delivery",
      "A bulleted list of three questions and a request: safety with the wormer and the add-to-delivery request handled; the six-month price and the kitten question skipped.",
      cu("11-10 08:45", """Good morning,

I'd like to add the FleaGuard spot-on for cats to my monthly delivery. A few questions first:

- Is it safe to use alongside the worming tablets I already get from you?
- Is there a cheaper price if I buy six months at once?
- Can I give it to my 10-week-old kitten as well, or only the adult cat?
- Please add it to my next delivery on the 20th if there's no problem with the above.

Kind regards,
Helena Newbold""", uq=2),
      ag("nell", "11-10 11:00", """Dear Helena,

Yes, FleaGuard and the Bay Wormer tablets can be given together - many owners do both on the same day each month so they don't forget. I've added one adult-cat pipette to your delivery on the 20th.

Kind regards,
Nell""")),

    C("b36-kaur-moving-house", "en", "pending", {},
      "Simran Kaur <simran.kaur@kaur.example>", "iphone", "New address from 1 Dec",
      "Address change and an earlier December box both done; the promise to confirm the delivery day 'on Monday 23 November' is still ahead at audit time.",
      cu("11-18 12:10", """Hi, we're moving house on 1 December. Can you change the delivery address on my subscription from that date? New address is 7 Orchard Close, Harrogate HG2 8QT. Also can the December box come a few days early, before we move?

Simran

Sent from my iPhone"""),
      ag("devika", "11-18 14:00", """Hi Simran,

No problem - from 1 December your subscription deliveries go to 7 Orchard Close, Harrogate HG2 8QT, and I've brought the December box forward so it reaches your current address before the move. The courier is still confirming their slots for that week, so I'll email you the exact delivery day on Monday 23 November.

Regards,
Devika""", promises=[("11-23", None)])),

    C("b37-albers-futterautomat", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Markus Albers <m.albers@albers-haus.example>", "outlook_de", "Futterautomat zeigt Fehler E3",
      "Automatic feeder fault: troubleshooting, a photo of the rating plate, then 'ich melde mich bis Montag' never kept; 'ich warte immer noch auf eine Antwort' unanswered.",
      cu("11-12 09:00", """Guten Tag,

der Futterautomat "SmartBowl" (Bestellung BB-420915), den ich im Oktober bei Ihnen gekauft habe, gibt seit gestern kein Futter mehr aus. Im Display steht "E3". Was bedeutet dieser Fehler, und wie bekomme ich das Gerät wieder zum Laufen?

Mit freundlichen Grüßen
Markus Albers"""),
      ag("lukas", "11-12 09:50", """Guten Tag Herr Albers,

"E3" heißt, dass der Motor blockiert. Bitte nehmen Sie den Futterbehälter ab und sehen Sie nach, ob sich ein Stück Trockenfutter in der Förderschnecke verklemmt hat. Wenn das Gerät danach immer noch E3 anzeigt, schicken Sie mir bitte ein Foto von der Unterseite mit dem Typenschild.

Mit freundlichen Grüßen
Lukas Brenner"""),
      cu("11-13 08:30", """Guten Tag Herr Brenner,

es war nichts verklemmt, der Fehler kommt weiterhin. Das Foto vom Typenschild hängt an. Bekomme ich ein Ersatzgerät, oder muss ich das alte erst einschicken?

Mit freundlichen Grüßen
Markus Albers""", attach=[("image/png", "typenschild.png", FEEDER_PNG)]),
      ag("lukas", "11-13 10:15", """Guten Tag Herr Albers,

danke für das Foto. Ihr Gerät stammt aus einer Serie, bei der wir schon zwei ähnliche Fälle hatten. Ich kläre mit dem Hersteller, ob wir Ihnen direkt ein Ersatzgerät schicken können, und melde mich bis Montag bei Ihnen.

Mit freundlichen Grüßen
Lukas Brenner""", promises=[("11-16", None)]),
      cu("11-18 09:00", """Guten Tag Herr Brenner,

ich warte immer noch auf eine Antwort wegen des Ersatzgeräts. Unsere Katzen werden im Moment wieder von Hand gefüttert, was mit meinen Arbeitszeiten schwierig ist.

Mit freundlichen Grüßen
Markus Albers""", chase=True), tz=1),

    C("b38-moreau-manteau", "fr", "closed", {},
      "Élise Moreau <elise.moreau@moreau-perso.example>", "gmail", "Manteau pour teckel",
      "Coat size for a dachshund and whether the model is lined, answered inline under the quoted questions; thanks-only close.",
      cu("11-03 17:30", """Bonjour,

Je cherche un manteau imperméable pour mon teckel (longueur du dos 38 cm, tour de poitrail 44 cm). Quelle taille me conseillez-vous ? Le modèle « Brume » est-il doublé ? Il fait très froid chez nous en hiver.

Bien à vous,
Élise Moreau"""),
      ag("camille", "11-04 09:00", """Bonjour Madame Moreau,

> Le 3 nov. 2026 à 16:30, Élise Moreau <elise.moreau@moreau-perso.example> a écrit :
>
> Je cherche un manteau imperméable pour mon teckel (longueur du dos 38 cm, tour de poitrail 44 cm). Quelle taille me conseillez-vous ?

La taille 40 « teckel », coupée plus longue et plus étroite que la taille 40 classique.

> Le modèle « Brume » est-il doublé ? Il fait très froid chez nous en hiver.

Oui, avec une doublure polaire amovible.

Bien cordialement,
Camille""", quote=False),
      cu("11-04 11:00", """Merci, je commande la taille 40 teckel !

Élise""", thanks=True), tz=1),

    C("b39-pemberton-cattery", "en", "closed", {"unanswered-question": 1},
      "Douglas Pemberton <douglas@pembertoncattery.example>", "outlook", "Supplier for a boarding cattery",
      "Cattery trade enquiry: delivery days and free-delivery threshold answered; the trade application form is never sent; the customer's out-of-office answers the reply.",
      cu("11-02 09:15", """Hello,

I run a 20-pen boarding cattery in Kent and I'm looking for a new supplier of dry food and litter. We'd be ordering roughly 60kg of food and 200 litres of wood-pellet litter a month. Which day of the week would you deliver to ME13, and is there a minimum order for free delivery? Could you also send over your trade account application form?

Regards,
Douglas Pemberton
Pemberton Boarding Cattery""", uq=1, kind="alt"),
      ag("sam", "11-02 11:30", """Dear Douglas,

Deliveries to ME13 go out on Tuesdays and Fridays, and anything over £150 ships free - your monthly order would be well over that.

Best regards,
Sam"""),
      auto("11-02 11:31", """Thank you for your email. I am away from the cattery until Monday 9 November with limited access to email. For bookings please ring 01795 555 014.

Douglas Pemberton""", quote=False, subject="Automatic reply: Re: Supplier for a boarding cattery",
           to="Sam Whitlock <sam@brindlebay.example>")),

    C("b40-yilmaz-fountain-filters", "en", "closed", {},
      "Aylin Yilmaz <aylin.yilmaz@yilmaz.example>", "owa", "Water fountain filters",
      "HTML-only mail: how often to change the filter and which filters fit, answered with a frequency and a link.",
      cu("11-06 12:30", """Hi,

I've got the CatSpring water fountain from you. How often should I be changing the filter? And do the Bay Fresh replacement filters fit it, or do I need the CatSpring ones?

Thanks
Aylin""", kind="html"),
      ag("fern", "11-06 14:10", """Hi Aylin,

Every 2-4 weeks, depending on how many cats drink from it. The Bay Fresh filters are a straight swap for the CatSpring ones and come in packs of 8 for £9.99: https://brindlebay.example/p/bay-fresh-fountain-filters

Best,
Fern""")),

    C("b41-carrow-daycare-quote", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Polly Carrow <polly@waggingtailsdaycare.example>", "thunderbird", "Revised quote for the daycare",
      "Trade customer: the discount question is answered, 'we'll send the revised quote tomorrow' is kept two days late after 'any news on the quote?'; PDF quote.",
      cu("11-09 10:00", """Hi Sam,

Following our call last week, could you send me a revised quote for the daycare's monthly order with the salmon kibble in place of the chicken? We'd also like to add 4 boxes of poo bags (the compostable ones). Is the 8% trade discount still applied to the whole order?

Thanks,
Polly Carrow
Wagging Tails Daycare"""),
      ag("sam", "11-09 15:00", """Hi Polly,

Yes, the 8% covers everything on the trade account, poo bags included. I'm waiting on the new salmon price from the brand - we'll send the revised quote tomorrow.

Best regards,
Sam""", promises=[("11-10", 4)]),
      cu("11-12 09:30", """Hi Sam, any news on the quote? I need to get the December order in by Friday.

Polly""", chase=True),
      ag("sam", "11-12 11:00", """Hi Polly,

Sorry for the delay - revised quote attached: £612.40 a month after the 8% discount, with the salmon kibble and 4 boxes of compostable bags. It's valid until 31 December.

Best regards,
Sam""", attach=[("application/pdf", "TQ-2611-207.pdf", DAYCARE_QUOTE_PDF)])),

    C("b42-ibanez-suscripcion", "es", "open", {"unanswered-question": 1, "awaiting-reply": 1},
      "Andrés Ibáñez <andres.ibanez@ibanez-web.example>", "android", "Suscripción: arena, tarjeta y factura",
      "Three subscription questions: adding litter and changing the card answered, the invoice with a tax number skipped; his next question (a card error) is still waiting.",
      cu("11-13 09:00", """Hola:

Tengo una suscripción de comida húmeda para gatos cada cuatro semanas. Quisiera saber si puedo añadir un saco de arena a la misma entrega sin pagar gastos de envío aparte. También me gustaría cambiar la tarjeta con la que pago, porque me la han renovado. ¿Y hay alguna forma de recibir la factura con mi NIF? La necesito para la empresa.

Saludos,
Andrés Ibáñez

Enviado desde Outlook para Android""", uq=1),
      ag("lucia", "11-13 10:30", """Hola, Andrés:

Sí, puede añadir la arena desde su cuenta, en «Mi suscripción» > «Añadir producto», y viaja en la misma caja sin gastos adicionales. La tarjeta se cambia en «Métodos de pago»; el cambio se aplica a partir del siguiente cobro.

Un saludo,
Lucía"""),
      cu("11-18 19:00", """Hola, Lucía:

He añadido la arena, gracias. Pero al cambiar la tarjeta me sale el error "payment_method_rejected", aunque la tarjeta funciona en otras tiendas. ¿Qué puedo hacer?

Andrés

Enviado desde Outlook para Android"""), tz=1),

    C("b43-hawthorne-dusty-hay", "en", "closed", {},
      "Sophie Hawthorne <sophie.hawthorne@hawthorne.example>", "gmail", "Dusty hay",
      "Base64 body with a pleasantry question; a less dusty hay recommended and the subscription switched.",
      cu("11-10 19:00", """Hi Brindle & Bay team,

How's everyone doing - not too snowed under with Christmas orders yet?

Our rabbits, Pudding and Biscuit, have been on your Meadow Hay for a year. The last two bales have been really dusty and Biscuit keeps sneezing. Is there a less dusty hay you'd recommend? I'd also like to swap the hay on our subscription to whatever you suggest.

Sophie""", cte="base64"),
      ag("nell", "11-11 09:15", """Hi Sophie,

We're surviving, thank you! Sorry about the dusty bales - the last Meadow Hay harvest was a dry one. The Timothy Gold is double-sieved and much less dusty, and rabbits love it. I've switched your subscription to Timothy Gold (same price, £14.50 a bale) from the next delivery on 24 November.

If Biscuit is still sneezing in a week or so, do get him checked by your vet.

Warm wishes,
Nell""")),

    C("b44-quinn-squashed-scratcher", "en", "closed", {},
      "Niamh Quinn <niamh.quinn@quinn.example>", "gmail", "Squashed scratcher insert",
      "A second mail adds the order number and a photo before any reply (not a chase); replacement insert sent.",
      cu("11-02 20:10", """Hi,

The cat scratcher I ordered arrived with the cardboard insert crushed flat on one side - looks like something heavy was put on the box. Can I get a replacement insert rather than returning the whole thing?

Niamh"""),
      cu("11-02 20:25", """Sorry, should have said - order number BB-418530, and here's a photo.

Niamh""", attach=[("image/png", "scratcher.png", SCRATCHER_PNG)]),
      ag("fern", "11-03 09:00", """Hi Niamh,

Thanks for the photo - that's definitely been squashed in transit. A replacement insert is on its way to you free of charge, and there's nothing to send back.

Best,
Fern""")),

    C("b45-stroud-thyroid-food", "en", "pending", {"unanswered-question": 1},
      "Alistair Stroud <alistair.stroud@stroud.example>", "outlook", "Thyro-Care food and two accounts",
      "Prescription food question answered; the account-merge request is skipped; the customer's follow-up lost its threading headers and is answered.",
      cu("11-12 14:00", """Hello,

Two things.

Our senior cat has been diagnosed with hyperthyroidism and the vet has prescribed the Thyro-Care wet food. Do you stock it, and is it also available on subscription?

Separately, can you merge my two accounts? I set up a second one by accident with my work email (a.stroud@stroudarchitects.example) and my points are split between them.

Alistair Stroud""", uq=1),
      ag("callum", "11-12 16:20", """Dear Alistair,

We do stock Thyro-Care (pouches in boxes of 12), and it can go on a subscription once your vet has authorised it - the form is at https://brindlebay.example/vet-auth?product=thyro-care

Best wishes,
Callum"""),
      cu("11-16 09:10", """Hi Callum,

The vet has sent the form. How long does approval normally take?

Alistair""", thread=False),
      ag("callum", "11-16 10:00", """Dear Alistair,

It's already through - approved this morning, so you can set up the Thyro-Care subscription whenever you're ready.

Best wishes,
Callum""")),

    C("b46-abbott-dental-chews", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ben Abbott <ben.abbott@abbott-home.example>", "apple", "Chew & Clean - origin and calories",
      "Calories answered with a figure; sourcing deferred with 'I'll ask the brand and get back to you' (no deadline, never kept); the small-dog version question skipped.",
      cu("11-04 11:00", """Hi,

Are the Chew & Clean dental sticks made in the UK? We try to avoid anything with ingredients from outside Europe after a bad experience with some treats. What's the calorie content per stick for the medium size? Our spaniel is on a diet. Also, is there a version for small dogs? My mum's Yorkie would love them.

Ben""", uq=1),
      ag("nell", "11-04 14:20", """Hi Ben,

Each medium stick is 68 kcal - for a spaniel on a diet I'd count one as about a tenth of his daily allowance. I'll ask the brand where the sticks and their ingredients come from and get back to you.

Kind regards,
Nell""", promises=[("window", None)])),

    C("b47-richter-kratzbaum", "de", "pending", {},
      "Tobias Richter <tobias.richter@richter-mail.example>", "gmail_de", "Höhe Kratzbaum Alpenblick XL",
      "Contradictory product height, whether the ceiling pole reaches and a sloping ceiling: answered with a bare figure and two short sentences.",
      cu("11-16 20:00", """Hallo zusammen,

wie hoch ist der Kratzbaum "Alpenblick XL" denn nun genau? Auf der Produktseite steht 180 cm, in der Beschreibung aber 165 cm. Unsere Decke ist 2,40 m hoch, und ich möchte wissen, ob die Deckenspannstange dann überhaupt noch reicht. Kann man den Baum auch unter einer Dachschräge aufstellen?

Danke und viele Grüße
Tobias"""),
      ag("lukas", "11-17 09:30", """Hallo Tobias,

165 cm - die 180 cm auf der Produktseite sind ein Fehler, der gerade korrigiert wird. Die Deckenspannstange reicht bis 2,60 m, bei Ihnen also kein Problem. Unter einer Dachschräge geht es leider nicht, die Stange muss senkrecht gegen eine waagerechte Decke drücken.

Viele Grüße
Lukas"""), tz=1),

    C("b48-farrant-crate-tray", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Yusuf Farrant <yusuf.farrant@farrant.example>", "gmail", "Wrong crate size",
      "Crate swap closed with a [Resolved] subject tag; a week later the customer writes in the same thread about a missing tray and a cover; the tray is sent, the cover question skipped.",
      cu("11-09 10:30", """Hi,

I was sent a large dog crate instead of the medium I ordered (BB-420640). Can I swap it?

Yusuf"""),
      ag("fern", "11-09 12:10", """Hi Yusuf,

Of course. The courier will collect the large crate on Wednesday between 8am and 6pm, and the medium one is coming on the same van, so the swap is done in one visit.

Best,
Fern""", subject="[Resolved] Re: Wrong crate size", closes=True),
      cu("11-17 19:40", """Hi Fern,

The swap went fine, thanks. One more thing though - the medium crate came without the plastic floor tray. Could you send one? And do you sell a fitted cover for it? It's going in the living room and my partner says it looks like a cage (which, fair enough, it is).

Yusuf""", uq=1, subject="Re: [Resolved] Re: Wrong crate size"),
      ag("fern", "11-18 09:05", """Hi Yusuf,

Sorry about that - a floor tray for the medium crate is on its way by Royal Mail and should be with you by Friday.

Best,
Fern""", subject="Re: [Resolved] Re: Wrong crate size")),

    C("b49-lowe-recall-worry", "en", "closed", {"unanswered-question": 1, "customer-chased": 1},
      "Gemma Lowe <gemma.lowe@lowe.example>", "iphone", "Puppy food recall??",
      "Worried mail about a recall late at night, a 'Hello?? Still waiting' chase at breakfast; the batch and feeding questions answered, the bag-size change skipped.",
      cu("11-03 21:30", """Hi,

I've just seen on Facebook that there's a recall on some of your puppy food?? We've got two bags of the Puppy Chicken in the cupboard. Is ours affected? The batch number on the bag is P2609-17. Is it safe to keep feeding her the one she's eating now until I know?

Also, can you change my subscription from the 2kg to the 6kg bag? We're getting through it much faster now.

Gemma

Sent from my iPhone""", uq=1),
      cu("11-04 07:45", """Hello?? Still waiting to hear about the recall - she needs feeding this morning!

Sent from my iPhone""", chase=True),
      ag("nell", "11-04 08:30", """Hi Gemma,

Please don't worry - the recall only covers Puppy Chicken batches P2610-02 to P2610-09. Yours (P2609-17) isn't one of them, so carry on feeding it as normal. Full details are at https://brindlebay.example/recall?ref=P2610

Kind regards,
Nell""")),

    C("b50-tennant-hamster-cage", "en", "closed", {},
      "Bernard Tennant <b.tennant@tennant.example>", "oldclient", "Hamster cage clips and wheel",
      "Old mail client: spare clips and a wheel size for a Syrian hamster, answered with prices and links; thanks-only close.",
      cu("11-05 10:00", """Dear Sir or Madam,

My granddaughter's hamster cage (your "Haven 80", bought last Christmas) has lost one of the plastic clips that hold the top onto the base. Could you tell me whether you sell these clips on their own? I would also like to buy a larger exercise wheel for it, as the one that came with it is rather small for a Syrian hamster. Which size would you recommend?

Yours faithfully,
Bernard Tennant"""),
      ag("fern", "11-05 11:40", """Dear Mr Tennant,

The clips come in packs of four for £3.50: https://brindlebay.example/p/haven-80-clips

For a Syrian hamster you want a wheel at least 28cm across; the Silent Spinner 28cm fits the Haven 80 and attaches to the same bars: https://brindlebay.example/p/silent-spinner-28

Kind regards,
Fern"""),
      cu("11-05 15:00", """Thank you, I have ordered both.

B. Tennant""", thanks=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "b02-marsh-split-bag": [
        "Could you also ask your courier to leave parcels in the porch in future, which is what our delivery note says?"],
    "b04-gallagher-double-charge": [
        "While I'm writing: is it possible to pay for the subscription with PayPal instead of a card?"],
    "b06-ashdown-kennels-bulk": [
        "Do you have a puppy-pack scheme for new owners, like some of the bigger brands do?",
        "Please also send me a pro-forma invoice made out to Ashdown Kennels so our accountant can set you up as a supplier."],
    "b08-castellan-cat-tree-screws": [
        "Also, is the replacement sisal rope for the scratching posts sold separately?"],
    "b09-lemaire-belgique": [
        "Je voudrais aussi savoir si je peux payer par Bancontact, je n'ai pas de carte de crédit."],
    "b13-achterberg-puppy-switch": [
        "Is it OK to give her the Chew & Clean dental sticks yet, or are they only for adult dogs?"],
    "b15-dunmore-impeller": [
        "And do you sell the rubber seal ring for the lid as well?"],
    "b16-weidmann-rechnungen": [
        "Und bitte ändern Sie ab dem 1. Dezember die Lieferadresse auf Gartenstraße 12, 79098 Freiburg - wir ziehen um."],
    "b19-ellery-bird-seed": [
        "Is the cockatiel mix suitable for budgies too or is the seed too big for them?"],
    "b21-bonnet-relance": [
        "Par ailleurs, est-ce que le coussin de remplacement pour le hamac existe en gris ?"],
    "b23-ingram-advent-calendars": [
        "Is there any discount if I order three or more?",
        "And can I pick which day they arrive, or is it just whenever the courier comes?"],
    "b25-mertens-futterallergie": [
        "Und ist das Insektenprotein-Futter eigentlich auch schon für Welpen geeignet?"],
    "b26-garrido-devolucion": [
        "Y aprovecho: ¿podrían cambiar el correo de mi cuenta a esta dirección?"],
    "b27-whitaker-live-crickets": [
        "Could you also tell me whether you sell calcium dust with D3 - I can only see the one without."],
    "b28-huang-loyalty-points": [
        "And could you tell me when my points expire?"],
    "b35-newbold-flea-treatment": [
        "Is there a cheaper price if I buy six months at once?",
        "Can I give it to my 10-week-old kitten as well, or only the adult cat?"],
    "b39-pemberton-cattery": [
        "Could you also send over your trade account application form?"],
    "b42-ibanez-suscripcion": [
        "¿Y hay alguna forma de recibir la factura con mi NIF?"],
    "b45-stroud-thyroid-food": [
        "Separately, can you merge my two accounts?"],
    "b46-abbott-dental-chews": [
        "Also, is there a version for small dogs?"],
    "b48-farrant-crate-tray": [
        "And do you sell a fitted cover for it?"],
    "b49-lowe-recall-worry": [
        "Also, can you change my subscription from the 2kg to the 6kg bag?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"BB-T{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts."""
    msgs: list[Msg] = []
    last_human: str | None = None
    for i, spec in enumerate(case.specs, 1):
        o = dict(spec.opts)
        key = f"{case.name}.{i}"
        parent_no = o.pop("parent", None)
        parent = f"{case.name}.{parent_no}" if parent_no else (None if parent_no == 0 else last_human)
        refs = o.pop("refs", None)
        extra = list(o.pop("extra", []))
        body = spec.body
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", "")}
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
            m = Msg(**common, client=client, frm=frm, to=case.customer, date=date, agent=who,
                    promises=promises, closes=o.pop("closes", False))
        elif spec.role == "ack":
            date = at(spec.when)
            ref = ticket_ref(f"{case.name}.{i - 1}")
            body = body.format(ref=ref)
            extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=CARE, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", CARE),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if refs is not None:
            m.refs = [f"{case.name}.{n}" for n in refs]
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


def build_cases() -> list[Case]:
    """Every case with its messages rendered (Message-IDs, raw bytes, own text) and the
    unanswered-question facts attached to the customer message that asks each question."""
    for case in CASES:
        case.msgs = materialise(case)
    mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)
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
    for name in UNANSWERED:
        if name not in names:
            out.append(f"UNANSWERED names an unknown case {name}")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 66: Brindle & Bay Pet Supplies - cases",
                                 "make_practice66_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, the figures of the corpus (computed) and what it contains."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = [c for c in cases if not c.rules]
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    totals: Counter = Counter()
    for c in cases:
        totals.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    lang_text = ", ".join(f"{LANG_NAMES[k]} {langs[k]}" for k in ("en", "de", "fr", "es"))
    rule_text = ", ".join(f"{r} {totals[r]}" for r in RULES if totals[r])
    figures = (
        f"{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox "
        f"({roles['customer']} customer mails and {roles['auto']} customer out-of-office reply), "
        f"{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. "
        f"{len(clean)} clean cases ({round(100 * len(clean) / len(cases))} %). "
        f"Languages: {lang_text} ({round(100 * (len(cases) - langs['en']) / len(cases))} % not English). "
        f"Statuses: {statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.\n\n"
        f"Expected findings: {rule_text}; the {totals['unanswered-question']} unanswered questions "
        f"are in {uq_cases} cases.")
    return README.replace("{FIGURES}", figures)


README = """# Practice corpus 66: Brindle & Bay Pet Supplies support

A labelled support mailbox with many multi-question customer mails, written **without looking
at the detection heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is
an unseen one. Use it to measure, not to tune: once the heuristics have been changed because
of its cases, it is no longer unseen.

- Company: **Brindle & Bay Pet Supplies**, an online shop for pet food, litter, treats and
  accessories, much of it sold on repeat-delivery subscriptions: plan changes, skips and
  pauses, double charges, vet-authorised diets, nutrition advice, damaged and short deliveries,
  returns, loyalty points, trade, breeder and rescue accounts, deliveries to Austria, Belgium,
  Spain and the Channel Islands. Support address `care@brindlebay.example`; agents Fern Oduya
  (customer care), Callum Price (subscriptions and billing), Nell Hargreaves (nutrition advice
  line, a veterinary nurse), Devika Rao (orders and deliveries), Sam Whitlock (trade, breeder
  and rescue partnerships), Lukas Brenner (German-speaking customers), Camille Roux
  (French-speaking customers) and Lucía Ferrer (Spanish-speaking customers), all
  `@brindlebay.example`. A helpdesk robot (`care@brindlebay.example`,
  `Auto-Submitted: auto-replied`) acknowledges some mails with "we will reply within 24 hours" -
  service-hours text, not a commitment.
- Customers are pet owners, a breeder, a rescue, a cattery, a dog daycare and a dog groomer on
  `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain brindlebay.example`.

```
python scripts/make_practice66_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice66_corpus.py --out /tmp/p66         # ... into another folder
python scripts/evaluate.py --corpus tests/practice66            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice66_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table. All files here, this one included, are written by the script; edit
the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Contents

{FIGURES}

Questions come two to four to a mail, in varied forms: direct questions, indirect ones ("I
was wondering whether I should mix the two foods", "Je voudrais aussi savoir si...",
"Quisiera saber si...", "could you tell me when my points expire?"), requests without a
question mark ("Please send a replacement bag.", "Please also send me a pro-forma
invoice...", "Und bitte ändern Sie ab dem 1. Dezember die Lieferadresse..."), questions inside
one long paragraph (b13), numbered and bulleted lists (b14, b35).

Answers come in the agents' own words: several questions in one sentence and out of order
(b01, b05, b20), a bare figure or date ("165 cm", "Monday 16 November", "68 kcal"), only a
link (b11, b14, b50), an attachment (a return label, a courier label, a quote), inline under
the quoted questions (b14 in Thunderbird style, b38 in Apple Mail French style), a "no" with
an alternative (b29: no price match), by a colleague (b20), and after a chase (b04, b12, b21,
b28, b41, b49).

Unanswered questions are the realistic kind: the reply handles the main point and skips a
secondary question or a request made in passing (porch delivery, PayPal, Bancontact, a
pro-forma invoice, an address or e-mail change, an account merge, a trade form, a multi-buy
discount, whether a food suits puppies or a kitten, a cover for a crate). Deferred questions
(b04, b12, b15, b16, b21, b27, b31, b32, b37, b41, b46) count only through their promise.

Not questions (must not be flagged): a rhetorical question and a self-answered one (b22: "Who
knew a nine-month-old Labrador could destroy...?", "Where do I find the order number? Never
mind, found it..."), a question answered by the customer herself mid-mail (b33: "Is it the
form on the puppy page? Oh wait, I've just seen..."), a pleasantry ("How's everyone doing -
not too snowed under with Christmas orders yet?", b43), customers' signatures with a "?" and
`?` URLs (b11, b33), support signatures with "Where's my order?" and "Is your pet unwell?",
thanks-only mails, and the questions of a customer's latest unanswered mail (b10, b16, b37,
b42: `awaiting-reply` territory).

Commitments: kept on time (b31 "come back to you tomorrow"; b20 "Nell will email you
tomorrow", kept by Nell, and a problem passed to Devika, who answers the same day), kept late
= missed (b04 "by Thursday" -> Monday; b12 "le escribo el lunes" -> Wednesday; b15 "early
next week" said on Thursday -> Wednesday; b21 "d'ici jeudi" -> Monday; b27 "by end of day" ->
next morning; b41 "we'll send the revised quote tomorrow" -> two days later), never kept (b08
tracking number "tomorrow", b16 "morgen", b32 "tomorrow", b37 "bis Montag", b46 "get back to
you" without a deadline = 2-day window), a deadline still ahead at audit time (b36, Monday 23
November). Not commitments: logistics ("The courier will collect the large crate on
Wednesday", "should be with you by Friday", "tracked and due Monday", "llegará mañana"), how
refunds work (b04, b26), an invitation to reply (b18), the acknowledgement's text.

Chasing in varied wording and languages: "Any news on the double charge?", "just following up
on this", "I haven't heard back about my points", "gibt es schon etwas Neues zu den
Rechnungen?", "Je me permets de vous relancer", "¿Hay alguna novedad? Sigo sin el pienso",
"ich warte immer noch auf eine Antwort", "Hello?? Still waiting", "any news on the quote?",
and a word-for-word resend as a new mail with the same subject (b32). Not chasing: a second
mail that adds the order number and a photo before any reply (b44).

Status and timing: awaiting reply (b10, b16, b37, b42), a fresh case inside the response
target with only the acknowledgement (b17), slow first responses (Friday afternoon answered on
Monday, b19; a Saturday mail answered after a Monday chase, b28; a mail ignored until it was
resent, b32), an explicit close "I'll mark this ticket as resolved" followed by the same
problem again (b18) and a `[Resolved]` subject tag followed by a new request in the same
thread (b48), a close followed only by thanks (b24, not reopened), three agents on one case
(b20).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old Eudora client; top-posted and inline
replies; plain 7bit, quoted-printable, base64 (b43), multipart/alternative (b11, b20, b39,
acknowledgements) and HTML-only (b40); PNG photos and PDF labels and quotes; a customer's
out-of-office reply with `X-Autoreply` (b39); customers replying to their own mail to chase
(b10, b28, b49); a reply that lost In-Reply-To/References (b45); a chase whose References
skip the agent's mail (b12); customers in UTC+1 (German, French, Spanish cases).

## Judgement calls

- **Deferral is not an unanswered question.** b32's "Please send the missing 6." is met with
  "I've asked the warehouse to check ... and I'll let you know tomorrow": the request counts
  as addressed and only the broken promise is labelled. Likewise b46's "made in the UK?".
- **A conditional question made moot is answered.** b15's "If not, is there a newer one that
  fits the same housing?" falls away once the old impeller is still made.
- **b13**: the daily amount and the mixing schedule are answered; the dental-sticks question
  is not touched and is labelled.
- **b20**: "I've passed the missing supplement on to Devika" is treated as a promise without
  a deadline (2-day window), kept the same afternoon; "Nell will email you tomorrow" is kept
  the next morning. Both kept, so only `many-handoffs` fires.
- **b22**: the mail with the requested photo asks nothing but is not a plain thanks either;
  the refund confirmation follows it. Status and rules are the same either way.
- **b26**: "¿Tengo que pagar yo el envío de la devolución?" is answered by "gratuita para
  productos sin abrir"; the e-mail change is not.
- **b32**: the resend counts once as a chase; the first, unanswered mail makes the first
  response slow.
- **b36**: Devika's promise to confirm the delivery day on Monday 23 November is not due at
  audit time: no finding.
- **b48**: "should be with you by Friday" is the post's delivery estimate, not a promise to
  write back.

## Independence

Written from the brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md (rule definitions), scripts/mailcraft.py, and
scripts/make_practice24_corpus.py with tests/test_practice24_corpus.py as the format
example (structure borrowed, no phrasing). Not opened: anything under `happyaudit/`, the
README's method, accuracy and weak-point sections, any other test file, any other corpus's
cases or mailbox. All labels were fixed before the single evaluation run and none was changed
after it.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.brindlebay.example")
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
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent}
    for m in (m for c in cases for m in c.msgs):
        parsed, in_mbox = by_id[m.message_id]
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, in_mbox))
    return [p for p in found if p]


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit("refusing to write tests/practice66:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice66:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice66 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice66")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
