#!/usr/bin/env python3
"""Regenerate ``tests/practice127/``: a labelled corpus of Ferrier Lane Shoe Repairs.

A support mailbox of a fictional Bristol cobbler's workshop with a nationwide and European
postal repair service (resoling and re-heeling, welted and cemented shoes, work and safety
boots, riding and cowboy boots, dyeing, stretching, orthopaedic raises, zips, bags and other
leather goods, postal repair bags, trade and theatre accounts), written without looking at
the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``ferrierlaneshoes.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves unanswered).
The shared machinery of ``scripts/practice_machinery.py`` recomputes status and every rule
count from those facts and the dates, and refuses to write when they disagree with the
hand-written case labels, or when a labelled question is not verbatim in the customer's own
text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice127_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "ferrierlaneshoes.example"
DESK = "Ferrier Lane Repairs <repairs@ferrierlaneshoes.example>"

AGENTS = {
    "nell": ("Nell Ashworth <nell@ferrierlaneshoes.example>", "thunderbird", """-- 
Nell Ashworth
Workshop desk | Ferrier Lane Shoe Repairs
14 Ferrier Lane, Bristol BS1 4QX | 0117 496 0742
Questions about your repair? https://ferrierlaneshoes.example/track?ref=sig"""),
    "dev": ("Dev Mistry <dev@ferrierlaneshoes.example>", "outlook", """Dev Mistry
Bench manager | Ferrier Lane Shoe Repairs
Resoling, re-welting and heel work since 1987"""),
    "kit": ("Kit Harrow <kit@ferrierlaneshoes.example>", "owa", """Kit Harrow
Accounts & trade customers | Ferrier Lane Shoe Repairs
This e-mail and any attachment are confidential and intended only for the addressee. If you
received it in error, please delete it and let us know."""),
    "bram": ("Bram Okafor <bram@ferrierlaneshoes.example>", "apple", """Bram Okafor
Leather goods & bags | Ferrier Lane Shoe Repairs
https://ferrierlaneshoes.example/bags?from=email"""),
    "greta": ("Greta Vogel <greta@ferrierlaneshoes.example>", "thunderbird_de", """-- 
Greta Vogel
Kundenservice (DE/AT/CH) | Ferrier Lane Shoe Repairs
https://ferrierlaneshoes.example/de?ref=signatur"""),
    "sol": ("Solène Marchetti <solene@ferrierlaneshoes.example>", "apple_fr", """Solène Marchetti
Service client francophone | Ferrier Lane Shoe Repairs
+44 117 496 0745"""),
    "paco": ("Paco Ibarra <paco@ferrierlaneshoes.example>", "gmail_es", """--
Paco Ibarra
Atención al cliente (ES) | Ferrier Lane Shoe Repairs
https://ferrierlaneshoes.example/es?utm_source=email"""),
}

ACK = """Hello,

Thank you for getting in touch with Ferrier Lane Shoe Repairs. This is an automatic
reply to let you know your message has reached us; your reference is {ref}.

The workshop desk answers mail Monday to Friday, 8:30am-5:30pm, and we aim to reply
within one working day. If you are sending shoes by post, please put a slip with
this reference inside the parcel.

Ferrier Lane Shoe Repairs - Workshop desk
https://ferrierlaneshoes.example/help?ticket={ref}"""

_OUTLOOK = ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}"]
CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": [*_OUTLOOK, "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": [*_OUTLOOK, "X-Mailer: Microsoft Outlook 16.0"],
    "owa": list(_OUTLOOK),
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Ferrier Lane Desk 2.7"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="fl.", outlook_server="CWLP26")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice127", title="Ferrier Lane Shoe Repairs", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="FL-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------


def _photo(base: tuple[int, int, int], spot: tuple[int, int, int]):
    """A small photo-like PNG: a base colour with a darker patch and a light gradient."""
    def pixel(x: int, y: int) -> tuple[int, int, int]:
        if 10 <= x <= 22 and 8 <= y <= 16:
            return spot
        return tuple(min(255, c + (x + y) // 3) for c in base)
    return mailcraft.png(32, 24, pixel)


SAGE_SWATCH_PNG = mailcraft.png(24, 24, lambda x, y: (156, 175, 136) if (x // 6 + y // 6) % 2 else (150, 170, 131))
BAYSWATER_PNG = _photo((122, 84, 48), (70, 44, 22))
TOECAP_PNG = _photo((60, 44, 30), (150, 150, 155))
PARABOOT_PNG = _photo((88, 52, 30), (30, 30, 30))
BRIEFCASE_PNG = _photo((58, 34, 20), (200, 190, 170))
WELLY_PATCH_PNG = _photo((40, 60, 40), (25, 35, 25))
CLASP_PNG = _photo((96, 74, 52), (212, 182, 96))
BAYSWATER_QUOTE_PDF = mailcraft.pdf([
    "Ferrier Lane Shoe Repairs - Leather goods quote Q-0411",
    "Customer: Margaret Oduya    Item: Mulberry Bayswater, oak",
    "Two replacement handles, matching oak leather, hand-stitched   GBP 140.00",
    "Edge painting and re-fitting to original brass rings            included",
    "Return postage, Royal Mail Special Delivery                     GBP 12.00",
    "Total                                                          GBP 152.00",
    "Turnaround about three weeks from receipt. Quote valid 60 days.",
])
DEVIS_MOTO_PDF = mailcraft.pdf([
    "Ferrier Lane Shoe Repairs - Devis D-1186",
    "Client : Mathieu Girard    Article : bottes de moto Alpinestars",
    "Semelles neuves (paire), collage et couture                     GBP 110.00",
    "Fermeture eclair gauche YKK, pleine longueur                     GBP 55.00",
    "Retour en France, suivi et assure                                GBP 28.00",
    "Total                                                           GBP 193.00",
    "Delai : environ trois semaines apres reception. Devis valable 60 jours.",
])


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("fl01-church-consul-resole", "en", "closed", {},
      "Harriet Quayle <harriet.quayle@example.com>", "gmail", "Full resole - Church's Consul, size 9",
      "Three questions (resole, time, price) and a choice about the heels, answered out of order "
      "in one paragraph; a thanks-only reply.",
      cu("11-03 08:42", """Hi,

I've got a pair of black Church's Consuls that my dad bought in about 2004 and I've
finally worn through the soles (there's an actual hole in the left one now, which is
not great in this rain).

Could you do a full leather resole on them? How long does that usually take at the
moment, and what would it cost roughly? The heels are worn down on the outer edge too -
is it better to keep the original heel blocks or have new ones built up?

They're a 9 F if that matters.

Thanks,
Harriet"""),
      ag("nell", "11-03 11:15", """Hi Harriet,

Consuls of that age are well worth doing. We'd replace the heel blocks rather than keep
them: once the outer edge has gone that far the stack has usually compressed, and a new
one sits level again. A full leather resole with new heels and rubber top-pieces is £98,
and we're turning resoles round in about two and a half weeks from the day they reach us
at the moment. The size makes no difference to the price.

If you'd like to go ahead, drop them at the counter or book a postal bag on the website.

Best wishes,"""),
      cu("11-03 19:30", """Brilliant, thank you Nell - I'll bring them in on Saturday.

Harriet""", thanks=True),
    ),
    C("fl02-iron-ranger-heels", "en", "closed", {"unanswered-question": 1},
      "Callum Reid <callum.reid@northgatejoinery.example>", "outlook", "Red Wing Iron Rangers - heels and a hook",
      "Heel question answered with part and price; the secondary request to replace a bent speed "
      "hook is skipped.",
      cu("11-04 13:05", """Hello,

My Red Wing Iron Rangers (8111, amber harness) have worn the heels right down to the
leather on both boots. Can you re-heel them with the original Vibram 430 mini-lug or
something close? How much would that be, and roughly how long would I be without them?

While they're with you, could you also replace the bent speed hook on the left boot? It's
the top one and it catches on my trouser leg every morning.

Regards,
Callum Reid
Northgate Joinery Ltd""", uq=1),
      ag("dev", "11-04 16:20", """Hi Callum,

We stock the Vibram 430 mini-lug, so the heels will match what Red Wing fit at the factory.
A pair of heels on the Iron Rangers is £42 including new heel nails, and they're usually
back with you within a week of arriving.

Send them in with a postal bag and put a note inside with your name and phone number.

Kind regards,"""),
      cu("11-05 08:10", """Thanks Dev, they'll go in the post tomorrow.

Callum""", thanks=True),
    ),
    C("fl03-satin-wedding-dye", "en", "pending", {},
      "Priya Lal <priya.lal@example.org>", "iphone", "Dyeing wedding shoes to match",
      "Three questions answered inline under each quoted question; the bride then sends the photo "
      "support asked for (not a chase), which support acknowledges.",
      cu("11-16 21:14", """Hi there,

I'm getting married on 12 December and have a pair of ivory satin court shoes that I'd love to have dyed to match my bridesmaids' dresses (a dusty sage green).

Is it possible to dye satin that colour?
Could you have them done by 5 December?
Do you need a piece of the fabric to match against?

Thank you so much!
Priya

Sent from my iPhone"""),
      ag("nell", "11-17 09:30", """Hi Priya,

Congratulations! Answers below.

> Is it possible to dye satin that colour?

Yes - satin takes dye beautifully, and sage is one of the kinder greens to get even.

> Could you have them done by 5 December?

Yes, as long as they reach us by 25 November.

> Do you need a piece of the fabric to match against?

Please - a swatch of about 5cm square is ideal. A photo is a useful start, but the swatch
is what we mix to.

Best wishes,""", quote=False),
      cu("11-17 18:02", """Hi Nell, here's a photo of the dress fabric for now - the swatch and the shoes go in the post tomorrow morning, recorded.

Priya

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", SAGE_SWATCH_PNG)]),
      ag("nell", "11-18 10:05", """Hi Priya,

Thank you - that's a lovely colour and the photo helps a lot. Put the swatch in the same
parcel as the shoes, with the date of the wedding on the slip.

Best wishes,"""),
    ),
    C("fl04-postal-bag-request", "en", "closed",
      {"customer-chased": 1, "slow-first-response": 1},
      "Tom Brierley <tbrierley@example.net>", "gmail", "Postal repair bag please",
      "Monday request for a postal bag gets only the acknowledgement; the customer replies to his "
      "own mail on Wednesday asking whether it got through (chase); answered that afternoon.",
      cu("11-02 08:55", """Hello,

Could you send me one of your postal repair bags? I've got two pairs to send - brown
brogues that need new soles and some walking boots where the stitching has gone at the toe.
Do both pairs fit in one bag, or do I need two?

My address is 3 Hollins Row, Hebden Bridge HX7 8AB.

Thanks,
Tom Brierley"""),
      ack("11-02 08:56"),
      cu("11-04 09:40", """Hi, I haven't heard anything back and no bag has turned up yet - did my request get through?

Tom"""
         , chase=True),
      ag("nell", "11-04 14:10", """Hi Tom,

Sorry for the slow reply - we were short on the desk at the start of the week. Your bag went
out with this afternoon's post, so it should be with you on Friday or Saturday. Two pairs fit
in one bag as long as the walking boots go in without boot trees; put the brogues in the dust
bags you'll find inside.

Best wishes,"""),
    ),
    C("fl05-airwair-sole", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Jade Okonjo <jade.okonjo@example.com>", "android", "Dr Martens 1460 - replacement sole?",
      "Genuine-sole question deferred 'by Thursday' and answered the next Monday (missed); the "
      "request for a heel-counter stiffener is never addressed.",
      cu("11-02 12:30", """Hi, my 1460s have split right across the sole at the flex point. Can you fit a genuine AirWair sole with the yellow welt stitching, or only a generic one? Also can you add a heel counter stiffener while they're in - the back has collapsed a bit.

Jade

Get Outlook for Android""", uq=1),
      ag("dev", "11-02 15:45", """Hi Jade,

Good question. Dr Martens don't sell the AirWair unit to repairers directly, but our sole
supplier sometimes has the original pattern in stock. I'll check with them and let you know
by Thursday whether they can get one in, and what it would cost.

Kind regards,""", promises=[("11-05", 3)]),
      ag("dev", "11-09 10:20", """Hi Jade,

Sorry this took longer than I said - the supplier only came back to me this morning. They
have the original AirWair pattern in black with yellow welt stitching in your size. Fitted,
it's £85 for the pair, and turnaround is about two weeks.

Kind regards,"""),
    ),
    C("fl06-riding-boot-zips", "en", "closed", {"unanswered-question": 2},
      "Eleanor Pryce-Jones <eleanor@pryce-livery.example>", "thunderbird", "Long riding boots - zip and a few other things",
      "Numbered list of four; the reply answers items 1 and 3 (zip price, return insurance) and "
      "skips the calf stretch and the half-sole.",
      cu("11-05 10:05", """Good morning,

I have a pair of Ariat tall riding boots (brown leather, back zip) that need some work
before the winter season. In order:

1. The zip on the right boot has split at the bottom - can you replace it, and what would
   that cost?
2. Could you stretch the calf on both boots by about 1cm? They've always been snug.
3. Do you insure parcels on the return journey? They were not cheap.
4. Is it possible to add a rubber half-sole for grip on wet yard cobbles?

Many thanks,
Eleanor Pryce-Jones
Pryce Livery, Chipping Norton""", uq=2),
      ag("bram", "11-05 14:50", """Hello Eleanor,

A full-length YKK zip on a tall boot is £55 per boot, fitted, with the tape matched to the
leather - brown is no trouble. Returns go by Royal Mail Special Delivery, which covers up
to £750 a parcel; if the boots are worth more than that, tell us when you book and we'll use
a courier with higher cover.

You can book a postal bag or a courier collection on the website.

Best,"""),
      cu("11-06 09:12", """Thank you, that's helpful. I'll book the courier next week.

Eleanor""", thanks=True),
    ),
    C("fl07-lantern-theatre-panto", "en", "pending", {"many-handoffs": 1},
      "Rowan Trask <rowan.trask@lantern-theatre.example>", "outlook", "Panto shoes - bulk repair and invoicing",
      "A theatre with a wardrobe colleague in Cc: the desk passes the tap shoes to the bench and the "
      "invoice to accounts; both promises kept by colleagues on time; the customer sends the PO "
      "number asked for (not a chase). Three agents.",
      cu("11-16 11:20", """Hello,

We're the Lantern Theatre in Bath and our panto opens on 4 December. We have 14 pairs of
character shoes and boots that need work - mostly heel tips, a couple of soles, and two
pairs of tap shoes where the taps have come loose.

Can you take on a job that size, and could it be done by 27 November? We'd also need a
single invoice made out to the theatre with our PO number, as we can't pay by card.

I've copied in Imogen from wardrobe, who'll do the packing.

Best,
Rowan Trask
Production Manager, The Lantern Theatre""", kind="alt",
         cc="Imogen Bell <wardrobe@lantern-theatre.example>"),
      ag("nell", "11-16 14:00", """Hi Rowan,

Lovely to hear from you - we'd be glad to. Fourteen pairs by 27 November is fine if they
reach us by this Friday. I've passed the tap shoes to Dev, our bench manager, who'll let you
know what the taps need. Kit in accounts will be in touch about the invoice and PO by
Wednesday.

Best wishes,""", promises=[("window", 3), ("11-18", 4)]),
      ag("dev", "11-17 09:30", """Hello Rowan,

Dev here from the bench. Loose taps are nearly always the screws pulling out of worn sole
leather - we plug the holes and re-set the taps, £18 a pair. If the tap plates themselves are
cracked, new Capezio Teletones are £36 a pair fitted.

Regards,"""),
      ag("kit", "11-18 15:10", """Dear Rowan,

Kit Harrow from accounts. Yes, we can put the whole job on one invoice to the theatre with
your PO number, on 30-day terms. Please reply with the PO number and the address invoices
should go to.

Kind regards,"""),
      cu("11-18 16:00", """Hi Kit,

PO number is LT-2026-118, and invoices to accounts@lantern-theatre.example please. Imogen's
booked the courier for Thursday.

Rowan"""),
      ag("kit", "11-19 09:15", """Dear Rowan,

Thank you - the account is set up with that PO, and the invoice will go to accounts@ when
the shoes go back to you.

Kind regards,"""),
    ),
    C("fl08-birkenstock-cork", "en", "open", {"awaiting-reply": 1},
      "Sanne de Wit <sanne.dewit@example.net>", "apple", "Birkenstock Arizona - cork and footbed",
      "First questions answered; her follow-up questions (timing before a flight, PayPal) have "
      "had no reply since Tuesday.",
      cu("11-12 19:40", """Hello,

My Birkenstock Arizonas have cracked cork at the heel and the suede footbed has gone black.
Do you reseal cork, and can you replace the footbed liner? What would the total be?

Kind regards,
Sanne de Wit"""),
      ag("nell", "11-13 10:05", """Hi Sanne,

Yes to both: resealing the cork is £12 and a new suede footbed liner is £28, so £40 for the
pair. If the sole underneath is worn thin we'd also suggest a new EVA sole at £38 - you'll be
able to see if the tread has gone smooth at the heel.

Best wishes,"""),
      cu("11-17 08:30", """Thanks Nell. The sole is fine, so just the cork and the liner.

If I send them this week, would I get them back before I fly out on 4 December? And do you take PayPal?

Sanne"""),
    ),
    C("fl09-bayswater-handles", "en", "closed", {},
      "Margaret Oduya <m.oduya@example.org>", "outlook", "Mulberry Bayswater - handle repair quote",
      "Quote request with a photo answered with a PDF quote attached; the post-or-shop question "
      "answered in the same reply.",
      cu("11-03 10:10", """Hello,

The handles on my Mulberry Bayswater have cracked along the edges and one is coming away
from its ring. Could you quote for replacing both handles? A photo is attached.

Is it best to post it or to bring it to the shop? I'm in Clifton, so not far.

Kind regards,
Margaret Oduya""", attach=[("image/png", "bayswater.png", BAYSWATER_PNG)]),
      ag("bram", "11-03 15:30", """Hello Margaret,

Thank you for the photo - the quote is attached. Both handles would be remade in matching oak
leather, edges painted, on the original brass rings. From Clifton, bringing it in is easiest:
the counter is open Monday to Saturday and you can leave it in the dust bag.

Best,""", attach=[("application/pdf", "Quote-Q-0411-Oduya.pdf", BAYSWATER_QUOTE_PDF)]),
    ),
    C("fl10-suede-chelsea-fresh", "en", "open", {},
      "Ollie Fenwick <ollie@fenwickandco.example>", "gmail", "Suede Chelsea boots - water marks",
      "A fresh Friday-morning enquiry with only the automatic acknowledgement, inside the response "
      "target at audit time.",
      cu("11-20 09:35", """Hi,

I've got tan suede Chelsea boots with tide marks after getting caught in the rain on
Wednesday. Can you clean and re-nap them, and do you offer a waterproofing treatment as well?

Thanks,
Ollie"""),
      ack("11-20 09:36"),
    ),
]
CASES += [
    C("fl11-loake-squeak-reopened", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Graham Whitcombe <graham.whitcombe@example.com>", "thunderbird", "Loake Aldwych resole - job card 2291",
      "Collection question answered and the ticket marked resolved; ten days later a new problem "
      "in the same thread (a squeaking heel) reopens it. The squeak is explained, the request for "
      "an e-mailed receipt is not answered.",
      cu("11-06 09:15", """Hello,

I dropped my Loakes in for a resole on 23 October (job card 2291) and was told about three
weeks. Will they be ready for collection by next Saturday, and will you text or email when
they're done?

Regards,
Graham Whitcombe"""),
      ag("nell", "11-06 11:40", """Hi Graham,

Good news - they're finished and on the collection shelf now, so any time from today. We
normally text the number on the job card when a pair is ready; I'm sorry that didn't happen.

I'll mark this ticket as resolved, but do reply here if anything else comes up.

Best wishes,""", closes=True),
      cu("11-16 18:25", """Hello again,

I collected them on Saturday and they look superb, but the left one squeaks with every step -
a sort of creak from under the heel. Is that normal for a new leather sole, and will it settle
down? Also, can I get a receipt emailed to me for my records? I paid cash.

Graham""", uq=1),
      ag("dev", "11-17 10:00", """Hi Graham,

A creak under the heel on a new leather sole is usually the heel stack rubbing against the
shank while everything beds in. It normally settles within a week or two of wear. If it's
still there after that, bring them in and we'll re-tack the heel at no charge.

Regards,"""),
    ),
    C("fl12-leg-length-raise", "en", "closed", {"unanswered-question": 2},
      "Beatrice Hale <bea.hale@example.org>", "owa", "Raise on left shoe (leg length difference)",
      "Four questions buried in one long paragraph; the reply covers both pairs and the prices but "
      "not the inside-the-shoe option or the physio's letter.",
      cu("11-04 16:40", """Dear Ferrier Lane,

My physiotherapist has recommended a 1.5cm raise on my left shoe because of a leg-length difference after my hip replacement, and a friend at church said you do this sort of thing. I mostly wear a pair of black Ecco lace-ups and some Clarks ankle boots, and I'm wondering whether both can be done or whether the boots, which have a thick crepe sole, are a problem, and I'd also like to know if the raise can be done inside the shoe rather than on the sole because I'd rather it didn't show. I can't easily get to Bristol so would need to post them, and I've no idea whether you need my physio's letter or just the measurement. Could you tell me the cost for each pair as well please?

With thanks,
Beatrice Hale""", uq=2),
      ag("dev", "11-05 09:20", """Dear Beatrice,

We do raises most weeks, and both pairs can be done. The crepe sole on the Clarks isn't a
problem: we build the raise in matching crepe and blend it into the existing sole, so it
looks like part of the boot. An external 1.5cm raise is £45 on the Eccos and £55 on the
boots.

Posting is fine - book a postal bag on the website and put both pairs in together.

Kind regards,"""),
    ),
    C("fl13-safety-boot-toecap", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Dariusz Nowak <d.nowak@kestrelscaffolding.example>", "gmail", "Safety boots - steel toe showing through",
      "Desk promises that the bench manager will come back about the photos (no deadline, 2-day "
      "window); the courier's collection days are logistics. The customer chases; the answer comes "
      "after the window.",
      cu("11-03 07:15", """Morning,

The steel toe cap on my Dewalt safety boots is showing through the leather at the front.
Photos attached. Can this be patched or are they finished? They're only four months old so
I don't want to bin them.

Dariusz Nowak
Kestrel Scaffolding""", attach=[("image/png", "boots_front.png", TOECAP_PNG)]),
      ag("nell", "11-03 10:30", """Hi Dariusz,

Thanks for the photos. I'll ask Dev to have a look at them and come back to you - he does our
toe-cap work. If it's repairable, our courier collects from addresses in your area on
Wednesdays and Fridays.

Best wishes,""", promises=[("window", 4)]),
      cu("11-06 07:50", """Morning, any word from Dev on the boots? Need to know if I'm buying new ones this weekend.

Dariusz""", chase=True),
      ag("dev", "11-06 12:05", """Hi Dariusz,

Sorry for the wait. They're repairable: we'd fit a leather toe bumper over the cap, stitched
and glued, £32. They'd be back with you within a week.

Regards,"""),
    ),
    C("fl14-gift-voucher-link", "en", "closed", {},
      "Fiona Marsh <fiona.marsh@example.com>", "apple", "Gift voucher for my husband",
      "Two questions answered with only a link to the voucher page; thanks-only reply.",
      cu("11-09 20:05", """Hello,

Do you sell gift vouchers? My husband's brogues are in a terrible state and I'd like to give
him a voucher for a resole for Christmas. Can they be used for the postal service too, as he
works in London?

Fiona"""),
      ag("nell", "11-10 09:10", """Hi Fiona,

https://ferrierlaneshoes.example/gift-vouchers#postal-repairs

Best wishes,"""),
      cu("11-10 12:30", """Perfect, just ordered one. Thank you!

Fiona""", thanks=True),
    ),
    C("fl15-lucchese-cowboy-boots", "en", "pending", {},
      "Lorna McBride <lorna.mcbride@glenrossfarm.example>", "owa", "Cowboy boots - heel and toe tip",
      "Three questions answered out of order in one paragraph; the customer's out-of-office "
      "answers support's reply.",
      cu("11-16 13:00", """Hello,

I've got a pair of Lucchese cowboy boots where the leather heel has worn down at an angle and
the metal toe tip has come off one boot (I still have it). Can you rebuild the heel to the
original height? Can the toe tip be re-attached, or would you fit new ones on both for
symmetry? And roughly how long would it all take? I'm in Perthshire so I'd be posting them.

Lorna McBride
Glenross Farm""", kind="alt"),
      ag("dev", "11-16 16:45", """Hi Lorna,

About two weeks from when they arrive. Re-attaching the original tip is fine if the screw
holes are sound, so there's no need to touch the other boot. And yes, we rebuild cowboy heels
to the original height and pitch in stacked leather with a rubber top-piece - £60 for the
pair, tip included.

Regards,"""),
      auto("11-16 16:46", """I'm out on the hill until Thursday 19 November with no phone signal. For anything urgent about the farm shop please call 01887 496 021.

Lorna""", subject="Automatic reply: RE: Cowboy boots - heel and toe tip", quote=False),
    ),
    C("fl16-harlow-heel-forwarded", "en", "closed", {},
      "Hugo Lambert <hugo.lambert@example.net>", "gmail", "Fwd: Your order MF-55810 has shipped",
      "HTML-only mail with a forwarded retailer confirmation full of questions ('Need a different "
      "size?', 'Questions about your order?' with a ? URL); the customer's own two questions are answered.",
      cu("11-05 18:20", """Hi,

The heel came off one of these boots after two weeks, and the shop below won't take them back
because I'd worn them outside. Can you re-attach it properly, and what would it cost? Order
details forwarded below in case they help with the make.

Hugo

---------- Forwarded message ---------
From: Marlowe & Finch <orders@marloweandfinch.example>
Date: Tue, 13 Oct 2026 at 09:02
Subject: Your order MF-55810 has shipped
To: <hugo.lambert@example.net>

Thanks for your order!
Harlow Chelsea boot, dark brown suede, UK 10 - 1 x £149.00
Need a different size? Start a free exchange within 30 days.
Questions about your order? Reply to this email or visit https://marloweandfinch.example/help?order=MF-55810""",
         kind="html"),
      ag("nell", "11-06 09:40", """Hi Hugo,

A heel that's come away on a cemented boot like the Harlow usually needs the old glue cleaned
off and the heel nailed back through the insole, which holds far better than glue alone. It's
£22 and takes about a week.

Best wishes,"""),
    ),
    C("fl17-stiletto-tips-resend", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Nadia Haddad <nadia.haddad@example.com>", "outlook", "Stiletto heel tips and a stretch",
      "No reply for three days, then a word-for-word resend as a new mail without threading "
      "headers (chase). The reply gives the heel-tip price and Saturday hours but not the stretch.",
      cu("11-09 12:10", """Hello,

I have three pairs of stilettos that need new heel tips (the metal is scraping on the pavement). How much are heel tips per pair? Could you also stretch one pair across the toe - they pinch on my little toe? And can I leave them at the counter on a Saturday?

Thanks,
Nadia Haddad""", uq=1),
      cu("11-12 08:30", """Hello,

I have three pairs of stilettos that need new heel tips (the metal is scraping on the pavement). How much are heel tips per pair? Could you also stretch one pair across the toe - they pinch on my little toe? And can I leave them at the counter on a Saturday?

Thanks,
Nadia Haddad""", parent=0, chase=True),
      ag("nell", "11-12 11:00", """Hi Nadia,

Sorry - your first mail slipped past us. Heel tips are £14 a pair, often done while you wait
if it's quiet, and yes, the counter is open 9 till 4 on Saturdays.

Best wishes,"""),
    ),
    C("fl18-redye-belt-after", "en", "closed", {"unanswered-question": 1},
      "Simon Achterberg <simon@achterberg-design.example>", "apple", "Re-dye tan brogues to dark brown",
      "Answered first mail; the customer's second mail after the case seemed done asks about a "
      "matching belt - the price is given, the 'cheaper together?' question is not.",
      cu("11-02 10:00", """Hi,

Can you re-dye a pair of tan brogues dark brown? They've gone patchy where the rain got to
them. Price and time please.

Simon"""),
      ag("dev", "11-02 13:30", """Hi Simon,

Yes - stripping and re-dyeing tan to dark brown is £45 and takes about ten days.

Kind regards,"""),
      cu("11-03 09:15", """Great, thanks. They're in the post today.

One more thing - I've got a tan belt that matches them. Could you re-dye that at the same time so they still match? And would it be cheaper to do them together?

Simon""", uq=1),
      ag("dev", "11-03 11:00", """Hi Simon,

Belts are done by Bram in our leather goods room - a belt strip and re-dye in the same dark
brown is £25. Pop it in a separate bag inside the parcel with your name on.

Kind regards,"""),
    ),
    C("fl19-christy-sole-paraboot", "en", "closed", {"unanswered-question": 1},
      "Ruth Calloway <ruth.calloway@example.org>", "gmail", "Vibram Christy sole on my Paraboots?",
      "Asked for a Christy wedge sole; the reply answers the neighbouring question of a new heel "
      "top-piece (and the time) instead.",
      cu("11-04 19:20", """Hello,

I have a pair of Paraboot Michael derbies (photo attached). Could you fit a Vibram Christy wedge sole instead of the original Marche sole? I've seen it on a few blogs and love the look. And how long would they be away for?

Ruth Calloway""", uq=1, attach=[("image/png", "michael.png", PARABOOT_PNG)]),
      ag("dev", "11-05 10:10", """Hi Ruth,

Lovely shoes. The heel on the Michael is a separate rubber top-piece over a leather base, and
yours are worn through on the outer edge in the photo; we can fit a new Paraboot top-piece for
£24. They'd be away about a week.

Regards,"""),
    ),
    C("fl20-grenson-ready-date", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Kieran Doyle <kieran.doyle@example.net>", "iphone", "Grenson boots - ready date? (job card 2318)",
      "'I'll email you a ready date by end of day' not kept that day; the customer chases and gets "
      "the date a day late. The spare laces question is never answered.",
      cu("11-09 08:05", """Hi, I dropped my Grenson boots off for a resole last week (job card 2318). Any idea when they'll be ready? I'm away from the 20th. Also, did you find the spare laces I left in the left boot?

Kieran

Sent from my iPhone""", uq=1),
      ag("nell", "11-09 09:50", """Hi Kieran,

Let me check with the bench and I'll email you a ready date by the end of the day.

Best wishes,""", promises=[("11-09", 4)]),
      cu("11-10 13:15", """Hi Nell, still waiting on that date - can you let me know today? Cheers

Kieran

Sent from my iPhone""", chase=True),
      ag("nell", "11-10 15:30", """Hi Kieran,

Sorry about yesterday. Dev says they'll be ready on Tuesday 17th, so well before you go.

Best wishes,"""),
    ),
    C("fl21-vintage-clasp-ahead", "en", "pending", {},
      "Amelia Stroud <amelia.stroud@example.com>", "gmail", "Vintage handbag clasp - can it be fixed?",
      "The estimate is promised 'by Tuesday 24 November' - a deadline still ahead at audit time; "
      "thanks-only reply.",
      cu("11-18 14:20", """Hello,

I have my grandmother's 1960s crocodile-effect handbag and the clasp no longer snaps shut.
Is this something you can fix? Would you need to see it first? I've attached photos of the
clasp open and closed.

Amelia Stroud""", attach=[("image/png", "clasp.png", CLASP_PNG)]),
      ag("bram", "11-19 10:05", """Hello Amelia,

Usually, yes: on bags of that era the clasp has a small sprung tongue that flattens with age
and can be re-set, and your photos show enough that I don't need to see it first. I'm at a
trade fair until Monday, and I'll send you an estimate by Tuesday 24 November.

Best,""", promises=[("11-24", None)]),
      cu("11-19 12:40", """Thank you, no rush at all.

Amelia""", thanks=True),
    ),
]
CASES += [
    C("fl22-alden-from-boston", "en", "closed", {},
      "Walt Brennan <walt.brennan@example.com>", "gmail", "Alden shell cordovan - recrafting from the US",
      "A customer in Boston (UTC-5): a pleasantry, a rhetorical question and a self-answered "
      "question around two real ones, both answered; thanks-only reply.",
      cu("11-02 09:30", """Hi folks,

Hope the workshop isn't too chilly this week? I'm a Bristol exile now in Boston, and my Alden
990s in shell cordovan are due a resole. Why does nobody over here do a proper closed-channel
sole any more? Anyway.

Do you take shipments from the US, and what would a full resole with a Dainite sole cost?
Where do I find the customs form for sending repairs? Never mind - found the CN23 link on
your shipping page.

Best,
Walt"""),
      ag("dev", "11-02 16:40", """Hi Walt,

We do - we get a fair few parcels from the States. A full resole on 990s with a Dainite sole
and new heels is £120, plus return shipping to Boston, which is about £45 tracked. Leave the
shoe box out of the parcel to save on weight.

Regards,"""),
      cu("11-02 13:00", """Perfect, thanks Dev. They'll be on their way next week.

Walt""", thanks=True),
      tz=-5),
    C("fl23-brewhouse-clogs", "en", "closed", {},
      "Joe Whitlock <joe@thebrewhousecafe.example>", "thunderbird", "Chef's clogs - new soles?",
      "Question answered with price and a multi-pair rate; thanks-only reply whose signature "
      "carries 'Fancy a brew?' and a ? URL.",
      cu("11-04 15:10", """Hi,

Can you resole Birki clogs? The kitchen floor has worn ours smooth and the team keep sliding
about. I've got six pairs.

Joe

Joe Whitlock | The Brewhouse Café
Fancy a brew? https://thebrewhousecafe.example/menu?src=email"""),
      ag("nell", "11-05 09:05", """Hi Joe,

Yes - we fit a slip-resistant rubber sole to Birki clogs: £34 a pair, or £30 a pair for six.

Best wishes,"""),
      cu("11-05 10:40", """Cheers Nell, that's great.

Joe Whitlock | The Brewhouse Café
Fancy a brew? https://thebrewhousecafe.example/menu?src=email""", thanks=True),
    ),
    C("fl24-biker-jacket-zip", "en", "closed", {},
      "Catherine Oyelaran <c.oyelaran@example.org>", "owa", "Zip on leather jacket?",
      "Answered by a support reply that lost In-Reply-To/References (subject only).",
      cu("11-05 11:30", """Hello,

Do you replace zips on leather jackets, or is it only shoes and bags? It's a heavy biker
jacket with a chunky brass zip that's lost a few teeth.

Catherine Oyelaran"""),
      ag("bram", "11-05 15:00", """Hi Catherine,

We do jackets too. A heavy-duty brass zip on a biker jacket is £65 and takes about ten days.

Best,""", thread=False),
    ),
    C("fl25-scarpa-rand", "en", "pending", {},
      "Ivo Stanchev <ivo.stanchev@example.net>", "thunderbird", "Hiking boots - rand repair",
      "Two questions answered at once; a follow-up question answered by a reply whose References "
      "skip a message (gap).",
      cu("11-13 10:00", """Hello,

The rubber rand on my Scarpa boots is peeling away at the toe. Can you re-glue it? And can
you resole them with a Vibram sole at the same time?

Ivo"""),
      ag("dev", "11-13 14:00", """Hi Ivo,

Yes to both - re-bonding the rand and a Vibram resole together come to £95 for the pair.
Re-bonding alone would be £25.

Regards,"""),
      cu("11-16 09:00", """Thanks Dev, let's do both. Do I need to clean them before sending?

Ivo"""),
      ag("dev", "11-16 11:30", """Hi Ivo,

A quick brush to get the mud off is plenty; we clean them properly before re-bonding anyway.

Regards,""", refs=[1, 3]),
    ),
    C("fl26-briefcase-solicitor", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Jonathan Ashby <j.ashby@ashbyhartlegal.example>", "outlook", "Repair of briefcase - quote and invoice",
      "A solicitor with a confidentiality disclaimer. The quote promised 'by Wednesday' after the "
      "photos arrive comes on Thursday (missed); the photos are what support asked for (not a "
      "chase). The request to invoice the firm is never addressed.",
      cu("11-02 10:15", """Dear Sir or Madam,

The handle on my leather briefcase (a Swaine Adeney, about twenty years old) has snapped at the stitching. Please could you let me know whether it can be repaired and at what cost? Please also address the invoice to the firm rather than to me personally, as it is a business expense.

Yours faithfully,
Jonathan Ashby
Partner, Ashby Hart LLP

CONFIDENTIALITY: This email and any attachments are confidential and may be legally
privileged. If you are not the intended recipient, please notify the sender immediately and
delete it. Any unauthorised use or disclosure is prohibited. Ashby Hart LLP is authorised and
regulated by the Solicitors Regulation Authority.""", uq=1),
      ag("bram", "11-02 14:30", """Dear Mr Ashby,

It almost certainly can. Could you send a photo of each end of the handle? Then I'll send you
a firm quote by Wednesday.

Best,""", promises=[("11-04", 4)]),
      cu("11-02 17:05", """Photos attached, as requested.

Jonathan Ashby
Partner, Ashby Hart LLP

CONFIDENTIALITY: This email and any attachments are confidential and may be legally
privileged. If you are not the intended recipient, please notify the sender immediately and
delete it. Any unauthorised use or disclosure is prohibited. Ashby Hart LLP is authorised and
regulated by the Solicitors Regulation Authority.""", attach=[("image/png", "handle-ends.png", BRIEFCASE_PNG)]),
      ag("bram", "11-05 11:20", """Dear Mr Ashby,

Apologies for the delay, and thank you for the photos. The handle can be remade on the
original fittings in matching bridle leather: £85, about two weeks.

Best,"""),
    ),
    C("fl27-heel-tips-figure", "en", "closed", {},
      "Zara Elms <zara.elms@example.com>", "iphone", "heel tips",
      "A one-line question answered with a bare figure.",
      cu("11-06 12:40", """hi how much for heel tips on stilettos? thanks zara

Sent from my iPhone"""),
      ag("nell", "11-06 14:00", "£14 a pair."),
    ),
    C("fl28-daytona-chase", "en", "pending", {"unanswered-question": 1, "customer-chased": 1},
      "Bethan Morgan <bethan.morgan@example.org>", "android", "Daytona motorbike boots - sole and gear pad",
      "Chased the next morning ('just checking in'); the reply after the chase answers both "
      "repairs but not the request to send the postal form.",
      cu("11-16 19:45", """Hi, I have a pair of Daytona motorbike boots with a worn sole and a split in the gear-shift pad on the left. Can you replace the sole, and is the gear pad something you can repair or replace? Also please send me the postal form - I couldn't find it on the site.

Bethan

Get Outlook for Android""", uq=1),
      cu("11-17 08:50", """Hi again, just checking in on my email below - I'd like to get the boots off before the weekend.

Bethan

Get Outlook for Android""", chase=True),
      ag("dev", "11-17 12:00", """Hi Bethan,

Sorry for the wait. Daytonas take a full resole well - £110 with the original-pattern sole.
The gear-shift pad can be replaced with a new leather patch stitched in, £20.

Regards,"""),
    ),
    C("fl29-le-chameau-patch", "en", "closed", {},
      "Henry Pakenham <henry@pakenhamestate.example>", "gmail", "Le Chameau wellies - split at the ankle",
      "Answered with 'Of course.' and a price; a promised photo of a similar repair sent the next "
      "day as promised; thanks-only reply.",
      cu("11-03 08:20", """Morning,

I have a pair of Le Chameau wellies with a split at the ankle crease. Could you patch them?

Henry"""),
      ag("nell", "11-03 10:00", """Of course. Patches on Le Chameaus are £18 per boot, vulcanised so they flex with the
rubber. I'll send you a photo of a similar repair tomorrow so you can see how it looks.""", promises=[("11-04", 3)]),
      ag("nell", "11-04 11:00", """Hi Henry,

Here's the photo I mentioned - the left boot of a pair we patched last month.

Best wishes,""", attach=[("image/png", "patched-welly.png", WELLY_PATCH_PNG)]),
      cu("11-04 19:00", """Looks excellent - they'll come in on Saturday. Thanks!

Henry""", thanks=True),
    ),
    C("fl30-cupsole-early-next-week", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Amir Karimi <amir.karimi@example.com>", "outlook", "Common Projects trainers - resole?",
      "'I'll come back to you early next week with a price' (Thursday 12 Nov, so by Tuesday 17) "
      "never kept; the question about cleaning the uppers is not answered.",
      cu("11-11 17:30", """Hi,

My Common Projects Achilles have a hole worn through the heel of the sole. Do you resole cupsole trainers like these, or is it not possible because the sole is stitched round the side? If you can, would you use a white sole so they look original? And could you clean the uppers at the same time?

Thanks,
Amir Karimi""", uq=1),
      ag("dev", "11-12 10:15", """Hi Amir,

Cupsoles can be done: we unpick the side stitch, fit a new white cupsole and re-stitch through
the original holes, so they look as they did. I need to check that our supplier has the white
cupsole in your size, so I'll come back to you early next week with a price.

Regards,""", promises=[("11-17", None)]),
    ),
    C("fl31-start-rite-toe-slow", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Lucy Farrant <lucy.farrant@example.net>", "gmail", "School shoes - worn through at the toe",
      "Friday-evening mail with only the acknowledgement until Monday afternoon (slow); the school "
      "discount question is skipped.",
      cu("11-06 18:45", """Hello,

My daughter's school shoes (Start-rite, size 4) have worn through at the toe after one term -
she drags her feet on her scooter. Can you put a toe plate or a protective rubber tip on them
so this doesn't keep happening? And can you do it while we wait on a Saturday?

I'd also like to know if you do discounts for schools - I'm on the PTA and a few parents have
asked.

Lucy Farrant""", uq=1),
      ack("11-06 18:46"),
      ag("nell", "11-09 14:20", """Hi Lucy,

A rubber toe guard fitted over the worn area is £16 and stops it happening again - scooter
feet are the usual culprit! Saturday mornings are our busiest, but small jobs like this are
usually done within the hour.

Best wishes,"""),
    ),
    C("fl32-site-boots-quote-awaiting", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Greg Halloran <greg.halloran@halloranbuilders.example>", "outlook", "Quote for 10 pairs of work boots",
      "'I'll send you a quote tomorrow' never sent; the customer chases on Monday and has had no "
      "reply since.",
      cu("11-10 08:00", """Hi,

We've got ten pairs of site boots (mostly Caterpillar and Dewalt) needing new soles. Could you
give us a price for the lot? We could drop them over on Friday.

Greg Halloran
Halloran Builders"""),
      ag("kit", "11-10 11:00", """Hi Greg,

We can certainly do that. I'll send you a quote for the ten pairs tomorrow, with our trade
rate.

Kind regards,""", promises=[("11-11", None)]),
      cu("11-16 07:45", """Kit, still waiting for that quote - the lads are working in wet boots. Can you send it today please?

Greg""", chase=True),
    ),
    C("fl33-sheepskin-base64", "en", "pending", {},
      "Margit Holm <margit.holm@example.org>", "thunderbird", "Sheepskin boots - re-dye and patch",
      "A base64-encoded mail with two questions, answered at once.",
      cu("11-16 10:30", """Hello,

Can you re-dye my old sheepskin boots from grey to black, and patch a small hole at the heel?
How much would each be?

Margit Holm""", cte="base64"),
      ag("bram", "11-16 15:00", """Hi Margit,

Both are fine: £40 for the re-dye and £15 for the patch, done together in about ten days.

Best,"""),
    ),
    C("fl34-satchel-strap-colleague", "en", "pending", {},
      "Daniel Ferreira <daniel.ferreira@example.com>", "gmail", "Satchel strap and a resole",
      "The desk answers the resole and passes the strap to the leather-goods colleague, who sends "
      "the price the next day as promised; thanks-only reply.",
      cu("11-16 09:10", """Hi,

Two things: my leather satchel's shoulder strap has snapped at the buckle, and my brown Loake
brogues need new soles. Can you do both, and could I have a price for each?

Daniel"""),
      ag("nell", "11-16 12:00", """Hi Daniel,

Yes to both. A full leather resole on Loakes is £85. Bags are Bram's department - he'll email
you the price for the strap tomorrow.

Best wishes,""", promises=[("11-17", 3)]),
      ag("bram", "11-17 10:30", """Hi Daniel,

Bram here. A new buckle end stitched onto your existing strap is £30; a whole new strap in
matching leather is £60.

Best,""", parent=1),
      cu("11-17 18:00", """Thanks both! I'll bring them in on Saturday.

Daniel""", thanks=True),
    ),
    C("fl35-ferragamo-vara", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rebecca Thorne <rebecca.thorne@example.net>", "apple", "Restoring vintage Ferragamo pumps",
      "Four questions: heel covers and the box answered, the colour match deferred with 'photos by "
      "Monday' that never comes, the frayed bow never addressed.",
      cu("11-05 21:10", """Hi,

I've inherited a pair of red patent Ferragamo Vara pumps from the 80s - my mum's - and I'd
like to get them wearable again. A few questions:

- The heel covers are scuffed through to the plastic at the back. Can they be re-covered?
- The grosgrain bow on the right shoe is frayed at the edge - can it be replaced with a matching one?
- There are a few small scuffs on the toes too. Can you colour-match the red for touch-ups?
- Do you send them back in a box, or should I include one?

Thanks so much,
Rebecca""", uq=1),
      ag("dev", "11-06 09:30", """Hi Rebecca,

What a lovely pair to inherit. The heel covers can be re-covered in matching red leather -
£35 the pair. We send everything back in our own box, so no need to include one.

For the red, I'll email you photos of our three closest patent reds by Monday so you can
compare them against the shoes in daylight.

Regards,""", promises=[("11-09", None)]),
    ),
]
CASES += [
    C("fl36-de-dinkelacker-zoll", "de", "closed", {"unanswered-question": 1},
      "Matthias Bergmann <m.bergmann@bergmann-architekten.example>", "gmail_de",
      "Neubesohlung Budapester aus München – Versand und Zoll",
      "Resole and customs questions answered; the request in passing to make the invoice out to "
      "his office is not.",
      cu("11-03 09:20", """Guten Tag,

ich habe ein Paar Budapester von Heinrich Dinkelacker, bei denen die Ledersohle durchgelaufen ist. Können Sie die Schuhe neu besohlen, wenn ich sie aus München schicke? Wie läuft das seit dem Brexit mit dem Zoll – fallen bei der Rücksendung Gebühren für mich an? Außerdem bitte ich Sie, die Rechnung auf mein Büro auszustellen: Bergmann Architekten, Leopoldstraße 40, 80802 München.

Mit freundlichen Grüßen
Matthias Bergmann""", uq=1),
      ag("greta", "11-03 13:10", """Guten Tag Herr Bergmann,

ja, Dinkelacker besohlen wir regelmäßig: rahmengenäht, neue Ledersohle und neue Absätze für
£120. Legen Sie dem Paket bitte eine CN23-Erklärung als „Rückware zur Reparatur“ bei. Bei der
Rücksendung zahlen Sie in Deutschland dann nur die Einfuhrumsatzsteuer auf den Wert der
Reparatur, nicht auf die Schuhe.

Viele Grüße"""),
      tz=1),
    C("fl37-de-lowa-warte", "de", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Sabine Krüger <sabine.krueger@example.com>", "outlook_de", "Wanderschuhe – Sohle löst sich",
      "Monday mail unanswered; Wednesday 'ich warte immer noch auf eine Antwort' (chase, replying "
      "to her own mail); both questions answered that afternoon.",
      cu("11-02 08:30", """Hallo,

bei meinen Lowa-Wanderschuhen löst sich vorne die Sohle ab. Kann man das kleben, oder muss
neu besohlt werden? Und was würde beides ungefähr kosten?

Gruß
Sabine Krüger"""),
      cu("11-04 10:15", """Hallo,

ich warte immer noch auf eine Antwort auf meine Mail vom Montag. Können Sie mir bitte kurz
Bescheid geben?

Gruß
Sabine Krüger""", chase=True),
      ag("greta", "11-04 14:00", """Hallo Frau Krüger,

entschuldigen Sie bitte die späte Antwort. Kleben lohnt sich bei Lowa nur, wenn die
Zwischensohle noch fest ist – das kostet £25. Eine Neubesohlung mit Vibram-Sohle kostet £95.
Wenn die Zwischensohle schon bröselt, ist die Neubesohlung die bessere Wahl.

Viele Grüße"""),
      tz=1),
    C("fl38-de-stiefel-dienstag", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Jonas Albrecht <jonas.albrecht@example.net>", "thunderbird_de", "Lederstiefel weiten und neue Reißverschlüsse",
      "Stretching answered, the cognac zips deferred with 'ich melde mich bis Dienstag' (never "
      "kept), the overall duration not answered.",
      cu("11-05 19:00", """Hallo,

können Sie meine Lederstiefel am Schaft um etwa 2 cm weiten? Haben Sie passende
Reißverschlüsse in Cognac? Und wie lange dauert das insgesamt?

Viele Grüße
Jonas Albrecht""", uq=1),
      ag("greta", "11-06 10:00", """Hallo Herr Albrecht,

am Schaft können wir bis etwa 1,5 cm weiten; für 2 cm setzen wir einen schmalen Keil aus
passendem Leder ein – £40 für beide Stiefel. Wegen der Reißverschlüsse in Cognac frage ich
bei unserem Lieferanten nach und melde mich bis Dienstag bei Ihnen.

Viele Grüße""", promises=[("11-10", None)]),
      tz=1),
    C("fl39-de-bree-inline", "de", "pending", {},
      "Petra Hoffmann <petra.hoffmann@example.org>", "outlook_de", "Handtasche – Henkel und Futter",
      "A bulleted list of three questions answered inline under each quoted bullet.",
      cu("11-17 11:00", """Guten Tag,

ich habe eine ältere Ledertasche von Bree und drei Fragen:
- Kann der ausgefranste Henkel ersetzt werden?
- Kann das Innenfutter erneuert werden?
- Was kostet der Rückversand nach Köln?

Freundliche Grüße
Petra Hoffmann"""),
      ag("greta", "11-17 15:30", """Guten Tag Frau Hoffmann,

meine Antworten stehen unter Ihren Fragen.

> - Kann der ausgefranste Henkel ersetzt werden?

Ja, wir fertigen einen neuen Henkel aus passendem Leder, £45.

> - Kann das Innenfutter erneuert werden?

Ja, ab £60, je nach Größe der Tasche.

> - Was kostet der Rückversand nach Köln?

£22, versichert mit DHL.

Viele Grüße""", quote=False),
      tz=1),
    C("fl40-de-sporenhalter", "de", "closed", {"unanswered-question": 1, "customer-chased": 1},
      "Lukas Weber <lukas.weber@weber-reitsport.example>", "gmail_de", "Reitstiefel – Sporenhalter und Absätze",
      "Chased the same evening ('gibt es schon etwas Neues?'); the morning reply answers both "
      "repairs but not whether they sell boot trees.",
      cu("11-04 10:40", """Hallo,

an meinen Reitstiefeln ist an einem Absatz der Sporenhalter abgerissen, und die Absätze sind schief abgelaufen. Können Sie beides machen? Und verkaufen Sie auch Stiefelspanner, oder kennen Sie jemanden, der welche hat?

Viele Grüße
Lukas Weber""", uq=1),
      cu("11-04 19:15", """Hallo,

gibt es schon etwas Neues zu meiner Anfrage von heute Vormittag? Ich möchte die Stiefel am
Wochenende losschicken.

Grüße
Lukas Weber""", chase=True),
      ag("greta", "11-05 09:00", """Hallo Herr Weber,

ja, beides: ein neuer Sporenhalter kostet £12, beide Absätze neu aufbauen £38. Schicken Sie
die Stiefel gern am Wochenende los.

Viele Grüße"""),
      tz=1),
    C("fl41-fr-aigle-clean", "fr", "closed", {},
      "Claire Dubois <claire.dubois@example.com>", "apple_fr", "Ressemelage de bottes en cuir",
      "Two questions answered in one paragraph; thanks-only reply.",
      cu("11-03 14:00", """Bonjour,

J'ai des bottes Aigle en cuir dont la semelle est usée au talon. Est-ce que vous faites le
ressemelage complet, et combien de temps faut-il compter avec l'envoi depuis Lyon ?

Cordialement,
Claire Dubois"""),
      ag("sol", "11-03 16:30", """Bonjour Madame Dubois,

Oui, nous faisons le ressemelage complet des Aigle : 95 £ avec semelle Vibram et talons
neufs. Comptez environ trois semaines au total, aller et retour compris.

Bien cordialement,"""),
      cu("11-03 18:10", """Merci beaucoup pour votre réponse rapide !

Claire""", thanks=True),
      tz=1),
    C("fl42-fr-longchamp-relance", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Antoine Mercier <antoine.mercier@example.net>", "gmail", "Devis pour sac en cuir – couture",
      "'Je reviens vers vous d'ici jeudi avec un devis' kept only the next Monday after 'je me "
      "permets de vous relancer'.",
      cu("11-02 11:00", """Bonjour,

La couture de la bandoulière de mon sac Longchamp en cuir s'est défaite sur une dizaine de
centimètres. Pouvez-vous la refaire, et à quel prix ?

Antoine Mercier"""),
      ag("sol", "11-02 15:00", """Bonjour Monsieur Mercier,

C'est tout à fait réparable. Je dois vérifier avec Bram, notre maroquinier, que nous avons le
fil de la bonne couleur ; je reviens vers vous d'ici jeudi avec un devis.

Bien cordialement,""", promises=[("11-05", 4)]),
      cu("11-09 09:20", """Bonjour,

Je me permets de vous relancer au sujet du devis : je n'ai rien reçu jeudi.

Antoine Mercier""", chase=True),
      ag("sol", "11-09 11:00", """Bonjour Monsieur Mercier,

Toutes mes excuses pour ce retard. Nous avons bien le fil : la reprise de la couture coûte
28 £, avec un délai d'une semaine.

Bien cordialement,"""),
      tz=1),
    C("fl43-fr-tango-professeure", "fr", "closed", {"unanswered-question": 2},
      "Élise Fontaine <elise.fontaine@atelier-fontaine.example>", "apple_fr", "Chaussures de tango – plusieurs questions",
      "Four questions; the suede soles and loose heels are answered, the group rate and the bank "
      "transfer from France are not.",
      cu("11-04 20:15", """Bonjour,

Je suis professeure de danse à Lille et j'ai plusieurs paires de chaussures de tango à faire réparer. Est-ce que vous remplacez les semelles en daim ? Pouvez-vous aussi refixer les talons qui bougent ? Je voudrais savoir si vous faites un tarif pour six paires ou plus. Et est-il possible de payer par virement depuis la France ?

Merci d'avance,
Élise Fontaine""", uq=2),
      ag("sol", "11-05 10:10", """Bonjour Madame Fontaine,

Oui, nous remplaçons les semelles en daim (cuir chromé, comme d'origine) : 30 £ la paire.
Les talons qui bougent sont refixés avec des clous neufs, 12 £ la paire.

Bien cordialement,"""),
      tz=1),
    C("fl44-fr-devis-moto-pdf", "fr", "pending", {},
      "Mathieu Girard <mathieu.girard@example.org>", "gmail", "Devis réparation bottes de moto",
      "A quote request answered with only the PDF quote attached; thanks-only reply.",
      cu("11-16 08:00", """Bonjour,

Pourriez-vous me faire un devis pour changer les semelles de mes bottes de moto Alpinestars et
remplacer la fermeture éclair de la botte gauche ?

Merci,
Mathieu Girard"""),
      ag("sol", "11-16 14:00", """Bonjour Monsieur Girard,

Vous trouverez le devis en pièce jointe.

Bien cordialement,""", attach=[("application/pdf", "Devis-D-1186-Girard.pdf", DEVIS_MOTO_PDF)]),
      cu("11-16 19:00", """Merci, je vous envoie les bottes cette semaine.

Mathieu""", thanks=True),
      tz=1),
    C("fl45-fr-talon-casse-attente", "fr", "open", {"awaiting-reply": 1},
      "Nathalie Roux <nathalie.roux@example.com>", "iphone", "Escarpins – talon cassé",
      "Two questions with only the acknowledgement for three days.",
      cu("11-17 13:30", """Bonjour,

Le talon de mes escarpins s'est cassé net en sortant du tram. Est-il possible de le remplacer
par un talon identique ? Quel serait le délai ?

Nathalie

Envoyé de mon iPhone"""),
      ack("11-17 12:31"),
      tz=1),
    C("fl46-es-camperas-clean", "es", "closed", {},
      "Lucía Navarro <lucia.navarro@example.com>", "gmail_es", "Botas camperas – medias suelas y tapas",
      "Two questions answered; thanks-only reply.",
      cu("11-02 18:00", """Hola:

¿Hacéis medias suelas de goma en botas camperas? ¿Y cuánto cuestan las tapas nuevas? Estoy en
Madrid, así que os las mandaría por correo.

Gracias,
Lucía"""),
      ag("paco", "11-03 09:40", """Hola Lucía:

Sí, ponemos medias suelas de goma: 35 £ el par. Las tapas nuevas son 18 £ el par.

Un saludo,"""),
      cu("11-03 12:10", """¡Genial, gracias!

Lucía""", thanks=True),
      tz=1),
    C("fl47-es-mocasines-novedad", "es", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Javier Morales <javier.morales@example.net>", "outlook", "Reparación de mocasines – costura",
      "Tuesday mail unanswered; Thursday '¿hay alguna novedad? Sigo esperando'; the reply answers "
      "the stitching and price, not the insoles.",
      cu("11-03 10:00", """Buenas,

Se me ha abierto la costura de la pala de los mocasines. ¿Podéis coserla a mano? ¿Cuánto
costaría? También quisiera saber si cambiáis las plantillas.

Javier Morales"""
         , uq=1),
      cu("11-05 11:00", """Hola de nuevo, ¿hay alguna novedad? Sigo esperando respuesta a mi correo del martes.

Javier""", chase=True),
      ag("paco", "11-05 15:30", """Hola Javier:

Perdona el retraso. Sí, la cosemos a mano con hilo encerado, como la original: 25 £.

Un saludo,"""),
      tz=1),
    C("fl48-es-bolso-lunes", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Carmen Ortega <carmen.ortega@ortega-calzados.example>", "gmail_es", "Bolso de piel – cremallera y forro",
      "The zip answered, the lining deferred with 'te escribo el lunes' (never kept), the "
      "duration question not answered.",
      cu("11-04 12:00", """Hola:

Tengo un bolso de piel con la cremallera rota y el forro descosido. ¿Podéis cambiar la
cremallera por una metálica? Por favor, decidme también si el forro se puede arreglar sin
desmontar el bolso. ¿Y cuánto tardaría todo?

Gracias,
Carmen""", uq=1),
      ag("paco", "11-04 16:00", """Hola Carmen:

Sí, cambiamos la cremallera por una metálica, de latón o de níquel, desde 30 £. Lo del forro
se lo consulto a Bram, nuestro marroquinero, y te escribo el lunes.

Un saludo,""", promises=[("11-09", None)]),
      tz=1),
    C("fl49-es-flamenco-clavos", "es", "closed", {"missed-follow-up": 1},
      "Diego Ramírez <diego.ramirez@example.org>", "android", "Zapatos de flamenco – clavos",
      "'Te escribo mañana' (Saturday) kept only on Monday: missed.",
      cu("11-05 19:00", """Hola, a mis zapatos de flamenco Gallardo se les han caído varios clavos de la punta y del tacón. ¿Los podéis volver a clavar? ¿Hace falta que mande los dos zapatos o solo el que está mal?

Diego

Obtener Outlook para Android"""),
      ag("paco", "11-06 10:00", """Hola Diego:

Mejor manda los dos, porque hay que igualar el sonido de ambos. Si tenemos clavos del mismo
calibre lo confirmo con el taller y te escribo mañana.

Un saludo,""", promises=[("11-07", 3)]),
      ag("paco", "11-09 11:30", """Hola Diego:

Perdona, el sábado no pude escribirte. Sí, tenemos clavos de flamenco del mismo calibre;
reclavar punta y tacón de los dos zapatos cuesta 30 £.

Un saludo,"""),
      tz=1),
    C("fl50-es-envio-inline", "es", "pending", {},
      "Marta Gil <marta.gil@example.com>", "gmail_es", "Dudas sobre el envío postal",
      "A numbered list of three questions answered inline.",
      cu("11-17 09:15", """Hola:

1. ¿Cuánto cuesta la bolsa de envío desde España?
2. ¿El seguro está incluido?
3. ¿Puedo pagar con Bizum o solo con tarjeta?

Gracias,
Marta Gil"""),
      ag("paco", "11-17 12:00", """Hola Marta, te contesto entre líneas:

> 1. ¿Cuánto cuesta la bolsa de envío desde España?

12 £, con la etiqueta de devolución incluida.

> 2. ¿El seguro está incluido?

Sí, hasta 300 £ por paquete.

> 3. ¿Puedo pagar con Bizum o solo con tarjeta?

Tarjeta o PayPal; Bizum no funciona con bancos británicos.

Un saludo,""", quote=False),
      tz=1),
]

UNANSWERED: dict[str, list[str]] = {
    "fl02-iron-ranger-heels": ["could you also replace the bent speed hook on the left boot?"],
    "fl05-airwair-sole": ["Also can you add a heel counter stiffener while they're in - the back has collapsed a bit."],
    "fl06-riding-boot-zips": ["Could you stretch the calf on both boots by about 1cm?",
                              "Is it possible to add a rubber half-sole for grip on wet yard cobbles?"],
    "fl11-loake-squeak-reopened": ["can I get a receipt emailed to me for my records?"],
    "fl12-leg-length-raise": ["I'd also like to know if the raise can be done inside the shoe rather than on the sole",
                              "I've no idea whether you need my physio's letter or just the measurement"],
    "fl17-stiletto-tips-resend": ["Could you also stretch one pair across the toe - they pinch on my little toe?"],
    "fl18-redye-belt-after": ["And would it be cheaper to do them together?"],
    "fl19-christy-sole-paraboot": ["Could you fit a Vibram Christy wedge sole instead of the original Marche sole?"],
    "fl20-grenson-ready-date": ["did you find the spare laces I left in the left boot?"],
    "fl26-briefcase-solicitor": ["Please also address the invoice to the firm rather than to me personally, as it is a business expense."],
    "fl28-daytona-chase": ["Also please send me the postal form - I couldn't find it on the site."],
    "fl30-cupsole-early-next-week": ["And could you clean the uppers at the same time?"],
    "fl31-start-rite-toe-slow": ["I'd also like to know if you do discounts for schools"],
    "fl35-ferragamo-vara": ["The grosgrain bow on the right shoe is frayed at the edge - can it be replaced with a matching one?"],
    "fl36-de-dinkelacker-zoll": ["Außerdem bitte ich Sie, die Rechnung auf mein Büro auszustellen: Bergmann Architekten, Leopoldstraße 40, 80802 München."],
    "fl38-de-stiefel-dienstag": ["Und wie lange dauert das insgesamt?"],
    "fl40-de-sporenhalter": ["Und verkaufen Sie auch Stiefelspanner, oder kennen Sie jemanden, der welche hat?"],
    "fl43-fr-tango-professeure": ["Je voudrais savoir si vous faites un tarif pour six paires ou plus.",
                                  "Et est-il possible de payer par virement depuis la France ?"],
    "fl47-es-mocasines-novedad": ["También quisiera saber si cambiáis las plantillas."],
    "fl48-es-bolso-lunes": ["¿Y cuánto tardaría todo?"],
}


# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice127 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
