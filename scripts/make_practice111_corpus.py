#!/usr/bin/env python3
"""Regenerate ``tests/practice111/``: a labelled corpus of Greystone Memorials.

A support mailbox of a fictional family firm of stonemasons in Ludlow, Shropshire, that makes
headstones, memorial plaques and inscriptions, fixes memorials in churchyards and cemeteries,
renovates old stones and cuts additional inscriptions, and makes garden stonework (sundials,
bird baths, troughs, house signs, benches), written without looking at the detection
heuristics, with many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00
with the contract defaults (response target 24 h, follow-up window 2 days, close-after 7 days,
handoff limit 2), support domain ``greystonememorials.example``.

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

Usage: python scripts/make_practice111_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "greystonememorials.example"
OFFICE = "Greystone Memorials <office@greystonememorials.example>"

AGENTS = {
    "tom": ("Tom Greystone <tom@greystonememorials.example>", "thunderbird", """-- 
Tom Greystone
Master Mason | Greystone Memorials
The Stoneyard, Corve Street, Ludlow SY8 | 01584 960 214
BRAMM registered - all memorials fixed to the NAMM code"""),
    "jenny": ("Jenny Ashworth <jenny@greystonememorials.example>", "outlook", """Jenny Ashworth
Office & Orders | Greystone Memorials
Questions about churchyard rules? https://greystonememorials.example/guides/churchyards?src=email"""),
    "dan": ("Dan Pryce <dan@greystonememorials.example>", "android", """Dan Pryce
Fixing & Cemetery Liaison | Greystone Memorials

Get Outlook for Android"""),
    "priya": ("Priya Nair <priya@greystonememorials.example>", "apple", """Priya Nair
Renovations & Additional Inscriptions | Greystone Memorials
https://greystonememorials.example/renovation?from=email"""),
    "katrin": ("Katrin Vogel <katrin@greystonememorials.example>", "thunderbird_de", """-- 
Katrin Vogel
Kundenbetreuung (Deutsch) | Greystone Memorials
+44 1584 960 217"""),
    "helene": ("Hélène Marchetti <helene@greystonememorials.example>", "apple_fr", """Hélène Marchetti
Service clients francophone | Greystone Memorials
https://greystonememorials.example/fr?utm_source=email"""),
    "lucia": ("Lucía Romero <lucia@greystonememorials.example>", "gmail_es", """--
Lucía Romero
Atención al cliente (español) | Greystone Memorials
+44 1584 960 218"""),
}

ACK = """Thank you for contacting Greystone Memorials.

This is an automatic reply to let you know we have your message (reference {ref}).
Our office is open Monday to Friday, 8.30am to 5pm, and on Saturday mornings by
appointment; we aim to reply within one working day.

If your enquiry is about a funeral taking place this week, please ring us on
01584 960 214.

Greystone Memorials - stonemasons since 1962
https://greystonememorials.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Stoneyard Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="gm.", outlook_server="CWLP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice111", title="Greystone Memorials", desk=OFFICE, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="GSM-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

BRAMLEY_QUOTE_PDF = mailcraft.pdf([
    "Greystone Memorials - Quotation Q-26-418", "For: Mr M. Bramley, Leominster Cemetery plot D 212",
    "Grey granite headstone 2ft 6in, kerb set 7ft x 3ft, green chippings", "Lettering: 70 letters V-cut, painted",
    "Foundation, council permit, fixing: included", "Total: GBP 3,480.00 incl. VAT"])
DUTTON_QUOTE_PDF = mailcraft.pdf([
    "Greystone Memorials - Quotation Q-26-421", "Onibury War Memorial, Portland stone cross",
    "Re-cut and repaint 23 names and plinth inscription", "Gentle clean (no pressure washing)",
    "Total: GBP 1,640.00 + VAT"])
SARAH_DRAWING_PDF = mailcraft.pdf([
    "Greystone Memorials - Drawing D-2311 rev B", "Lowe, plot E 17, Roman capitals",
    "Upright 900 x 600 x 75mm, Yorkstone, honed"])
FACULTY_PDF = mailcraft.pdf([
    "Greystone Memorials - Memorial application details", "St Peter's, Diddlebury - Morgan",
    "Height above ground 1100mm, width 760mm, thickness 75mm", "Stone: Yorkstone, honed finish (not polished)"])
INVOICE_PRICE_PDF = mailcraft.pdf([
    "Greystone Memorials - Invoice INV-26-0977", "Renovation: clean, re-level, repaint 64 letters",
    "Total: GBP 310.00 incl. VAT", "Bank: Ludlow & Marches Bank, sort 60-91-44, acct 31880412"])
BANK_PDF = mailcraft.pdf([
    "Greystone Memorials - Paying us from abroad", "IBAN GB29 LMBK 6091 4431 8804 12",
    "BIC LMBKGB21", "Please quote your order or ticket number as the reference"])
QUINN_PROOF_PDF = mailcraft.pdf([
    "Greystone Memorials - Proof P-26-512", "Black granite plaque 18 x 12in, gilded",
    "In loving memory of / SEAMUS QUINN / 1949 - 2026 / Forever our Da"])
GIRARD_PROOF_PDF = mailcraft.pdf([
    "Greystone Memorials - Epreuve P-26-498 rev B", "Plaque d'urne, ardoise",
    "Frederic -> Fr\xe9d\xe9ric (accents corriges)"])
DUBOIS_RECEIPT_PDF = mailcraft.pdf([
    "Greystone Memorials - Receipt R-26-1130", "Order GM-2302, deposit received 21 Oct 2026",
    "Amount: GBP 400.00"])
PETIT_PROOF_PDF = mailcraft.pdf([
    "Greystone Memorials - Proof P-26-520", "Brass bench plaque 200 x 60mm, two lines, 18mm letters"])
SCHMIDT_QUOTE_PDF = mailcraft.pdf([
    "Greystone Memorials - Kostenvoranschlag Q-26-430", "Kantenumrandung grauer Granit, Splittfuellung",
    "Bishop's Castle Friedhof", "Gesamt: GBP 1,290.00 inkl. Aufstellung"])
WEBER_DRAWING_PDF = mailcraft.pdf([
    "Greystone Memorials - Entwurf D-2320 rev C", "Distel statt Rose", "Name 55mm, Lebensdaten 40mm"])


def _stone(x: int, y: int) -> tuple[int, int, int]:
    grain = (x * 7 + y * 13) % 17
    return (96 + grain, 98 + grain, 104 + grain)


def _gilded(x: int, y: int) -> tuple[int, int, int]:
    if 8 <= y <= 11 and 6 <= x <= 41:
        return (201, 163, 58)
    return (22 + (x + y) % 5, 22, 26)


BAXTER_PHOTO_PNG = mailcraft.png(48, 32, _stone)
LETTERING_PNG = mailcraft.png(48, 20, _gilded)
FIXED_PNG = mailcraft.png(40, 40, lambda x, y: (70, 140, 70) if y > 28 else _stone(x, y))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("g01-hollis-slate-headstone", "en", "closed", {},
      "Rachel Hollis <rachel.hollis@example.com>", "gmail", "Slate headstone for my father",
      "Three questions (price, time, hand or machine lettering) answered out of order in one paragraph; thanks-only reply.",
      cu("11-02 19:40", """Hello,

My father died in September and the family would like a Welsh slate headstone for
him at Holy Trinity, Bosbury. I've looked at your website but I'm still a bit lost.

Roughly what would a plain upright slate stone of about 3ft cost with around 60
letters? How long does it usually take from ordering to it being in the churchyard?
And do you do the lettering by hand or by machine?

Many thanks,
Rachel Hollis
"""),
      ag("tom", "11-03 09:15", """Dear Rachel,

I'm very sorry about your father. All our slate lettering is cut by hand here in the
yard, V-cut with a chisel, which suits slate beautifully; a stone of that size with
about 60 letters usually comes to between £1,850 and £2,300 including the churchyard
fee and fixing, depending on how the edges are finished, and once the vicar has
approved the design we are generally fixing 12 to 14 weeks later.

If you'd like to see some slate samples, the yard is open most weekdays.

Kind regards,"""),
      cu("11-03 21:02", """Thank you Tom, that's really helpful. We'll talk it through as a family after
the weekend.

Rachel
""", thanks=True)),

    C("g02-okafor-additional-inscription", "en", "closed", {"unanswered-question": 1},
      "Grace Okafor <grace.okafor@example.org>", "outlook", "Adding my mother's name - Okafor, Hereford Cemetery",
      "Additional inscription: cost and workshop-or-on-site answered; the request in passing to quote for re-gilding the father's lettering is skipped.",
      cu("11-04 10:20", """Good morning,

We had a black granite headstone made by you for my father in 2019 (Samuel Okafor,
Hereford Cemetery, section K). Sadly my mother passed away last month and we would
like her name added underneath his.

Could you tell me what an additional inscription like that costs, and whether the
stone has to come back to your workshop or can be done at the cemetery? Please could you also quote for re-gilding Dad's lettering at the same time, as some of the gold has gone dull.

Kind regards,
Grace Okafor
""", uq=1),
      ag("priya", "11-04 14:30", """Dear Grace,

I'm so sorry to hear about your mother.

For a black granite stone we always take the headstone back to the workshop so that
the new lettering can be cut and gilded to match Samuel's. We lift it, leave a
temporary marker, and refix it, usually within three to four weeks. The cemetery has
to give permission first, which we apply for once you've confirmed the wording.

An additional inscription of around 40 letters in gold leaf is £395; removal and
refixing is £180.

Best wishes,""")),

    C("g03-bramley-kerbset-quote", "en", "pending", {"missed-follow-up": 1},
      "Martin Bramley <m.bramley@bramleyfarm.example>", "thunderbird", "Quote for kerbed memorial - Leominster",
      "Jenny promises the quote 'by Thursday'; the customer sends the plot number she asked for (not a chase); Tom's quote comes on Monday: missed.",
      cu("11-10 08:05", """Hi,

We're after a quote for a full kerbed memorial in grey granite for my late wife at
Leominster cemetery - headstone about 2ft 6in, kerbs, and green chippings in the
middle. The grave is 7ft by 3ft.

Can you send a quote, and can you tell me whether the cemetery lets you use chippings
at all? Someone in the pub told me they'd banned them.

Martin Bramley
"""),
      ag("jenny", "11-10 11:40", """Dear Mr Bramley,

Thank you for getting in touch, and I'm sorry for your loss.

Leominster still allows kerb sets with chippings in the older part of the cemetery
(sections A to F); the newer lawn section only takes a headstone on a foundation beam.
If you can let me know the plot number I'll check which part it's in.

Tom prices all the kerbed memorials himself - I'll get him to work it out and we'll
send the quote over by Thursday.

Kind regards,""", promises=[("11-12", 4)]),
      cu("11-10 18:30", """It's plot D 212 according to the paperwork.

Martin
"""),
      ag("tom", "11-16 09:20", """Dear Mr Bramley,

Apologies for the wait on this. D 212 is in the old section, so chippings are fine.
The quote is attached: £3,480 including the foundation, the council permit and
fixing. The kerbs would be polished on top and sawn on the sides, which wears better.

Regards,""", attach=[("application/pdf", "Greystone-quote-Q-26-418.pdf", BRAMLEY_QUOTE_PDF)])),

    C("g04-whitcombe-leaning-stone", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Helen Whitcombe <helen.whitcombe@example.net>", "apple", "Grandparents' headstone leaning - St Laurence's",
      "Renovation enquiry unanswered for two days; the customer replies to her own mail to chase; Priya answers everything on Monday (slow).",
      cu("11-11 09:12", """Hello,

My grandparents' headstone at St Laurence's in Ludlow is leaning forward quite badly
and the lettering is almost unreadable - it's a sandstone stone from the 1960s. Is
this something you can put right? I'd like to know whether it can be re-lettered or
whether sandstone is too soft, and what sort of cost we'd be looking at.

Thank you,
Helen Whitcombe
"""),
      cu("11-13 16:45", """Hello again - I haven't heard anything back about my grandparents' stone and
just wanted to check this reached you. Could someone let me know either way?

Helen
""", parent=1, chase=True),
      ag("priya", "11-16 10:05", """Dear Helen,

I'm sorry you've had to wait - your email came in while I was out on site most of
last week and it slipped through.

Yes, we can help. A leaning stone is nearly always the old foundation giving way, so
we'd take it down, put in a new foundation and refix it. Sandstone can be re-cut if
the face is sound; where it's flaking we'd suggest a small tablet in front with the
names instead. Re-levelling is £240 and re-cutting the existing lettering about £4 a
letter. I'd want to see it before committing to either.

Would Thursday or Friday next week suit you to meet at the churchyard?

Warm regards,""")),

    C("g05-ferris-bench-plaque", "en", "open", {"awaiting-reply": 1},
      "Owen Ferris <owen.ferris@example.com>", "gmail", "Memorial bench plaque - Ludlow Ramblers",
      "A walking club asks about a bench plaque; only the acknowledgement has replied two days later: awaiting reply.",
      cu("11-18 13:25", """Hi there,

Our walking club would like a small plaque for a memorial bench on the Mortimer Trail
for a member who died this summer. Do you make plaques in slate or brass that can be
screwed to an oak bench back, and roughly how much would one about 8 inches by 3
cost with two lines of text? We'd like it up by the end of January if possible.

Cheers,
Owen Ferris
Ludlow Ramblers
"""),
      ack("11-18 13:26")),

    C("g06-lin-cremation-tablet", "en", "open", {},
      "Mei Lin <mei.lin@example.org>", "iphone", "Tablet in garden of remembrance",
      "Fresh enquiry this morning with only the acknowledgement: inside the response target, nothing fires.",
      cu("11-20 10:10", """Hello, my mum's ashes are being interred at Shrewsbury crematorium in the garden of
remembrance next month. Are we allowed to put a small tablet there and do you do
them? Also do you need the plot number before you can give a price?
Thanks
Mei

Sent from my iPhone
"""),
      ack("11-20 10:11")),

    C("g07-pritchard-refix-reopened", "en", "pending", {"reopened": 1},
      "Alan Pritchard <alan.pritchard@example.net>", "outlook", "Headstone moving - Clee Hill cemetery",
      "Dan re-beds a loose stone on the day he said and marks the case resolved; three weeks later the vase has come loose (reopened); the new promise is for 1 December, still ahead.",
      cu("10-26 11:00", """Dear Sirs,

The headstone you fixed for my wife last spring now has a gap underneath it and moves
slightly if pushed. Could you come and look at it please? It is at Clee Hill
cemetery, row 4.

Alan Pritchard
"""),
      ag("dan", "10-26 15:20", """Hi Alan,

Thanks for letting us know - that's not right and we'll put it right at no cost. I'm
at Clee Hill on Thursday anyway, so I'll look at it then and re-bed it if needed, and
drop you a line afterwards.

Dan""", promises=[("10-29", 3)]),
      ag("dan", "10-29 16:40", """Hi Alan,

I've been up today. The ground under the foundation had washed out on the downhill
side; I've packed it and re-bedded the stone and it's solid now. I'll mark this as
resolved, but do shout if you notice anything else.

Dan""", closes=True),
      cu("11-17 09:30", """Dear Dan,

Thank you for sorting the base. I was up there on Sunday and the flower vase in front
of the stone has come loose from its base, and the brass insert is missing. Is that
something you could also fix, and would there be a charge?

Alan
"""),
      ag("dan", "11-17 14:10", """Hi Alan,

Sorry about that - the vase shouldn't have come loose either, so no charge. I'll
re-fix it and bring a new brass liner when I'm next at Clee Hill, which is Tuesday
1 December.

Dan""", promises=[("12-01", None)])),

    C("g08-sutton-three-agents", "en", "pending", {"many-handoffs": 1},
      "Diane Sutton <diane.sutton@suttonfamily.example>", "owa", "Fixing date and balance - order GM-2291",
      "Jenny answers the payment question and hands over to Dan (kept next day); Tom sends a photo of the lettering; Dan sends the promised fixing photos: three agents.",
      cu("11-09 10:00", """Hello,

We ordered a headstone for my father (order GM-2291) in August and have now approved
the drawing. Could you tell me when it will be fixed, and do we need to be there on
the day? Also, the balance invoice - can I pay it by bank transfer?

Diane Sutton
"""),
      ag("jenny", "11-09 12:15", """Dear Diane,

Yes, bank transfer is fine; our details are at the bottom of the invoice, and please
use GM-2291 as the reference. Your father's stone is being lettered at the moment.
Dan, who looks after our fixing, will be in touch with the date.

Kind regards,""", promises=[("window", 3)]),
      ag("dan", "11-10 08:50", """Hi Diane,

We're planning to fix on Thursday 19 November, weather permitting. There's no need for
you to be there, though some families like to be. I'll send you photos on the day
once it's up.

Dan""", promises=[("11-19", 6)]),
      cu("11-10 19:00", """Thank you Dan, Thursday is fine. Would it be possible to see a photo of the
lettering before it goes up? My sister lives in Canada and would love to see it.

Diane
"""),
      ag("tom", "11-11 09:30", """Dear Diane,

Of course - here it is on the banker this morning. The gilding was finished
yesterday afternoon.

Tom""", attach=[("image/png", "GM-2291-lettering.png", LETTERING_PNG)]),
      ag("dan", "11-19 15:30", """Hi Diane,

All fixed this afternoon - photos attached. The ground was firm and the stone is
dead level.

Dan""", attach=[("image/png", "GM-2291-fixed.png", FIXED_PNG)])),

    C("g09-marsh-numbered-list", "en", "closed", {"unanswered-question": 2},
      "Peter Marsh <peter.marsh@example.com>", "gmail", "Questions about Mum's headstone drawing",
      "Four numbered questions; Tom answers 1 and 3 inline and skips the photo plaque and the Saturday visit.",
      cu("11-03 20:15", """Dear Mr Greystone,

Thank you for sending the drawing for my mother's headstone. Before we go ahead I
have a few questions:

1. Does Bromfield churchyard need a foundation or can the stone just be set in the ground?
2. Can a small ceramic photo plaque be added to the stone, and would the vicar allow it?
3. What is the price difference between lead lettering and V-cut painted lettering?
4. Could we come and see the actual piece of stone at your yard on a Saturday?

With thanks,
Peter Marsh
""", uq=2),
      ag("tom", "11-04 08:40", """Dear Peter,

Answers below.

> 1. Does Bromfield churchyard need a foundation or can the stone just be set in the ground?

Every stone we fix goes on a concrete foundation with a ground anchor - it's the
national fixing code, and the diocese expects it.

> 3. What is the price difference between lead lettering and V-cut painted lettering?

Lead letters add about £3.50 a letter, so roughly £210 on your wording.

I've put the order on hold until you let me know which lettering you'd prefer.

Kind regards,""", quote=False)),

    C("g10-kemp-black-granite", "en", "closed", {"missed-follow-up": 1},
      "Sophie Kemp <sophie.kemp@kempfamily.example>", "gmail", "Is black granite allowed at Tenbury?",
      "Priya suggests alternatives and defers the rules question with 'I'll check ... and get back to you' (no deadline, window applies); never kept.",
      cu("11-02 14:00", """Hello,

We'd like a polished black granite headstone for my husband at Tenbury cemetery, but a
friend said Tenbury only allows natural-looking stone now. Is that true? If black
granite isn't allowed, what would you suggest instead?

Sophie Kemp
"""),
      ag("priya", "11-02 16:30", """Dear Sophie,

Several councils have restricted polished granite in recent years and I'm not certain
where Tenbury stands at the moment. I'll check with their bereavement services office
and get back to you.

In case it isn't allowed, the usual alternatives are a honed (matt) grey granite or a
Yorkstone, both of which weather softly and look at home in an older cemetery.

Best wishes,""", promises=[("window", None)]),
      cu("11-02 18:10", """Thank you Priya, I'll wait to hear from you.

Sophie
""", thanks=True)),

    C("g11-harding-office-plaque", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Neil Harding <neil@hardingbuilders.example>", "outlook", "Granite plaque for site office",
      "'We'll get a price and lead time to you by Friday' is delivered the next Tuesday, after the customer follows up.",
      cu("11-03 08:30", """Morning,

I'm after a price for a granite memorial plaque for the wall of our new site office,
dedicated to my dad who started the firm. About 400x300, black granite, gold letters,
about 80 characters, with four fixing holes. What's the price and the lead time?

Neil Harding
Harding Builders Ltd
"""),
      ag("jenny", "11-03 10:10", """Hi Neil,

That sounds like a lovely idea. I'll need Tom to look at the wording for the layout,
but we'll get a price and lead time to you by Friday.

Kind regards,""", promises=[("11-06", 4)]),
      cu("11-10 09:00", """Hi Jenny,

Just following up on the plaque price - I was expecting it last week. Is there any
news?

Neil
""", chase=True),
      ag("jenny", "11-10 11:45", """Hi Neil,

I'm really sorry, that's my fault - it got buried under the Remembrance week orders.
The plaque in black granite with 80 gilded letters and four stainless fixings is
£465 + VAT, and it's about four weeks from approval of the proof.

Kind regards,""")),

    C("g12-osei-sundial-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Kwame Osei <kwame.osei@example.net>", "gmail", "Sundial for the garden",
      "A sundial enquiry gets no reply; two days later the customer resends it word for word as a new mail without threading headers.",
      cu("11-16 07:50", """Hello,

I saw the slate sundial on your garden stonework page. Could you make one with a short
inscription around the edge - "Light and shade by turns, but love always"? And what
would it cost on a Yorkstone pedestal?

Regards,
Kwame Osei
"""),
      cu("11-18 08:05", """Hello,

I saw the slate sundial on your garden stonework page. Could you make one with a short
inscription around the edge - "Light and shade by turns, but love always"? And what
would it cost on a Yorkstone pedestal?

Regards,
Kwame Osei
""", parent=0, chase=True)),

    C("g13-baxter-photo-and-plot", "en", "closed", {},
      "Ruth Baxter <ruth.baxter@example.org>", "apple", "Adding my brother's name",
      "Priya asks for a photo and the grave number; the customer sends both (a PNG, not a chase); priced; 'please go ahead' answered.",
      cu("11-02 11:30", """Dear Greystone,

I'd like my brother's name added to our parents' stone at Craven Arms. How much would
that be?

Ruth Baxter
"""),
      ag("priya", "11-02 15:00", """Dear Ruth,

I'm sorry about your brother. To give you a proper price I need to see the stone -
could you send me a photograph of the front, and the grave number if you have it
(it's usually on the burial paperwork)?

Best wishes,"""),
      cu("11-03 10:20", """Hello Priya,

Here's a photo I took on Sunday. The grave number is C 41.

Ruth
""", attach=[("image/png", "IMG_4471.png", BAXTER_PHOTO_PNG)]),
      ag("priya", "11-03 14:45", """Dear Ruth,

Thank you. It's a grey granite with incised painted letters, so we can add his name on
site without taking the stone away: about 30 letters at £9 each, so £270, plus the
council's £65 permit fee.

Best wishes,"""),
      cu("11-03 18:00", """That's fine, please go ahead with it.

Ruth
"""),
      ag("priya", "11-04 09:10", """Dear Ruth,

Thank you. The permit application went to the council this morning; they usually take
two to three weeks and post the permit straight to us, and we fix the date from there.

Best wishes,""")),

    C("g14-reid-silver-lettering", "en", "closed", {"unanswered-question": 1},
      "Fiona Reid <fiona.reid@example.com>", "gmail", "Nero Assoluto - lettering and a rose",
      "Asked for silver lettering, Tom compares gold leaf with painted gold (a neighbouring question); the carved rose is answered.",
      cu("11-05 12:40", """Hi Tom,

We've chosen the Nero Assoluto granite for Mum. Two things. Could the lettering be done in silver rather than gold? She never wore gold. And is there any way to have a small carved rose at the top?

Thanks, Fiona
""", uq=1),
      ag("tom", "11-05 17:05", """Hi Fiona,

A carved rose is no problem at all - we'd cut it in outline and leave it unpainted, or
tint it soft grey, whichever you prefer. It adds £120.

On the lettering, gold leaf is what we'd normally recommend on Nero Assoluto: it
doesn't tarnish and lasts 25 years or more, while gold paint needs touching up after
ten or so.

Best,""")),

    C("g15-young-colleague-keeps", "en", "closed", {},
      "Barbara Young <b.young@example.org>", "thunderbird", "Permit received - ref GM-2314",
      "Jenny says Dan will email tomorrow with a date; Dan does, next morning (kept by a colleague); thanks-only.",
      cu("11-04 09:00", """Hello,

The cemetery has now sent us the permit for my husband's headstone (your ref GM-2314).
When can it be fixed? We would like to be there.

Barbara Young
"""),
      ag("jenny", "11-04 11:20", """Dear Mrs Young,

Thank you - that's good news. Dan plans our fixing rounds and he'll email you
tomorrow with a date.

Kind regards,""", promises=[("11-05", 3)]),
      ag("dan", "11-05 10:15", """Dear Mrs Young,

I can fix the headstone at Ludford on Wednesday 11 November, arriving around 10am.
You're very welcome to be there; it takes about two hours. If that day doesn't suit,
just say.

Dan"""),
      cu("11-05 19:30", """Wednesday at 10 is perfect. Thank you both.

Barbara
""", thanks=True)),

    C("g16-ashby-drawing-by-tuesday", "en", "pending", {},
      "Chris Ashby <chris.ashby@example.net>", "owa", "Wording for Dad's stone",
      "Tom answers the lettering question and promises the drawing by Tuesday 24th - a deadline still ahead at the audit time.",
      cu("11-18 09:10", """Hi Tom,

Thanks for meeting us at the yard on Saturday. We've settled on the Forest of Dean
stone, with this wording:

  In loving memory of
  JOHN ASHBY
  1941 - 2026
  Gardener, grandfather, friend

Could you do a drawing for us to look at? And could the word "Gardener" be a bit
larger than the rest?

Chris
"""),
      ag("tom", "11-18 15:30", """Hi Chris,

Good to see you both. Yes - "Gardener" in a slightly larger italic would sit nicely
under the dates. I'll have the full-size drawing with you by Tuesday 24th; I'd rather
get the spacing right than rush it.

Tom""", promises=[("11-24", None)])),

    C("g17-fletcher-what-next", "en", "pending", {},
      "Jess Fletcher <jess.fletcher@example.com>", "iphone", "Deposit paid - what next?",
      "Jenny explains the process and logistics (the stone goes on the lorry on Wednesday, the fixer lays the foundation the week after) - no promise; top-posted thanks from an iPhone.",
      cu("11-16 18:40", """Hi, just checking what happens next now that we've paid the deposit for Dad's
stone? Do we have to arrange anything with the church ourselves?
Jess

Sent from my iPhone
"""),
      ag("jenny", "11-17 09:05", """Dear Jess,

There's nothing more for you to do. We apply to the vicar for permission on your
behalf - the form went to Revd Holt on Friday - and once it's approved we start
cutting. The stone comes from our supplier on the lorry on Wednesday, and our fixer
lays the foundation the week after.

Kind regards,"""),
      cu("11-17 12:10", """Brilliant, thank you so much Jenny x

Sent from my iPhone
""", thanks=True)),

    C("g18-campbell-from-melbourne", "en", "pending", {},
      "Alison Campbell <alison.campbell@example.com>", "gmail", "Grandmother's headstone, Munslow - cleaning",
      "A customer in Melbourne (UTC+11) asks four things; Priya answers them with a bank-details PDF; the customer's out-of-office replies.",
      cu("11-16 08:30", """Hello from Melbourne,

My grandmother Margaret Lloyd is buried at St Michael's, Munslow. When I visited last
year her headstone was covered in lichen and the letters were hard to read, and I
can't get over to the UK again for a while. Could you clean the stone and repaint the
lettering? Could you send me photos before and after? What would it cost, and how
would I pay from Australia?

Warm regards,
Alison Campbell
"""),
      ag("priya", "11-16 11:20", """Dear Alison,

Yes, we can do all of that. A gentle clean - no pressure washing or bleach, just water
and a biocide that kills the lichen over a few weeks - followed by repainting the
lettering in black is £220 for a stone of that size. Photos before and after are part
of the job; they come with the invoice.

Payment is easiest by card over the phone or by bank transfer; the details for paying
from abroad are on the attached sheet, and your bank will convert from dollars.

Best wishes,""", attach=[("application/pdf", "Paying-from-abroad.pdf", BANK_PDF)]),
      auto("11-16 22:25", """I'm away from my desk until Monday 23 November with limited access to email.
For anything urgent please call the office on +61 3 9555 0142.

Alison Campbell
""", quote=False)
    , tz=11),

    C("g19-harper-matching-vase", "en", "pending", {"unanswered-question": 1},
      "Glyn Harper <glyn.harper@example.org>", "thunderbird", "Additional inscription - Bitterley",
      "After the case seemed done the customer asks about a matching vase; Dan's next reply gives the refit date and ignores the vase.",
      cu("11-12 10:00", """Hello,

Could you let me know when the additional inscription for my wife will be added to the
headstone at Bitterley? The permit came through last week, I believe.

Glyn Harper
"""),
      ag("dan", "11-12 14:30", """Dear Mr Harper,

Yes, the permit arrived on the 6th. We take the stone down on Monday 16th and it goes
to the workshop for the lettering.

Regards,
Dan"""),
      cu("11-13 09:15", """Thank you Dan.

One more thing: what would a matching granite vase in front of the stone cost? It would be
nice if it could go in when the stone goes back.

Glyn
""", uq=1),
      ag("dan", "11-16 16:10", """Dear Mr Harper,

The stone came down this morning and Priya is setting out your wife's lettering now.
We're booked to put it back on Monday 30 November.

Regards,
Dan""")),

    C("g20-lowe-roman-capitals", "en", "closed", {},
      "Sarah Lowe <sarah.lowe@example.com>", "outlook", "Drawing - Roman lettering please",
      "A rhetorical question and a self-answered one; the two real requests answered with 'Of course', a figure and an attached drawing; thanks-only.",
      cu("11-05 21:30", """Hello Jenny,

Who knew choosing a typeface could take a family three weeks? We've finally agreed on
the Roman capitals from your brochure rather than the script. Where do I find the plot
number you asked for? Actually, ignore that - it's on the deed of grant, it's E 17.

Can you update the drawing with the Roman lettering and send it over? And is the £450
deposit still right, or has it changed since we first spoke?

Sarah
"""),
      ag("jenny", "11-06 09:40", """Dear Sarah,

Of course - Tom redrew it in Roman capitals first thing this morning, attached. The
deposit is unchanged at £450.

Kind regards,""", attach=[("application/pdf", "Lowe-drawing-D-2311-revB.pdf", SARAH_DRAWING_PDF)]),
      cu("11-06 12:00", """Perfect, thank you!

Sarah
""", thanks=True)),

    C("g21-walsh-long-paragraph", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Bernadette Walsh <bernie.walsh@example.net>", "gmail", "Inscription for my mother - arranging in advance",
      "Three requests buried in one long paragraph; after a chase Priya answers the pre-payment and the wording on file, not the written quote by post.",
      cu("11-06 08:00", """Hello, I'm writing on behalf of my mother who is 88 and doesn't use email. My father's headstone at Ludlow cemetery was made by your firm in 1998 (the name on the back says Greystone) and Mum would like her own name added when the time comes, but she would like to arrange and pay for it now so that it isn't left to us, is that something you do? She'd also like to know whether the wording can be agreed now and kept on file, and she has asked me to ask you to send her a written quote by post to 14 Linney Close, Ludlow SY8, as she doesn't trust things she can't hold, bless her. Many thanks, Bernie Walsh
""", uq=1),
      cu("11-09 10:30", """Hello again, just chasing my email from Friday about Mum's inscription - could
someone get back to me?

Thanks, Bernie
""", parent=1, chase=True),
      ag("priya", "11-09 14:20", """Dear Bernie,

Apologies for the slow reply. Yes, we do pre-paid arrangements: we agree the wording
with your mother now and keep it on file with a space for the date, and she pays
today's price, which we then honour whenever the inscription is cut.

Best wishes,""")),

    C("g22-dutton-war-memorial", "en", "closed", {"missed-follow-up": 1},
      "Gareth Dutton <gareth@duttonandsons.example>", "owa", "Re-lettering Onibury war memorial",
      "Said on Thursday: 'get a price to you early next week' (by Tuesday); the quote comes on Wednesday with an apology: missed. Thanks-only.",
      cu("11-05 09:20", """Hi,

Can you give me a price for re-lettering the war memorial outside our village hall in
Onibury? The names are fading and the parish council want it done before next
Remembrance Sunday. It's a Portland stone cross with 23 names on the plinth. Do you
need to come out and look at it?

Gareth Dutton
Clerk to Onibury Parish Council
"""),
      ag("tom", "11-05 15:40", """Dear Mr Dutton,

Thank you - a job we'd be proud to do. Yes, I'd like to see it: Portland weathers very
differently depending on which way it faces. I'm passing through Onibury on Monday,
so I'll look at it then and get a price to you early next week.

It's worth knowing that War Memorials Trust gives grants towards this kind of work,
and it's best to apply before we start.

Kind regards,""", promises=[("11-10", 3)]),
      ag("tom", "11-11 08:50", """Dear Mr Dutton,

Sorry this is a day later than I said. I had a good look on Monday: the names on the
east face are the worst. Re-cutting and repainting all 23 names and the plinth
inscription, with a gentle clean first, comes to £1,640 + VAT - quote attached.

Regards,""", attach=[("application/pdf", "Onibury-war-memorial-quote.pdf", DUTTON_QUOTE_PDF)]),
      cu("11-11 11:00", """Thanks Tom, I'll put it to the council at the December meeting.

Gareth
""", thanks=True)),

    C("g23-patel-link-and-of-course", "en", "closed", {},
      "Anita Patel <anita.patel@example.org>", "apple", "Churchyard rules - St Leonard's Bridgnorth",
      "Answered inline: the rules question with only a link, the Om symbol with a bare 'Of course.'; thanks-only.",
      cu("11-04 13:10", """Hello,

We're choosing a memorial for my father-in-law at St Leonard's, Bridgnorth. Are there
rules about what the church allows - size, colour and so on? And could we have an Om
symbol carved alongside the English inscription?

Thank you,
Anita
"""),
      ag("jenny", "11-04 16:00", """Dear Anita,

> Are there rules about what the church allows - size, colour and so on?

https://greystonememorials.example/guides/hereford-diocese-churchyard-regulations.pdf

> And could we have an Om symbol carved alongside the English inscription?

Of course.

Kind regards,""", quote=False),
      cu("11-04 18:30", """Thank you so much.

Anita
""", thanks=True)),

    C("g24-morgan-vicar-forward", "en", "closed", {},
      "Elin Morgan <elin.morgan@example.com>", "outlook", "Headstone - vicar's conditions",
      "HTML-only mail forwarding the vicar's note; her questions are inside forwarded text; the customer's own question is answered with an attached sheet.",
      cu("11-06 10:00", """Hello,

Please see below the note from our vicar about the headstone for my father. Can you
confirm that the stone you've drawn fits within her limits?

Elin Morgan

________________________________
From: Revd Catherine Hale <vicar@stpetersdiddlebury.example>
Sent: Thursday, November 5, 2026 4:02 PM
To: Elin Morgan <elin.morgan@example.com>
Subject: Headstone - Morgan

Dear Elin,

I'm happy in principle with the design. Could the stonemason confirm that the height
above ground is no more than 1200mm and the width no more than 900mm? Could they also
confirm the stone isn't polished? Then I can sign the form.

Every blessing,
Catherine
""", kind="html"),
      ag("tom", "11-06 14:15", """Dear Elin,

Yes - the drawing is 1100mm high above ground and 760mm wide, in honed (not polished)
Yorkstone, so it's inside Revd Hale's limits on all three points. I've put the
dimensions on the attached sheet so she can sign straight away.

Kind regards,""", attach=[("application/pdf", "Morgan-application-details.pdf", FACULTY_PDF)])),

    C("g25-carver-end-of-day", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Linda Carver <linda.carver@example.net>", "gmail", "Mum's headstone not fixed - GM-2287",
      "Jenny promises the new date 'by the end of the day'; the customer chases two days later; Dan gives the date: missed and chased.",
      cu("11-10 09:30", """Hello,

We were expecting the stone for Mum to be fixed last Friday, but when my sister went up
to the cemetery there was nothing there. Has it been delayed, and do you know when it
will be?

Linda Carver (order GM-2287)
"""),
      ag("jenny", "11-10 11:00", """Dear Linda,

I'm so sorry - I can see the fixing was moved because of the rain, and you should have
had a call. I'll find out the new date from Dan and email you by the end of the day.

Kind regards,""", promises=[("11-10", 4)]),
      cu("11-12 08:45", """Jenny, I still haven't had the new date you promised on Tuesday. Could you please
let me know today? This is upsetting Dad.

Linda
""", chase=True),
      ag("dan", "11-12 10:30", """Dear Linda,

I'm very sorry you've been kept waiting twice. Your mother's stone is booked in for
Monday 16 November, first job of the day; I'll be fixing it myself.

Dan""")),

    C("g26-booth-separate-invoice", "en", "closed", {"unanswered-question": 1},
      "Richard Booth <richard.booth@example.com>", "outlook", "Dad's headstone - balance",
      "Sister Cc'd; the balance and when it is due answered; the request for a separate invoice for the sister's half is skipped.",
      cu("11-03 16:20", """Hello Jenny,

I'm copying in my sister Helen, who is sharing the cost of Dad's headstone with me.
We're both happy with the final drawing. Could you confirm the balance that's due, and
whether it's payable before or after fixing? Please also send Helen a separate invoice for her half, as she's paying from her own account.

Best wishes,
Richard Booth
""", cc="Helen Booth <helen.booth@example.org>", uq=1),
      ag("jenny", "11-04 09:00", """Dear Richard,

Thank you both. The balance is £1,420, and it's due within 14 days of fixing; the
invoice goes out with the photos once the stone is up.

Kind regards,""", cc="Helen Booth <helen.booth@example.org>")),

    C("g27-hughes-house-sign", "en", "closed", {"slow-first-response": 1},
      "Megan Hughes <megan.hughes@example.com>", "gmail", "Slate house sign with a heron",
      "Friday-afternoon enquiry answered on Monday afternoon (slow first response); both questions answered.",
      cu("11-06 15:45", """Hi,

Do you make slate house signs? We'd like one for our cottage with the name "Nant y
Felin" and a little carved heron, about 450mm long. How much, and how long would it
take?

Megan
"""),
      ag("tom", "11-09 16:30", """Hi Megan,

Yes, we make quite a few. A 450 x 150mm riven Welsh slate sign with the name V-cut and
a small heron in outline is £165, and it takes about three weeks.

Tom""")),

    C("g28-price-invoice-lost-headers", "en", "pending", {},
      "Stephen Price <stephen.price@example.net>", "gmail", "Renovated stone - invoice",
      "Priya's reply lost In-Reply-To/References (subject only); both questions answered, invoice attached; thanks-only.",
      cu("11-16 11:00", """Dear Priya,

We've had the photos of Mum and Dad's renovated stone - it looks wonderful, thank you.
Can you let me have the final invoice so I can settle it? Also, should we do anything
to keep it looking like that, or just leave it be?

Stephen
"""),
      ag("priya", "11-16 15:20", """Dear Stephen,

Thank you, that's lovely to hear. The invoice is attached.

Leave it be, mostly: a wipe with clean water and a soft brush once a year is plenty.
Please don't use washing-up liquid or bleach, which damage the painted letters.

Best wishes,""", thread=False, attach=[("application/pdf", "INV-26-0977.pdf", INVOICE_PRICE_PDF)]),
      cu("11-16 19:10", """Paid this evening. Thanks again.

Stephen
""", thanks=True)),

    C("g29-ellis-bird-bath", "en", "closed", {},
      "Joanne Ellis <jo.ellis@example.org>", "thunderbird", "Memorial bird bath",
      "A garden bird bath with a line of poetry; Tom's second reply carries References with a gap; all answered; thanks-only.",
      cu("11-12 09:00", """Hello,

We'd like a stone bird bath for Mum's garden in her memory, with a line of a poem on
the rim. Do you make these, and can the rim take about 40 letters?

Jo Ellis
"""),
      ag("tom", "11-12 13:00", """Dear Jo,

Yes - we cut them from a single block of Forest of Dean sandstone, 450mm across on a
short pedestal, and 40 letters go round the rim comfortably. They're £540.

What's the line you have in mind?

Tom"""),
      cu("11-13 08:30", """It's "And the birds sang on" - so shorter than I thought. Could it be ready for her
birthday on 12 December?

Jo
"""),
      ag("tom", "11-13 11:10", """Dear Jo,

Yes, 12 December is fine if you confirm this week - it's about three weeks' work.

Tom""", refs=[1, 3]),
      cu("11-13 20:00", """Wonderful - thank you, Tom.

Jo
""", thanks=True)),

    C("g30-collins-natural-burial", "en", "closed", {},
      "Paul Collins <paul.collins@example.com>", "owa", "Marker for natural burial ground",
      "Priya defers the rules question ('I'll ask the trust ... and come back to you') and comes back the next day, inside the window.",
      cu("11-02 10:30", """Hello,

My brother is buried in the natural burial ground at Wistanstow. Are stone markers
allowed there, and could you make a small flat stone for it?

Paul Collins
"""),
      ag("priya", "11-02 13:00", """Dear Paul,

Natural burial grounds each have their own rules, and I'd rather check Wistanstow's
than guess. I'll ask the trust that runs it and come back to you.

Best wishes,""", promises=[("window", 3)]),
      ag("priya", "11-03 16:20", """Dear Paul,

I've spoken to the trust. They allow a flat, unpolished local stone up to 300mm
square, laid flush with the grass, but no upright markers. We can make exactly that -
a piece of Clee Hill dhustone with his initials and dates is about £260.

Best wishes,""")),

    C("g31-fairfax-executors", "en", "closed", {},
      "Imogen Fairfax <i.fairfax@fairfaxlegal.example>", "outlook", "Estate of the late Mr Harold Dean",
      "A solicitor with a confidentiality disclaimer asks two things; both answered.",
      cu("11-04 11:45", """Dear Sirs,

Re: The Estate of the late Mr Harold Dean

We act as executors of the above estate. The family has instructed you to supply and
fix a headstone at St Mary's, Cleobury Mortimer. Please could you address your final
invoice to the executors at this office rather than to the family, and confirm whether
the sum quoted includes VAT?

Yours faithfully,

Imogen Fairfax
Associate, Fairfax Legal LLP

This email and any attachments are confidential and may be legally privileged. If you
are not the intended recipient, please notify the sender and delete it. Fairfax Legal
LLP is authorised and regulated by the Solicitors Regulation Authority.
"""),
      ag("jenny", "11-04 14:10", """Dear Ms Fairfax,

Thank you. I've changed the billing address on the order to the executors, c/o Fairfax
Legal LLP, and the final invoice will come to you. Yes, the £2,160 we quoted includes
VAT at 20%.

Kind regards,""")),

    C("g32-burton-five-questions", "en", "closed", {"unanswered-question": 2},
      "Colin Burton <colin.burton@example.com>", "gmail", "Jean's stone - before we sign",
      "Five questions in one paragraph; Tom answers the stone, the depth and the space, not the bridge carving or paying by card.",
      cu("11-09 20:30", """Hi Tom,

Thanks for showing us round on Saturday. We've talked it through and have some
questions before we sign off the order for Jean's stone.

We liked the light grey granite you showed us, but is it the same stone as the one on the Morris grave near the gate, which has gone rather dark? How deep would the lettering be cut - the old stones at Clun are hard to read and we don't want that? If we add "Reunited" under her name when my time comes, will there be space on the design you drew? Could the back of the stone have a small carving of Clun bridge, and what would that add to the cost? Lastly, can we pay the deposit by card over the phone?

Best wishes,
Colin
""", uq=2),
      ag("tom", "11-10 10:15", """Hi Colin,

Good to see you both. The Morris stone is a sandstone, not granite - sandstone darkens
as it weathers, but the grey granite will look the same in fifty years. We'd cut the
letters 6mm deep, V-cut, so they'll stay crisp. And yes, I've left room for a line
under Jean's name; "Reunited" and your own name and dates will fit without crowding.

Tom""")),

    C("g33-stanton-listed-vault", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Harriet Stanton <harriet.stanton@example.org>", "apple", "Family vault next to Granny's stone",
      "The listed-vault question is deferred 'by Friday' and never answered (missed); the request in passing for a copy invoice is skipped.",
      cu("11-02 09:00", """Hello Priya,

Thank you for cleaning Granny's stone last month. I noticed that the inscription on
the family vault next to it (my great-great-grandparents) is almost gone. Would it be
possible to restore it, and do we need permission from the church as it's a listed
monument? Separately, please could you send me a copy of last month's invoice - I seem to have lost it.

Harriet
""", uq=1),
      ag("priya", "11-02 15:30", """Dear Harriet,

I'm glad you're pleased with it. The vault is a different matter - if it's listed,
work on it may need listed building consent as well as the church's permission. Let me
check with the conservation officer at Shropshire Council and I'll come back to you by
Friday. Restoring the lettering is usually possible on a chest tomb of that age.

Best wishes,""", promises=[("11-06", None)])),

    C("g34-ingram-club-badge", "en", "closed", {"unanswered-question": 1},
      "David Ingram <d.ingram@example.net>", "thunderbird", "Memorial for our son - football and badge",
      "Bulleted questions answered inline by Jenny; the third (the club badge) is left out.",
      cu("11-05 08:10", """Good morning,

A few questions about the memorial for our son at Church Stretton:

- Is it possible to have a football engraved on the stone? He played for the Stretton Colts.
- What colour can the lettering be on the blue pearl granite?
- Can the club's badge go on as well, if the club gives permission?

Thanks,
David Ingram
""", uq=1),
      ag("jenny", "11-05 13:30", """Dear David,

I'm so sorry about your son. Answers below.

> - Is it possible to have a football engraved on the stone? He played for the Stretton Colts.

Yes - we can etch or carve a football, and we've done several.

> - What colour can the lettering be on the blue pearl granite?

Silver or white look best on blue pearl; gold works too.

Kind regards,""", quote=False)),

    C("g35-nolan-house-number", "en", "pending", {"unanswered-question": 1},
      "Aoife Nolan <aoife.nolan@example.com>", "iphone", "Slate house number plaque",
      "The wait and a price are given; whether it can be posted to Aberystwyth is skipped.",
      cu("11-17 07:45", """Hi, I'd like to order a slate house number plaque (number 27, with "Bryn Celyn"
underneath) - how long is the wait at the moment? Also can you post it, or do I need to collect? We're near Aberystwyth.
Aoife

Sent from my iPhone
""", uq=1),
      ag("tom", "11-17 12:00", """Hi Aoife,

The wait is about three weeks just now, so you'd have it well before Christmas. The
300 x 200mm size in riven slate is £98 with the number and name V-cut and painted
white.

Tom""")),

    C("g36-quinn-ashes-plaque", "en", "closed", {"unanswered-question": 1},
      "Declan Quinn <declan.quinn@example.org>", "owa", "Plaque for Dad's ashes plot",
      "Order with wording; Christmas timing answered with a proof attached; the brother's second garden plaque (asked in passing) is not quoted.",
      cu("11-10 14:20", """Hello,

I'd like to order a black granite plaque for Dad's ashes plot at Ludlow cemetery, the
18 x 12 inch size on your price list, with this wording:

In loving memory of
SEAMUS QUINN
1949 - 2026
Forever our Da

Can you have it in place before Christmas? My brother wants a second, smaller plaque for his garden with just "Da" on it - could you quote for that too?

Declan
""", uq=1),
      ag("jenny", "11-11 09:00", """Dear Declan,

Thank you for the wording - "Forever our Da" is lovely. Yes, we can have it in place
before Christmas: the council takes about two weeks to issue the permit, and we're
fixing plaques at Ludlow on 15 and 17 December. The proof is attached; please check
it carefully.

Kind regards,""", attach=[("application/pdf", "Quinn-proof-P-26-512.pdf", QUINN_PROOF_PDF)])),

    C("g37-ward-ivy-trough", "en", "closed", {"unanswered-question": 1},
      "Karen Ward <karen.ward@example.net>", "gmail", "Yorkstone trough from the food festival",
      "Garden trough: the festival piece is sold, another can be made and priced; the delivery cost to Church Stoke is not answered.",
      cu("11-03 09:40", """Hello,

I saw your stone troughs at the Ludlow Food Festival. Do you still have the big
Yorkstone one with the ivy carving? If it's gone, could you make another the same
size? And what would delivery to Church Stoke cost - it must be very heavy!

Karen
""", uq=1),
      ag("tom", "11-03 15:10", """Hi Karen,

The ivy trough went on the last day of the festival, I'm afraid, but I can make
another of the same size (900 x 450 x 400mm). It's about £780 and takes around five
weeks.

Tom""")),

    C("g38-lamb-chip-on-corner", "en", "pending", {"unanswered-question": 1},
      "Victoria Lamb <vicky.lamb@example.com>", "android", "Gran's stone - settling and a chip",
      "Outlook for Android on both sides; the settling question is answered, the chip on the corner is not.",
      cu("11-16 12:30", """Hi Dan,

Thanks for fixing Gran's stone so quickly. The cemetery office said the ground might
sink a little over the winter - will you come back and check it, or should we let you
know if it moves? I also noticed a small chip on the top left corner; is that something you can polish out?

Vicky

Get Outlook for Android
""", uq=1),
      ag("dan", "11-16 17:45", """Hi Vicky,

Glad you're pleased. We check every stone we fix after about six months, so we'll be
back in May and re-level it if it's settled; you don't need to do anything.

Dan""")),

    C("g39-harris-trade-price-list", "en", "closed", {"missed-follow-up": 1},
      "Jack Harris <jack.harris@harrisfuneral.example>", "owa", "Brochures and trade price list",
      "A funeral director asks three things; brochures and discount answered; the trade price list is promised 'in the next day or two' and never sent.",
      cu("11-04 10:00", """Morning Jenny,

One of our families (Pugh, funeral at Diddlebury on 28 October) would like the
temporary wooden cross replaced by a proper memorial next year. Could you send me a
few of your brochures to pass on, and do you offer anything to families we refer?
Could you also email me your current trade price list?

Jack Harris
Harris & Daughters Funeral Directors
"""),
      ag("jenny", "11-04 12:30", """Morning Jack,

Lovely to hear from you. A dozen brochures went in the post to you this morning. We
don't discount as such, but we waive our permit-handling fee for any family you send
our way.

Tom is just finishing the 2027 trade price list; I'll email it over as soon as he's
signed it off, in the next day or two.

Kind regards,""", promises=[("window", None)])),

    C("g40-morris-catholic-section", "en", "closed", {"missed-follow-up": 1},
      "Eleanor Morris <eleanor.morris@example.org>", "gmail", "Headstone in the Catholic section, Ludlow",
      "Wording rules answered; Jenny says Dan will email 'tomorrow afternoon' about the old foundation; Dan writes a day late.",
      cu("11-03 14:00", """Dear Greystone Memorials,

Could you tell me what wording is allowed on a headstone in the Catholic section at
Ludlow? Father Dominic said there are some restrictions. Also, could you check whether
the grave already has a foundation from my grandfather's stone - it's in row 12 and was
put up in 1987.

Eleanor Morris
"""),
      ag("jenny", "11-03 16:30", """Dear Eleanor,

There aren't many wording restrictions in the Catholic section: inscriptions should be
in keeping with the faith, and nicknames go in quotation marks, but otherwise the
choice is yours. I'll ask Dan to look at the foundation when he's at Ludlow tomorrow,
and he'll email you tomorrow afternoon.

Kind regards,""", promises=[("11-04", 3)]),
      ag("dan", "11-05 15:00", """Dear Eleanor,

Sorry for the delay - I only got up to row 12 this morning. Your grandfather's stone
is on its original 1987 foundation and it's sound, so we won't need a new one, which
saves you about £150.

Dan""")),

    C("g41-brennan-third-time", "en", "pending", {"customer-chased": 2, "slow-first-response": 1},
      "Siobhan Brennan <siobhan.brennan@example.com>", "outlook", "Headstone still not fixed - order GM-2260",
      "Two chases ('I wrote on Tuesday and haven't had a reply', 'This is the third time I've written') before Tom answers six days later.",
      cu("11-10 09:00", """Hello,

We paid the deposit for my husband's headstone in July and were told it would be fixed
in October. It is now November. Could you tell me where things are up to, and when it
will be fixed?

Siobhan Brennan
Order GM-2260
"""),
      cu("11-12 09:30", """I wrote on Tuesday and haven't had a reply. Please could someone tell me what is
happening with the headstone.

Siobhan
""", parent=1, chase=True),
      cu("11-16 10:00", """This is the third time I've written. I would really appreciate a reply today.

Siobhan Brennan
""", parent=2, chase=True),
      ag("tom", "11-16 15:30", """Dear Mrs Brennan,

I'm very sorry. There's no excuse for three emails going unanswered, and I've spoken to
the office about it.

Where things are: the first piece of granite for your husband's stone had a flaw in it
that only showed once we'd polished it, so we sent it back. The replacement arrived
last Tuesday, the lettering is being cut this week, and the fixing is booked for
Thursday 26 November.

Yours sincerely,""")),

    # ---------------------------------------------------------------- German
    C("d01-braun-zusatzinschrift", "de", "closed", {"unanswered-question": 2},
      "Sabine Braun <sabine.braun@braun-familie.example>", "gmail_de", "Zusatzinschrift für meine Mutter - Church Stretton",
      "Vier Anliegen; Katrin beantwortet die deutsche Inschrift und den Abbau, nicht die Kosten und nicht die Rechnungsadresse in Freiburg.",
      cu("11-03 19:20", """Sehr geehrte Frau Vogel,

mein Vater Klaus Braun liegt auf dem Friedhof in Church Stretton, wo er die letzten
zwanzig Jahre gelebt hat. Im Oktober ist nun auch meine Mutter gestorben, und wir
möchten ihren Namen auf dem bestehenden Grabstein ergänzen lassen.

Können Sie mir sagen, was eine solche Zusatzinschrift kostet? Ist es möglich, die
Inschrift auf Deutsch zu setzen, also „In Liebe und Dankbarkeit“? Und muss der Stein
dafür abgebaut werden, oder geht das vor Ort? Außerdem bitte ich Sie, mir die Rechnung später an meine Adresse in Freiburg zu schicken, nicht an die meines Bruders in England.

Mit freundlichen Grüßen
Sabine Braun
""", uq=2),
      ag("katrin", "11-04 10:30", """Sehr geehrte Frau Braun,

mein herzliches Beileid zum Tod Ihrer Mutter.

Eine deutsche Inschrift ist selbstverständlich möglich; Umlaute und Anführungszeichen
setzen wir genau so, wie Sie es wünschen. Der Stein Ihres Vaters ist ein grauer Granit
- hier können wir die neuen Buchstaben direkt auf dem Friedhof einhauen, ein Abbau ist
nicht nötig.

Mit freundlichen Grüßen"""), tz=1),

    C("d02-hofmann-schiefertafel", "de", "pending", {"unanswered-question": 1},
      "Jürgen Hofmann <j.hofmann@hofmann-web.example>", "outlook_de", "Schiefertafel für eine Gartenbank",
      "Dauer und Versand nach Deutschland beantwortet; die Frage nach Frakturschrift bleibt offen.",
      cu("11-16 08:15", """Guten Tag Frau Vogel,

für die Bank im Garten meiner verstorbenen Frau hätte ich gern eine kleine
Schiefertafel mit ihrem Namen und den Lebensdaten. Wie lange dauert die Anfertigung,
und können Sie die Tafel nach Deutschland schicken? Gibt es die Schrift auch in Fraktur?

Viele Grüße
Jürgen Hofmann
""", uq=1),
      ag("katrin", "11-16 14:00", """Sehr geehrter Herr Hofmann,

mein aufrichtiges Beileid. Eine Tafel dieser Art fertigen wir in etwa drei Wochen. Den
Versand nach Deutschland übernehmen wir gern - per Spedition in einer Holzkiste, rund
45 £.

Mit freundlichen Grüßen"""), tz=1),

    C("d03-keller-garantie", "de", "closed", {"missed-follow-up": 1},
      "Monika Keller <monika.keller@example.com>", "thunderbird_de", "Abblätternde Schrift - Auftrag GM-2279",
      "Garantiefall bestätigt; 'melde mich bis Mittwoch mit einem Termin' wird nie eingelöst; Dank-Mail.",
      cu("11-02 09:00", """Sehr geehrte Damen und Herren,

wir haben im Sommer einen Grabstein für meinen Schwiegervater bei Ihnen bestellt
(Auftrag GM-2279). Die Farbe in den Buchstaben ist jetzt, nach nur drei Monaten, an
zwei Stellen abgeblättert. Ist das ein Garantiefall, und wann könnte sich das jemand
ansehen?

Mit freundlichen Grüßen
Monika Keller
"""),
      ag("katrin", "11-02 13:30", """Sehr geehrte Frau Keller,

das tut mir sehr leid - nach drei Monaten darf das nicht passieren, und
selbstverständlich ist das ein Garantiefall; es entstehen Ihnen keine Kosten. Ich kläre
mit unserem Monteur, wann er auf dem Friedhof sein kann, und melde mich bis Mittwoch
mit einem Termin bei Ihnen.

Mit freundlichen Grüßen""", promises=[("11-04", None)]),
      cu("11-02 15:00", """Vielen Dank für die schnelle Antwort!

Monika Keller
""", thanks=True), tz=1),

    C("d04-schmidt-kostenvoranschlag", "de", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Andreas Schmidt <andreas.schmidt@example.net>", "gmail_de", "Kostenvoranschlag Grabumrandung",
      "Nur die automatische Bestätigung; vier Tage später 'Ich warte immer noch auf eine Antwort'; Katrin schickt den Kostenvoranschlag.",
      cu("11-12 10:00", """Hallo,

ich hatte Ihnen letzte Woche am Telefon gesagt, dass wir für das Grab meiner Mutter in
Bishop's Castle eine Umrandung aus Granit möchten. Könnten Sie mir den
Kostenvoranschlag bitte per E-Mail schicken?

Gruß
Andreas Schmidt
"""),
      ack("11-12 09:01"),
      cu("11-16 10:00", """Hallo,

gibt es schon etwas Neues zu meinem Kostenvoranschlag? Ich warte immer noch auf eine
Antwort.

Andreas Schmidt
""", parent=1, chase=True),
      ag("katrin", "11-16 15:00", """Guten Tag Herr Schmidt,

entschuldigen Sie bitte die Verzögerung. Der Kostenvoranschlag hängt an: Umrandung in
grauem Granit mit Splittfüllung, 1.290 £ einschließlich Aufstellung.

Freundliche Grüße""", attach=[("application/pdf", "Kostenvoranschlag-Q-26-430.pdf", SCHMIDT_QUOTE_PDF)]),
      tz=1),

    C("d05-weber-distel", "de", "closed", {},
      "Claudia Weber <claudia.weber@weber-design.example>", "gmail_de", "Entwurf für den Grabstein meiner Tante",
      "Distel statt Rose und Schriftgrößen beantwortet, geänderter Entwurf als PDF; Dank-Mail.",
      cu("11-05 11:00", """Liebe Frau Vogel,

vielen Dank für den Entwurf für den Grabstein meiner Tante. Können wir statt der Rose
eine Distel haben? Sie kam aus Schottland. Und sind die Lebensdaten kleiner gesetzt
als der Name?

Herzliche Grüße
Claudia Weber
"""),
      ag("katrin", "11-05 15:20", """Liebe Frau Weber,

eine Distel passt wunderbar - ich habe den Entwurf angepasst, er hängt an. Ja, die
Lebensdaten sind mit 40 mm etwas kleiner als der Name mit 55 mm.

Herzliche Grüße""", attach=[("application/pdf", "Entwurf-D-2320-revC.pdf", WEBER_DRAWING_PDF)]),
      cu("11-05 18:00", """Perfekt, vielen Dank! So machen wir es.

Claudia Weber
""", thanks=True), tz=1),

    C("d06-lorenz-reinigung", "de", "pending", {},
      "Uwe Lorenz <uwe.lorenz@example.org>", "thunderbird_de", "Reinigung Grabstein in Clun",
      "Zwei nummerierte Fragen, inline beantwortet (eine mit einer bloßen Zahl).",
      cu("11-17 09:30", """Guten Morgen,

wir möchten den Grabstein meines Großvaters in Clun reinigen lassen. Zwei Fragen:

1. Was kostet eine Reinigung ungefähr?
2. Müssen wir dafür vor Ort sein?

Danke und Gruß
Uwe Lorenz
"""),
      ag("katrin", "11-17 13:10", """Guten Tag Herr Lorenz,

> 1. Was kostet eine Reinigung ungefähr?

Rund 180 £.

> 2. Müssen wir dafür vor Ort sein?

Nein, Fotos vorher und nachher gehören dazu.

Freundliche Grüße""", quote=False), tz=1),

    # ---------------------------------------------------------------- French
    C("f01-lefebvre-restauration", "fr", "closed", {"unanswered-question": 2},
      "Claire Lefebvre <claire.lefebvre@example.com>", "apple_fr", "Restauration de la tombe de mon grand-père",
      "Prix et dorure sur calcaire répondus ; la plaque en français pour la grand-mère et le devis en euros restent sans réponse.",
      cu("11-02 18:30", """Bonjour Madame Marchetti,

Mon grand-père anglais repose au cimetière de Ludlow et nous aimerions faire restaurer
sa pierre tombale avant notre venue en avril. Pourriez-vous me dire combien coûterait
un nettoyage complet avec la reprise des lettres ? Est-ce que la dorure à la feuille
est possible sur une pierre calcaire ? Je voudrais aussi savoir si vous pouvez ajouter une petite plaque en français pour ma grand-mère, enterrée en France. Enfin, merci de m'envoyer le devis en euros si possible.

Cordialement,
Claire Lefebvre
""", uq=2),
      ag("helene", "11-03 09:45", """Bonjour Madame Lefebvre,

Oui, la dorure à la feuille se fait très bien sur le calcaire, à condition de regraver
les lettres au préalable. Pour un nettoyage complet et la reprise des lettres à la
feuille d'or, comptez environ 480 £.

Bien cordialement,"""), tz=1),

    C("f02-moreau-cadran-solaire", "fr", "pending", {"unanswered-question": 1},
      "Julien Moreau <julien.moreau@moreau-immo.example>", "gmail", "Cadran solaire en ardoise",
      "Devise latine et délai répondus ; la livraison en Normandie est oubliée.",
      cu("11-15 21:00", """Bonjour,

Nous souhaitons commander un cadran solaire en ardoise pour le jardin de ma mère, en
souvenir de mon père. Est-il possible de graver une devise en latin sur le pourtour ?
Quel est le délai de fabrication ? Et pouvez-vous livrer en Normandie ?

Merci d'avance,
Julien Moreau
""", uq=1),
      ag("helene", "11-16 10:30", """Bonjour Monsieur Moreau,

Oui, une devise latine sur le pourtour est tout à fait possible - « Horas non numero
nisi serenas » est un classique. Le délai de fabrication est d'environ cinq semaines.

Bien cordialement,"""), tz=1),

    C("f03-girard-accents", "fr", "closed", {"missed-follow-up": 1},
      "Sylvie Girard <sylvie.girard@example.org>", "apple_fr", "Dessin de la plaque - erreur sur le prénom",
      "« je vous le renvoie d'ici jeudi » : le dessin corrigé arrive le lundi suivant ; remerciements.",
      cu("11-04 10:00", """Bonjour,

Nous avons bien reçu le dessin de la plaque pour l'urne de mon mari, merci. Le prénom
est mal orthographié : c'est « Frédéric » avec des accents, pas « Frederic ».
Pourriez-vous corriger le dessin et me le renvoyer ?

Cordialement,
Sylvie Girard
"""),
      ag("helene", "11-04 11:30", """Bonjour Madame Girard,

Toutes mes excuses pour cette erreur. Je fais corriger le dessin par notre graveur et
je vous le renvoie d'ici jeudi.

Bien cordialement,""", promises=[("11-05", 3)]),
      ag("helene", "11-09 14:00", """Bonjour Madame Girard,

Voici le dessin corrigé, avec « Frédéric » accentué. Je suis désolée pour ce retard.

Bien cordialement,""", attach=[("application/pdf", "Epreuve-P-26-498-revB.pdf", GIRARD_PROOF_PDF)]),
      cu("11-09 17:00", """C'est parfait, merci beaucoup.

Sylvie Girard
""", thanks=True), tz=1),

    C("f04-dubois-acompte", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Marc Dubois <marc.dubois@example.net>", "gmail", "Acompte pour la stèle - commande GM-2302",
      "« Je me permets de vous relancer » cinq jours plus tard ; Hélène confirme l'acompte avec le reçu en pièce jointe.",
      cu("11-05 09:00", """Bonjour,

Je vous ai envoyé un acompte de 400 £ le 20 octobre pour la stèle de ma mère (commande
GM-2302). Pourriez-vous me confirmer que vous l'avez bien reçu ?

Marc Dubois
"""),
      cu("11-10 09:00", """Bonjour,

Je me permets de vous relancer au sujet de mon acompte : je n'ai toujours pas de
confirmation.

Marc Dubois
""", parent=1, chase=True),
      ag("helene", "11-10 10:15", """Bonjour Monsieur Dubois,

Je vous prie de nous excuser pour ce silence. Oui, votre acompte de 400 £ est bien
arrivé le 21 octobre ; vous trouverez le reçu en pièce jointe.

Bien cordialement,""", attach=[("application/pdf", "Recu-R-26-1130.pdf", DUBOIS_RECEIPT_PDF)]),
      tz=1),

    C("f05-rousseau-vase", "fr", "pending", {},
      "Anne Rousseau <anne.rousseau@example.com>", "apple_fr", "Merci pour les photos",
      "Deux questions sur un vase assorti, répondues ensemble.",
      cu("11-17 15:00", """Bonjour Hélène,

Merci pour les photos de la pose, la pierre est magnifique. Ma sœur demande s'il est
possible d'ajouter plus tard un petit vase en ardoise assorti ? Et combien faut-il
prévoir ?

Bien à vous,
Anne
"""),
      ag("helene", "11-17 16:40", """Bonjour Anne,

Bien sûr : un vase en ardoise assorti coûte 165 £, pose comprise, et nous pouvons
l'installer quand vous le souhaitez.

Bien à vous,"""), tz=1),

    C("f06-petit-plaque-banc", "fr", "closed", {},
      "Lucie Petit <lucie.petit@example.org>", "gmail", "Plaque de banc en laiton",
      "Base64 ; une formule de politesse en question (« bon week-end ? ») et une vraie question, répondue avec l'épreuve ; remerciements.",
      cu("11-09 08:30", """Bonjour Madame Marchetti,

J'espère que vous avez passé un bon week-end ? Je reviens vers vous pour la plaque de
banc en laiton : est-ce que le texte peut tenir sur deux lignes plutôt que trois ?

Merci,
Lucie Petit
""", cte="base64"),
      ag("helene", "11-09 11:00", """Bonjour Madame Petit,

Très bon, merci ! Oui, sur deux lignes cela tient, en réduisant un peu les lettres à
18 mm. Je vous joins la nouvelle épreuve.

Cordialement,""", attach=[("application/pdf", "Epreuve-P-26-520.pdf", PETIT_PROOF_PDF)]),
      cu("11-09 13:00", """Merci, c'est parfait !

Lucie
""", thanks=True), tz=1),

    # ---------------------------------------------------------------- Spanish
    C("s01-garcia-lapida", "es", "closed", {"unanswered-question": 2},
      "María García <maria.garcia@example.com>", "gmail_es", "Lápida para mi marido en Shrewsbury",
      "Cuatro preguntas; Lucía contesta el plazo y la frase en español, no el pago en dos plazos ni el catálogo de letras.",
      cu("11-03 20:00", """Hola Lucía:

Mi marido era de Shrewsbury y está enterrado allí, en el cementerio municipal. Queremos
poner una lápida de granito negro antes de su aniversario en marzo. ¿Cuánto tiempo
tardan desde que aprobamos el diseño? ¿Se puede poner una frase en español debajo del
nombre? Quisiera saber también si aceptan el pago en dos plazos. Y por favor, mándenme el catálogo de tipos de letra.

Un saludo,
María García
""", uq=2),
      ag("lucia", "11-04 09:30", """Hola María:

Siento mucho su pérdida. Desde la aprobación del diseño solemos tardar entre diez y
doce semanas, así que llegamos bien a marzo. Y sí, claro que podemos grabar una frase
en español; cuidamos mucho los acentos y la eñe.

Un saludo,"""), tz=1),

    C("s02-lopez-banco", "es", "pending", {"unanswered-question": 1},
      "Javier López <javier.lopez@example.net>", "iphone", "Banco de piedra con placa",
      "Se contesta si lo hacen y el precio; el peso, necesario para subirlo a la terraza, queda sin respuesta.",
      cu("11-16 18:00", """Hola, buenas tardes.

Hemos visto la foto del banco de piedra que hicieron para el jardín de la residencia
de Ludlow. ¿Podrían hacer uno parecido para el jardín de mi padre, con una placa en
memoria de mi madre? ¿Qué precio tendría? ¿Y cuánto pesa? Tenemos que saber si se
puede subir al jardín, que está en una terraza.

Gracias,
Javier

Enviado desde mi iPhone
""", uq=1),
      ag("lucia", "11-17 10:00", """Hola Javier:

Sí, podemos hacer un banco parecido en piedra de Yorkshire, con una placa grabada en el
respaldo. El precio sería de unas 1.850 £, placa incluida.

Un saludo,""")),

    C("s03-martinez-factura", "es", "closed", {"missed-follow-up": 1},
      "Carmen Martínez <carmen.martinez@example.org>", "gmail_es", "Copia de factura - pedido GM-2241",
      "« se la escaneo y le escribo el lunes con el PDF »: nunca llega.",
      cu("11-02 10:00", """Hola:

Necesito una copia de la factura de la lápida de mi padre para el seguro de decesos.
¿Me la pueden enviar? El número de pedido es GM-2241.

Gracias,
Carmen Martínez
"""),
      ag("lucia", "11-02 11:30", """Hola Carmen:

Claro. La factura original está en el archivo de la oficina; se la escaneo y le
escribo el lunes con el PDF.

Un saludo,""", promises=[("11-09", None)]), tz=1),

    C("s04-fernandez-permiso", "es", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Pablo Fernández <pablo.fernandez@example.com>", "gmail_es", "Fecha para la lápida de mi abuela",
      "« le escribo esta semana » (hasta el viernes 13) no se cumple; el cliente insiste el martes siguiente y sigue sin respuesta.",
      cu("11-11 09:00", """Hola:

¿Ya tienen fecha para colocar la lápida de mi abuela en Bridgnorth? Nos dijeron que
sería a mediados de noviembre.

Saludos,
Pablo Fernández
"""),
      ag("lucia", "11-11 12:00", """Hola Pablo:

Todavía no; el ayuntamiento aún no nos ha enviado el permiso. Lo consulto con ellos y
le escribo esta semana.

Un saludo,""", promises=[("11-13", None)]),
      cu("11-17 09:00", """Hola Lucía:

¿Hay alguna novedad sobre el permiso? Sigo esperando y mi madre me pregunta todos los
días.

Pablo
""", chase=True)),

    C("s05-ruiz-desde-buenos-aires", "es", "closed", {},
      "Elena Ruiz <elena.ruiz@example.net>", "outlook", "Limpieza de la lápida de mi abuelo",
      "Clienta en Buenos Aires (UTC-3); limpieza, fotos y pago desde Argentina contestados con un PDF; agradecimiento.",
      cu("11-04 20:00", """Hola:

Soy nieta de Thomas Evans, enterrado en Knighton. Desde Buenos Aires es difícil
organizar algo, así que les escribo: ¿pueden ustedes limpiar la lápida y mandarme una
foto? ¿Cómo se paga desde Argentina?

Muchas gracias,
Elena Ruiz
"""),
      ag("lucia", "11-05 10:00", """Hola Elena:

Sí, por supuesto. La limpieza cuesta 150 £ e incluye fotos de antes y después. Se puede
pagar con tarjeta por teléfono o por transferencia internacional; le adjunto los datos
bancarios.

Un saludo,""", attach=[("application/pdf", "Pagos-desde-el-extranjero.pdf", BANK_PDF)]),
      cu("11-05 09:00", """¡Muchísimas gracias, Lucía!

Elena
""", thanks=True), tz=-3),

    C("s06-sanchez-segunda-inscripcion", "es", "pending", {},
      "Rocío Sánchez <rocio.sanchez@example.com>", "gmail_es", "Añadir el nombre de mi tía",
      "Saludo de cortesía y pregunta que se contesta ella misma; multipart/alternative; las dos preguntas reales contestadas.",
      cu("11-18 09:00", """Hola Lucía, ¿qué tal?

¿Dónde puse yo el número de la tumba? Ah, ya lo tengo: es el F 208. Entonces, ¿pueden
añadir el nombre de mi tía en la misma lápida? ¿Y hace falta pedir otro permiso al
cementerio?

Un abrazo,
Rocío
""", kind="alt"),
      ag("lucia", "11-18 12:30", """Hola Rocío:

Sí, podemos añadir el nombre de su tía en la misma lápida. Y sí, cada inscripción
adicional necesita un permiso nuevo, pero lo tramitamos nosotros; cuesta 65 £.

Un saludo,"""), tz=1),
]

UNANSWERED: dict[str, list[str]] = {
    "g02-okafor-additional-inscription": [
        "Please could you also quote for re-gilding Dad's lettering at the same time, as some of the gold has gone dull."],
    "g09-marsh-numbered-list": [
        "Can a small ceramic photo plaque be added to the stone, and would the vicar allow it?",
        "Could we come and see the actual piece of stone at your yard on a Saturday?"],
    "g14-reid-silver-lettering": ["Could the lettering be done in silver rather than gold?"],
    "g19-harper-matching-vase": ["what would a matching granite vase in front of the stone cost?"],
    "g21-walsh-long-paragraph": [
        "she has asked me to ask you to send her a written quote by post to 14 Linney Close, Ludlow SY8"],
    "g26-booth-separate-invoice": [
        "Please also send Helen a separate invoice for her half, as she's paying from her own account."],
    "g32-burton-five-questions": [
        "Could the back of the stone have a small carving of Clun bridge, and what would that add to the cost?",
        "Lastly, can we pay the deposit by card over the phone?"],
    "g33-stanton-listed-vault": [
        "please could you send me a copy of last month's invoice - I seem to have lost it."],
    "g34-ingram-club-badge": ["Can the club's badge go on as well, if the club gives permission?"],
    "g35-nolan-house-number": ["Also can you post it, or do I need to collect?"],
    "g36-quinn-ashes-plaque": [
        "My brother wants a second, smaller plaque for his garden with just \"Da\" on it - could you quote for that too?"],
    "g37-ward-ivy-trough": ["And what would delivery to Church Stoke cost - it must be very heavy!"],
    "g38-lamb-chip-on-corner": [
        "I also noticed a small chip on the top left corner; is that something you can polish out?"],
    "d01-braun-zusatzinschrift": [
        "Können Sie mir sagen, was eine solche Zusatzinschrift kostet?",
        "Außerdem bitte ich Sie, mir die Rechnung später an meine Adresse in Freiburg zu schicken, nicht an die meines Bruders in England."],
    "d02-hofmann-schiefertafel": ["Gibt es die Schrift auch in Fraktur?"],
    "f01-lefebvre-restauration": [
        "Je voudrais aussi savoir si vous pouvez ajouter une petite plaque en français pour ma grand-mère, enterrée en France.",
        "Enfin, merci de m'envoyer le devis en euros si possible."],
    "f02-moreau-cadran-solaire": ["Et pouvez-vous livrer en Normandie ?"],
    "s01-garcia-lapida": [
        "Quisiera saber también si aceptan el pago en dos plazos.",
        "Y por favor, mándenme el catálogo de tipos de letra."],
    "s02-lopez-banco": ["¿Y cuánto pesa?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice111 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
