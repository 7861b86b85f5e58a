#!/usr/bin/env python3
"""Regenerate ``tests/practice81/``: a labelled corpus of Pewsey Clock & Watch Repair.

A support mailbox of a fictional watch and clock repair workshop in Pewsey, Wiltshire
(watch servicing and repairs, battery changes, straps and bracelets, antique clock
restoration, home visits and collection rounds, postal repairs, estimates, valuations and
guarantees), written without looking at the detection heuristics, with many customer
questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``pewseyclocks.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves unanswered).
The script (with the shared machinery of ``scripts/practice_machinery.py``) recomputes status and
every rule count from those facts and the dates, and refuses to write when they disagree with
the hand-written case labels, or when a labelled question is not verbatim in the customer's
own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice81_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "pewseyclocks.example"
REPAIRS = "Pewsey Clock & Watch Repair <repairs@pewseyclocks.example>"

AGENTS = {
    "ruth": ("Ruth Bramwell <ruth@pewseyclocks.example>", "thunderbird", """-- 
Ruth Bramwell
Front Desk | Pewsey Clock & Watch Repair
14 High Street, Pewsey, Wiltshire SN9 5AQ | 01672 560214
Track your repair: https://pewseyclocks.example/track?ref=sig"""),
    "gideon": ("Gideon Ashdown <gideon@pewseyclocks.example>", "outlook", """Gideon Ashdown
Head Watchmaker | Pewsey Clock & Watch Repair
Is your watch due a service? Most mechanical watches want one every five to seven years."""),
    "felix": ("Felix Marlowe <felix@pewseyclocks.example>", "apple", """Felix Marlowe
Antique Clock Restoration | Pewsey Clock & Watch Repair
https://pewseyclocks.example/clocks?from=email"""),
    "nadia": ("Nadia Okafor <nadia@pewseyclocks.example>", "owa", """Nadia Okafor
Postal Repairs & Accounts | Pewsey Clock & Watch Repair
This email and any attachments are confidential. If you have received it in error, please
let us know and delete it."""),
    "lukas": ("Lukas Brandt <lukas@pewseyclocks.example>", "thunderbird_de", """-- 
Lukas Brandt
Uhrmacher, Kundenbetreuung DE/AT/CH | Pewsey Clock & Watch Repair
https://pewseyclocks.example/de?ref=signatur"""),
    "sylvie": ("Sylvie Garnier <sylvie@pewseyclocks.example>", "apple_fr", """Sylvie Garnier
Service clients francophone | Pewsey Clock & Watch Repair
https://pewseyclocks.example/fr?utm_source=email"""),
    "pilar": ("Pilar Ortega <pilar@pewseyclocks.example>", "gmail_es", """--
Pilar Ortega
Atención al cliente | Pewsey Clock & Watch Repair
+44 1672 560219"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Pewsey Clock & Watch Repair. This is an automatic reply to
confirm that we have your message (reference {ref}). The shop and workshop are open
Monday to Saturday, 9am-5pm, and we will reply within 24 hours.

Please do not post a watch or clock to us until we have sent you a repair number.

Pewsey Clock & Watch Repair
https://pewseyclocks.example/help?ticket={ref}""",
}

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
    "helpdesk": ["X-Mailer: Pewsey Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="pcw.", outlook_server="CWLP265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice81", title="Pewsey Clock & Watch Repair", desk=REPAIRS, agents=AGENTS,
    ack=ACK["en"], profile=PROFILE, ticket_prefix="PCW-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

ESTIMATE_PDF = mailcraft.pdf(["Pewsey Clock & Watch Repair - Estimate E-4433",
                              "Skeleton clock, single train, c.1860",
                              "Strip, clean, rebush 4 pivot holes, new mainspring: GBP 385",
                              "Glass dome: re-use existing. Valid 60 days."])
TRADE_PDF = mailcraft.pdf(["Pewsey Clock & Watch Repair - Trade account application",
                           "Trade discount 20% on retail service prices",
                           "Invoices payable within 30 days",
                           "Return this form signed to nadia@pewseyclocks.example"])
AUTAVIA_PDF = mailcraft.pdf(["Pewsey Clock & Watch Repair - Revised estimate E-4519",
                             "Heuer Autavia, cal. 11",
                             "Part A: movement service GBP 520",
                             "Part B: case refinish GBP 160 (optional)"])
REVERSO_PDF = mailcraft.pdf(["Pewsey Clock & Watch Repair - Devis E-4488",
                             "Jaeger-LeCoultre Reverso, cal. 822",
                             "Revision complete GBP 620",
                             "Couronne et tige neuves GBP 85"])
DIAL_PNG = mailcraft.png(10, 10, lambda x, y: (235 - 6 * y, 225 - 4 * x, 190))
EAGLE_PNG = mailcraft.png(12, 9, lambda x, y: (180 + 5 * x, 150 + 3 * y, 60))
PIVOT_PNG = mailcraft.png(12, 8, lambda x, y: (120 + 9 * x, 110 + 4 * y, 90))
PALLET_PNG = mailcraft.png(8, 8, lambda x, y: (200, 90 + 12 * y, 100 + 10 * x))

CASES: list[Case] = [
    C("p01-hartley-seamaster-service", "en", "closed", {},
      "Oliver Hartley <oliver.hartley@example.com>", "gmail", "Seamaster service",
      "Three numbered questions (cost, time, pressure test) answered in one paragraph, out of order.",
      cu("11-02 09:12", """Hi,

My Omega Seamaster 300 (bought 2014, never serviced) has started losing about 20 seconds a day. A few questions before I send it in:

1. Roughly what does a full service cost for this model?
2. How long would you need it for?
3. Will you pressure-test it afterwards? I swim with it most weekends.

Thanks in advance,
Oliver Hartley"""),
      ag("gideon", "11-02 11:40", """Hello Oliver,

Twenty seconds a day after twelve years is about what we'd expect - the oils will have dried out. We test every diver to 30 bar after reassembly and give you the printout, and a full service on the 2500 calibre is £395 including new gaskets. Allow four to five weeks from when it arrives.

If you'd like to go ahead, reply here and Nadia will send you the postal pack.

Regards,
Gideon""")),

    C("p02-cruickshank-tanner-longcase", "en", "closed", {"unanswered-question": 1},
      "Helen Cruickshank <helen.cruickshank@example.org>", "outlook", "Longcase clock has stopped",
      "Inherited longcase clock: visit and charge answered, the question about taking the weights off is skipped; thanks-only close.",
      cu("11-03 08:05", """Good morning,

My late father's longcase clock (an eight-day brass dial, signed 'Wm. Tanner, Devizes') stopped last week and I cannot get it going again. The pendulum swings for a minute or so and then stops.

Would you be able to collect it from Aldbourne, or would someone need to look at it in the house first? I'd also like to know what you charge for collection. Should I take the weights and pendulum off before anyone comes, or is it better to leave everything as it is?

Kind regards,
Helen Cruickshank""", uq=1, kind="alt"),
      ag("felix", "11-03 10:30", """Dear Mrs Cruickshank,

What a lovely clock - Tanner was working in Devizes in the 1780s. From your description it is most likely out of beat, perhaps because it was knocked or the floor has settled, and that can usually be put right on the spot.

We visit Aldbourne on Thursdays. The home visit is £65, which covers the first half hour; if the clock does have to come back to the workshop, the transport is included in that and we take the £65 off the restoration estimate.

With best wishes,
Felix"""),
      cu("11-03 11:02", """Thank you, that's very helpful. I'll ring the shop to book a Thursday.

Helen""", thanks=True)),

    C("p03-okoro-skagen-by-post", "en", "pending", {},
      "Daniel Okoro <d.okoro@example.net>", "thunderbird", "Battery change by post?",
      "Customer on Orkney asks three things as separate lines; answered inline: a bare yes, two prices, a link.",
      cu("11-16 19:20", """Hello,

I live on Orkney so popping in isn't really an option. I have a Skagen that needs a new battery and possibly a new seal.

Can I post it to you for a battery change?
What does it cost including return postage?
How do I pack it - does it need to be insured?

Cheers,
Dan"""),
      ag("ruth", "11-17 09:10", """Hi Dan,

> Can I post it to you for a battery change?

Yes, we do lots of these by post.

> What does it cost including return postage?

£14.50 for the battery and seal check, plus £8.95 Special Delivery back to you.

> How do I pack it - does it need to be insured?

https://pewseyclocks.example/postal-repairs - the form tells you the value to insure it for.

Ruth""", quote=False)),

    C("p04-lal-carriage-clock-estimate", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Priya Lal <priya.lal@example.com>", "iphone", "Carriage clock ticket 4471",
      "Estimate promised 'by Thursday' arrives the next Monday after 'just checking in' (References gap on the chaser).",
      cu("11-09 12:30", """Hi, I dropped off my grandmother's carriage clock on Saturday (ticket 4471). When will the estimate be ready? And could you tell me whether the broken handle can be repaired rather than replaced? I'd like to keep it original.

Priya

Sent from my iPhone"""),
      ag("felix", "11-09 15:45", """Hi Priya,

The handle can definitely be saved - it's a cracked pivot, which we can silver-solder without it showing. I'm still stripping the movement down; I'll have the full estimate to you by Thursday.

Best,
Felix""", promises=[("11-12", 4)]),
      cu("11-16 08:55", """Morning Felix, just checking in on the estimate for ticket 4471 - I haven't seen anything yet.

Priya

Sent from my iPhone""", chase=True, refs=[1]),
      ag("felix", "11-16 12:10", """Hi Priya,

Apologies, I ought to have written last week. The mainspring is tired and two teeth of the escape wheel are bent. The estimate is £285 for the full overhaul, including the handle and a new mainspring, and it would be ready two weeks after you say yes.

Best,
Felix""")),

    C("p05-bramley-prx-bracelet", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Tom Bramley <tom.bramley@example.org>", "gmail", "Taking a link out",
      "Bracelet link and spare-link question, acknowledged by the robot only; the customer follows up four days later: no human reply.",
      cu("11-12 10:05", """Hi there,

I bought a Tissot PRX from you in the summer and the bracelet's a bit loose now the weather's colder. Could you take out one link? I'd also like to buy a spare link in case I need it back in next summer - do you stock them or would you have to order one?

Tom"""),
      ack("11-12 10:06"),
      cu("11-16 17:40", """Hello again, I still haven't heard back about the bracelet. Can I just pop in on Saturday or do I need to book?

Tom""", chase=True)),

    C("p06-fothergill-seiko-6139", "en", "closed", {"unanswered-question": 2},
      "Graham Fothergill <g.fothergill@westburyhistory.example>", "outlook", "Seiko 6139 chronograph",
      "Four questions inside one long paragraph; calibre and cost answered, crystal polishing and insurance skipped.",
      cu("11-04 13:15", """Dear Sir or Madam,

I have inherited a Seiko 6139 chronograph from my uncle, who bought it in Hong Kong in 1972, and I would like to have it brought back to good working order, though I'm not sure where to start. The chronograph hand no longer resets to zero, the day wheel sticks between Wednesday and Thursday, and the crystal is badly scratched. I was wondering whether you work on this calibre at all, as I understand parts are getting scarce. If you do, could you give me a rough idea of the cost? I'd also like to know whether the original crystal could be polished rather than replaced, because I'd rather keep it as close to original as possible. And finally, is it worth insuring it for more than I paid for the service, or is that overkill for a Seiko?

Yours faithfully,
Graham Fothergill
Westbury Local History Society""", uq=2),
      ag("gideon", "11-04 16:20", """Dear Mr Fothergill,

Yes - the 6139 is one of my favourites, and we keep a small stock of donor movements for it, so parts are rarely the problem. For a full service including the chronograph reset (usually a worn heart cam) and freeing the day change, expect £220-260 depending on what we find once it is open.

Postal instructions are on https://pewseyclocks.example/postal-repairs.

Regards,
Gideon""")),

    C("p07-hollmann-kuckucksuhr", "de", "closed", {},
      "Brigitte Hollmann <b.hollmann@hollmann-bath.example>", "gmail_de", "Kuckucksuhr ruft nicht mehr",
      "German customer in Bath: cuckoo clock repair, cost, time, and a wish to write in German - all answered.",
      cu("11-05 18:30", """Sehr geehrte Damen und Herren,

ich wohne seit ein paar Jahren in Bath und habe eine alte Kuckucksuhr aus dem Schwarzwald (ca. 1950, Achttagewerk) mitgebracht. Seit dem Umzug ruft der Kuckuck nicht mehr, die Uhr selbst läuft aber.

Reparieren Sie auch Kuckucksuhren? Was würde das ungefähr kosten, und wie lange müsste ich auf die Uhr verzichten? Ich würde gern auf Deutsch schreiben, falls das bei Ihnen geht.

Mit freundlichen Grüßen
Brigitte Hollmann"""),
      ag("lukas", "11-06 09:15", """Sehr geehrte Frau Hollmann,

sehr gern auf Deutsch - ich komme aus Furtwangen und habe mit Kuckucksuhren angefangen. Wenn das Werk läuft, der Kuckuck aber stumm bleibt, hat sich beim Transport meist nur der Draht zum Blasebalg verbogen oder ein Balg ist eingerissen. Neue Bälge samt Einstellen kosten 75 £, eine komplette Revision des Achttagewerks 240 £. Rechnen Sie mit etwa zehn Tagen.

Mit freundlichen Grüßen
Lukas Brandt""")),

    C("p08-faraday-westminster-chime", "en", "closed", {},
      "Colin Faraday <colin.faraday@example.com>", "apple", "Mantel clock chiming late",
      "A rhetorical opener, two real questions (fix it myself? home visits in Devizes?) both answered; thanks-only close.",
      cu("11-02 20:10", """Evening,

Why do these things always happen just before Christmas? Our mantel clock (Smiths, Westminster chime, 1950s) now chimes the quarter about five minutes after the hands get there, and on the hour it sometimes plays two quarters in a row.

Is this something I can correct myself, or does it need to come in? And do you ever do home visits in Devizes, or is it a case of bringing it to Pewsey?

Best wishes,
Colin"""),
      ag("ruth", "11-03 09:30", """Hi Colin,

Five minutes out is usually the minute hand slipping on its collet, and you can often sort that yourself: wait for the quarter to finish, ease the minute hand back to the 3, then press the collet on firmly. The double quarter is a different matter - that's one for Felix at the bench, so bring it in (no appointment needed). We only do home visits in Devizes for longcase clocks, I'm afraid.

Ruth"""),
      cu("11-03 10:02", """Brilliant, thanks Ruth - will bring it in on Saturday.

Colin""", thanks=True)),

    C("p09-whitlock-longines-valuation", "en", "closed", {"missed-follow-up": 1},
      "Sandra Whitlock <s.whitlock@example.org>", "owa", "Valuation for insurance",
      "Fee answered; the valuation certificate promised 'by Wednesday' never comes and the case goes quiet.",
      cu("11-02 11:00", """Hello,

My insurer has asked for an up-to-date valuation of my late husband's gold Longines (you serviced it in September, job 3920). Please could you provide a valuation certificate? If there is a fee, let me know how much and I'll pay over the phone.

Regards,
Sandra Whitlock"""),
      ag("nadia", "11-02 14:25", """Dear Mrs Whitlock,

Of course. As we have the full record from September there's no need to see the watch again, and the fee is £35. Gideon will sign the certificate when he's back from the trade fair and I'll email it to you by Wednesday.

Kind regards,
Nadia""", promises=[("11-04", None)])),

    C("p10-mccall-waltham-hunter", "en", "closed", {},
      "Ewan McCall <ewan.mccall@kennetvalley.example>", "thunderbird", "Pocket watch bits",
      "Three questions on separate lines answered inline: 'Yes', a price, a bare shop link.",
      cu("11-05 15:40", """Hi,

A few quick ones about my great-grandfather's Waltham pocket watch:

Can you replace a missing bow (the ring at the top)?
How much would a new glass be? It's a hunter, so the glass sits under the front lid.
Do you sell display stands for pocket watches?

Ewan"""),
      ag("gideon", "11-05 17:05", """Hi Ewan,

> Can you replace a missing bow (the ring at the top)?

Yes - we keep period gold-filled and silver bows.

> How much would a new glass be? It's a hunter, so the glass sits under the front lid.

£28, a domed mineral glass cut to fit.

> Do you sell display stands for pocket watches?

https://pewseyclocks.example/shop/pocket-watch-stands

Gideon""", quote=False)),

    C("p11-ure-datejust-parts", "en", "pending", {"unanswered-question": 1},
      "Hamish Ure <hamish.ure@example.net>", "gmail", "Datejust on its way",
      "Two requests and a question after posting a watch; hands and service card answered, returning the old parts skipped.",
      cu("11-16 09:20", """Hi Gideon,

Following our phone call I've sent the Datejust by Special Delivery this morning (tracking AB123456789GB). Two things I forgot to mention: please keep the original hands even if they need relume - I don't want service hands. And please return any parts you replace in a bag with the watch, my father always liked to see them.

Also, will it come back with a new service card?

Hamish""", uq=1),
      ag("gideon", "11-17 08:50", """Hi Hamish,

It arrived safely this morning. Original hands it is - the lume is actually in decent shape, so we'll just clean them. It will come back with our own service card; we're independent, so Rolex won't issue theirs.

Regards,
Gideon""")),

    C("p12-pennington-citizen-stopped", "en", "closed", {"reopened": 1},
      "Jo Pennington <jo.pennington@example.com>", "gmail", "Watch stopped again",
      "Battery question answered; thanks-only; 'I'll mark this as resolved'; the watch stops again and the customer writes back; closed again with a [Resolved] tag.",
      cu("11-04 10:00", """Hi, the watch you put a battery in last week (ticket 4390) has stopped again after six days. Is that normal? Could it be the movement rather than the battery?

Jo"""),
      ag("ruth", "11-04 11:15", """Hi Jo,

No, six days isn't normal - it usually means the movement is drawing too much current. Bring it in and we'll test it on the meter free of charge; if it is the movement, a replacement quartz movement is £45 fitted.

Ruth"""),
      cu("11-05 16:00", """Brought it in - it's going again after your colleague cleaned the contacts. Thanks!

Jo""", thanks=True),
      ag("ruth", "11-05 16:30", """Glad it's sorted, Jo. The cleaning is covered by the battery guarantee, so there's nothing to pay. I'll mark this as resolved.

Ruth""", closes=True),
      cu("11-16 09:40", """Hi Ruth, afraid it's stopped again, same watch. Should I bring it back in, or send it to Citizen this time? It's still under their warranty until March.

Jo"""),
      ag("ruth", "11-16 11:00", """Hi Jo,

As it's still under Citizen's warranty, send it to them - a movement fault is covered and won't cost you anything, whereas if we open it again it won't be. Their service centre details are here: https://citizenwatch.example/uk/service?ref=warranty

I'm closing this ticket on our side now.

Ruth""", subject="[Resolved] Re: Watch stopped again", closes=True)),

    C("p13-ashworth-trade-account", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Victoria Ashworth <v.ashworth@ashworthjewellers.example>", "outlook", "Trade repairs from Hungerford",
      "Jeweller asks about trade rates, collection and per-job invoicing; three agents reply (a handoff kept the same day); per-job invoicing never addressed.",
      cu("11-16 09:00", """Good morning,

We're a small jeweller in Hungerford and would like to send you our watch repairs in batches, roughly 15-20 a month. Do you offer trade rates? Could someone also explain how collection would work - would you pick up from us, or should we courier them? Lastly, we'd need each job invoiced separately with our customer's reference on it.

Best regards,
Victoria Ashworth
Ashworth Jewellers, 22 High Street, Hungerford
Looking for the perfect gift? https://ashworthjewellers.example/?utm_source=email""", uq=1,
         cc="Mark Ashworth <mark@ashworthjewellers.example>"),
      ag("ruth", "11-16 10:20", """Dear Victoria,

Thank you - lovely to hear from you. I've passed this to Nadia, who looks after trade accounts; she'll be in touch this afternoon, and Felix runs the collection round.

Ruth""", promises=[("11-16", 3)]),
      ag("nadia", "11-16 14:00", """Dear Victoria,

Trade customers get 20 % off our retail service prices, with 30-day invoicing once the account is open. The application form is attached - sign and return it and we can set you up the same week.

Kind regards,
Nadia""", attach=[("application/pdf", "trade-account-application.pdf", TRADE_PDF)]),
      ag("felix", "11-17 09:30", """Hello Victoria,

Our van comes through Hungerford every Thursday morning, so we'd collect from the shop and bring the finished jobs back the following week - no charge for trade accounts sending ten or more jobs a month.

Felix""", parent=1)),

    C("p14-rahman-hamilton-sapphire", "en", "closed", {"slow-first-response": 1},
      "Aisha Rahman <aisha.rahman@example.org>", "gmail", "Chipped crystal",
      "Friday-evening question answered on Monday morning: slow first response, otherwise fully answered.",
      cu("11-06 17:45", """Hi, do you fit sapphire crystals to a Hamilton Khaki Field? Mine has a chip at 4 o'clock. And how long would I be without the watch?

Aisha"""),
      ag("ruth", "11-09 09:05", """Hi Aisha,

Sorry for the slow reply - Saturday was a busy one. Yes: a genuine Hamilton sapphire is £85 fitted, and we have the 38 mm in stock, so it can usually be done while you wait or the same afternoon.

Ruth""")),

    C("p15-quayle-four-glass-regulator", "en", "closed", {},
      "Richard Quayle <r.quayle@example.com>", "apple", "French clock gaining",
      "Front desk says the restorer will email tomorrow; he does, answering both questions.",
      cu("11-04 09:30", """Hello,

I have a French four-glass clock that gains about ten minutes a week. I've turned the regulator arbor (the little square above the 12) all the way towards 'R' and it's still fast. Any idea what's going on? And would you need the whole clock, or just the movement?

Richard Quayle"""),
      ag("ruth", "11-04 10:00", """Hello Richard,

I've shown your email to Felix, our clock restorer. He's at a client's house today but he'll email you tomorrow with his thoughts.

Ruth""", promises=[("11-05", 3)]),
      ag("felix", "11-05 11:20", """Dear Richard,

If it's still fast with the regulator fully towards 'R', either the suspension spring has been replaced with one that's too short, or the pendulum isn't the original. Just the movement and pendulum, please - the case can stay at home. Wrap the pendulum separately. A new suspension and regulation is typically £60-90.

Best wishes,
Felix""", parent=1)),

    C("p16-trelawney-painted-dial", "en", "pending", {},
      "Lucy Trelawney <lucy.trelawney@example.net>", "owa", "Flaking dial",
      "Dial restoration: the in-situ question answered (no, but the case stays home); the estimate promised for Tuesday 24th, still ahead at audit time.",
      cu("11-18 14:00", """Hi,

I'd like a quote to restore the painted dial of our longcase clock - the numerals are flaking off. Could you also let me know whether you can restore the dial without taking the clock away? It's far too tall for my car.

Lucy"""),
      ag("felix", "11-19 09:10", """Hi Lucy,

Dials can't be restored in the house, I'm afraid - the paint and varnish need the workshop. The good news is that the dial comes off the movement in ten minutes and fits in a shoebox, so the clock itself stays with you. Could you send me a photo of the whole dial? I'll send you the estimate by Tuesday 24th.

Felix""", promises=[("11-24", None)])),

    C("p17-achterberg-breitling-return", "en", "pending", {},
      "Ben Achterberg <ben.achterberg@example.com>", "gmail", "Job 4502 - paid",
      "When will it come back and must I sign: answered with dispatch logistics (not a promise); thanks-only after delivery.",
      cu("11-16 11:30", """Hello,

I've paid the estimate for my Breitling (job 4502) online. When will it come back to me, and will I need to be home to sign for it?

Ben"""),
      ag("nadia", "11-16 13:00", """Hi Ben,

Thanks - payment received. It goes out with Royal Mail Special Delivery on Wednesday and arrives before 1pm the next day. Someone will need to sign, but you can redirect it to a Post Office from the tracking email.

Nadia"""),
      cu("11-19 13:20", """Arrived this morning and it's running perfectly. Thank you!

Ben""", thanks=True)),

    C("p18-dobbs-tissot-battery", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Maureen Dobbs <maureen.dobbs@example.org>", "oldclient", "Battery for Tissot",
      "Battery question from an old mail client; a week later the same request is sent again as a new mail with the same subject; no reply.",
      cu("11-10 10:15", """Hello,

Please could you tell me if you have a battery for a Tissot T-Classic (T033.410)? I would like to come in on Friday if so. Also, do you test the water resistance after a battery change?

Maureen Dobbs"""),
      cu("11-17 09:00", """Hello,

Sending this again as I don't think it reached you.

Please could you tell me if you have a battery for a Tissot T-Classic (T033.410)? I would like to come in on Friday if so. Also, do you test the water resistance after a battery change?

Maureen Dobbs""", chase=True, parent=0)),

    C("p19-grieve-strap-width", "en", "closed", {},
      "Fiona Grieve <fiona.grieve@example.com>", "apple", "Fwd: Your order PCW-10882",
      "HTML-only mail forwarding a shop order whose own text has '?' lines; the customer's two questions answered in one sentence.",
      cu("11-05 09:10", """Hi,

I ordered the wrong width - see the order below. Can I swap the 20 mm tan strap for the 22 mm one in the same colour? And do I need to send the 20 mm back first, or can you send the new one straight away?

Thanks,
Fiona

Begin forwarded message:

From: Pewsey Clock & Watch Repair <shop@pewseyclocks.example>
Subject: Your order PCW-10882
Date: 2 November 2026 at 14:03:11 GMT

Thank you for your order!
1 x Horween leather strap, tan, 20 mm, quick-release - £39.00
Questions about your order? Visit https://pewseyclocks.example/help?order=PCW-10882
Fancy a monogram? Add hand engraving for £8 at checkout.""", kind="html"),
      ag("ruth", "11-05 11:00", """Hi Fiona,

No problem - the 22 mm tan went out first class this morning, so just pop the 20 mm one back unworn in the same envelope with the returns slip (https://pewseyclocks.example/returns) whenever suits you.

Ruth""")),

    C("p20-trevelyan-oris-collection", "en", "closed", {},
      "Nick Trevelyan <nick@trevelyanfarm.example>", "gmail", "Oris ready?",
      "A question the customer answers himself, then two real ones answered briefly.",
      cu("11-03 13:00", """Hi Ruth,

Where do I find my repair number? Scratch that, it's on the yellow ticket in my wallet: 4418.

I gather from the text message that my Oris is ready. Can my wife collect it for me on Saturday? And can I pay by card on collection, or does it need paying beforehand?

Nick"""),
      ag("ruth", "11-03 14:10", """Hi Nick,

She's very welcome to - just ask her to bring the yellow ticket. Card on the day is fine.

Ruth""")),

    C("p21-musgrave-smiths-deluxe", "en", "pending", {"unanswered-question": 1},
      "Claire Musgrave <claire.musgrave@example.net>", "gmail", "Mainspring for a Smiths",
      "Price answered; a week later the customer goes ahead and asks for an engraving and how to post it; only the posting is answered.",
      cu("11-11 10:00", """Hi,

How much is it to have a new mainspring fitted to a 1960s Smiths Deluxe? My dad wore it every day until last year.

Claire"""),
      ag("gideon", "11-11 11:30", """Hi Claire,

A mainspring on its own isn't a good idea in a watch that age - we'd do it as part of a full service, £165, which includes the new mainspring.

Gideon"""),
      cu("11-16 20:15", """Thanks Gideon, let's go ahead. I'll post it this week. Could you engrave the back with 'Dad 1931-2025'? And what's the best way to send it - is a padded envelope enough?

Claire""", uq=1),
      ag("nadia", "11-17 09:00", """Hi Claire,

Lovely. Please use the postal form at https://pewseyclocks.example/postal-repairs and send it Special Delivery in a small box rather than a padded envelope - the form tells you what value to declare.

Nadia""")),

    C("p22-lindqvist-junghans-guarantee", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Peter Lindqvist <peter.lindqvist@example.com>", "outlook", "Junghans running fast",
      "'Let me check the job card and I'll get back to you' (no deadline: 2-day window) kept only after 'still waiting'.",
      cu("11-11 14:00", """Hello,

Last year you serviced my Junghans Max Bill (job 3655) and it's now running 40 seconds a day fast. Is that covered by your service guarantee? If so, how do I get it back to you?

Peter Lindqvist"""),
      ag("ruth", "11-11 15:30", """Hello Peter,

Our service guarantee runs for 12 months, so it depends on the exact date. Let me check the job card with the workshop and I'll get back to you.

Ruth""", promises=[("window", 4)]),
      cu("11-17 09:45", """Hello Ruth,

I'm still waiting to hear about the guarantee - could you let me know either way?

Peter""", chase=True),
      ag("ruth", "11-17 10:30", """Hello Peter,

I'm very sorry. Your watch was serviced on 28 November 2025, so it is still under guarantee until the end of next week. Send it Special Delivery to the workshop with a note of the job number - we'll pay the return postage.

Ruth""")),

    C("p23-fane-bracket-clock", "en", "closed", {"unanswered-question": 1},
      "Jeremy Fane <jeremy.fane@fanehouse.example>", "apple", "Bracket clock estimate",
      "Three questions before accepting an estimate; chain and case answered out of order, the loose finials request skipped.",
      cu("11-02 16:00", """Dear Felix,

Thank you for the estimate for the ebonised bracket clock. Before I agree to it I have a couple of questions. Does the £640 include re-ebonising the case, or is that separate? The brass finials are also loose - could you tighten them while it's with you? And I'd be grateful if you could confirm whether the fusee chain will be replaced or repaired.

Regards,
Jeremy Fane""", uq=1),
      ag("felix", "11-02 17:30", """Dear Jeremy,

The chain is sound - it only needs cleaning and a new hook at the barrel end, so we'll repair rather than replace it. The £640 covers the movement only; re-ebonising would be £180 on top, though honestly the finish is good for its age and I'd leave it alone.

Best wishes,
Felix""")),

    C("p24-holt-kitchen-clock", "en", "closed", {},
      "Gemma Holt <gemma.holt@example.com>", "iphone", "Wall clock",
      "A short iPhone question without punctuation care, answered with a price and a tip.",
      cu("11-06 08:30", """Hi do you fix cheap quartz wall clocks or is it not worth it? ours is a Newgate, the second hand sticks at the 9

Sent from my iPhone"""),
      ag("ruth", "11-06 09:45", """Hi Gemma,

Honestly, it's rarely worth a repair - a replacement movement is £12 and we can fit it while you wait. A second hand sticking at the 9 is often just touching the glass, though, so try bending it very gently towards the dial first.

Ruth""")),

    C("p25-delaney-autavia-quote", "en", "pending", {"missed-follow-up": 1},
      "Marcus Delaney <marcus.delaney@example.org>", "gmail", "Autavia estimate",
      "Bezel question answered; 'I'll send the revised quote ... tomorrow' kept a day late (PDF).",
      cu("11-16 10:00", """Hi Gideon,

Thanks for looking at my Heuer Autavia. Could you split the estimate into the movement service and the case refinishing? I'd like to decide on the refinish separately. Also, is there a price difference between keeping the original bezel insert and fitting a new one?

Marcus"""),
      ag("gideon", "11-16 12:00", """Hi Marcus,

Good idea. Keeping your insert costs nothing extra - we just clean it; a new one is £140, and I'd keep yours, the fade is half its character. I'll send the revised quote with the two parts split out tomorrow.

Gideon""", promises=[("11-17", 3)]),
      ag("gideon", "11-18 16:40", """Hi Marcus,

Revised quote attached: movement service £520, case refinish £160. Sorry it's a day late, the bench was full yesterday.

Gideon""", parent=2, attach=[("application/pdf", "E-4519-revised.pdf", AUTAVIA_PDF)])),

    C("p26-whitby-nato-straps", "en", "closed", {},
      "Sam Whitby <sam.whitby@example.com>", "android", "NATO straps",
      "Colours and black hardware asked in one line, answered with a list and a link from Outlook for Android; thanks-only.",
      cu("11-09 07:40", """Morning, what colours do your 20mm NATO straps come in and do you do them with black hardware?

Get Outlook for Android"""),
      ag("ruth", "11-09 09:00", """Morning Sam,

Navy, olive, grey, black and the regimental stripe - each with brushed steel or black PVD buckles, £14.
https://pewseyclocks.example/shop/straps?width=20

Ruth"""),
      cu("11-09 09:30", """Perfect, cheers. Will order online.

Get Outlook for Android""", thanks=True)),

    C("p27-pryce-vienna-eagle", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Alan Pryce <alan.pryce@example.net>", "thunderbird", "Vienna regulator",
      "Quote answered; the cast eagle finial deferred to 'early next week' (Thursday -> Tuesday), answered Wednesday after 'any news?'.",
      cu("11-12 11:00", """Hello,

I have a Vienna regulator that needs a new suspension spring and possibly a new crutch. Could you quote for the work? I'm also curious whether you can make a replacement for the missing top finial (an eagle) - I've attached a photo of the original from an old auction listing.

Alan Pryce""", attach=[("image/png", "eagle-finial.png", EAGLE_PNG)]),
      ag("felix", "11-12 15:10", """Hello Alan,

Regulators are a favourite of mine. Suspension and crutch are straightforward - £95-120 depending on whether the crutch can be straightened. The eagle is another matter: I'll ask our pattern-maker whether he can cast one from your photo and come back to you early next week.

Felix""", promises=[("11-17", 4)]),
      cu("11-18 10:00", """Hi Felix, any news from the pattern-maker about the eagle?

Alan""", chase=True),
      ag("felix", "11-18 14:30", """Hi Alan,

Sorry - he only got back to me this morning. He can cast it in brass from the photo: £210 including gilding, about six weeks.

Felix""")),

    C("p28-mbeki-grand-seiko", "en", "pending", {},
      "Dr Katherine Mbeki <k.mbeki@example.org>", "outlook", "Grand Seiko service",
      "Appointment and loan-watch questions answered; the customer's Outlook sends an out-of-office reply.",
      cu("11-17 12:00", """Hello,

I'd like to book my Grand Seiko in for a service. Do I need an appointment to drop it off, and do you offer a loan watch while it's away? I'm a GP and need a seconds hand at work.

Dr Katherine Mbeki""", kind="alt"),
      ag("ruth", "11-17 13:30", """Hello Dr Mbeki,

No appointment needed - just come in during opening hours, Monday to Saturday, 9 till 5. We don't lend watches, I'm afraid, but a Grand Seiko service takes about three weeks, and our cheapest quartz with a seconds hand is £19 if that helps in the meantime.

Ruth"""),
      auto("11-17 13:31", """I am out of the surgery until Monday 23 November with limited access to email. For urgent matters please contact reception on 01380 555010.

Dr Katherine Mbeki""", quote=False, subject="Automatic reply: RE: Grand Seiko service",
           to="Ruth Bramwell <ruth@pewseyclocks.example>")),

    C("p29-fraser-engraving-gift", "en", "pending", {"unanswered-question": 2},
      "Isobel Fraser <isobel.fraser@example.com>", "apple", "Engraving for Christmas",
      "Four bulleted questions; on-site engraving and script font answered in one sentence, the latest date and gift-wrapping skipped.",
      cu("11-16 21:00", """Hi,

I'm buying my husband a vintage Omega for Christmas and would like the caseback engraved. A few questions:

- Do you engrave on site or send it out?
- Can you do a script font?
- What's the latest date I can bring it in and still have it by 20 December?
- Can you gift-wrap it?

Thank you!
Isobel""", uq=2, kind="alt"),
      ag("ruth", "11-17 09:30", """Hi Isobel,

What a lovely present. Engraving goes to a hand engraver in Salisbury who does a beautiful copperplate script - £45 for up to 20 letters.

Ruth""")),

    C("p30-ellery-eco-drive-ready", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Gordon Ellery <gordon.ellery@example.com>", "owa", "Is ticket 4380 ready?",
      "Only the robot answers; two days later 'I've had no answer to this'; then a full answer (slow first response).",
      cu("11-03 09:00", """Hello,

Could you tell me whether my Citizen Eco-Drive (ticket 4380) is ready yet? The ticket said a week.

Gordon Ellery"""),
      ack("11-03 09:01"),
      cu("11-05 10:30", """Hello,

I've had no answer to this. Is the watch ready or not? I'm travelling on Saturday.

Gordon""", chase=True),
      ag("nadia", "11-05 11:15", """Hello Gordon,

Apologies - yes, it's ready. The capacitor has been replaced and it has been charging on the bench since Tuesday. You can collect it any time before Saturday.

Nadia""")),

    C("p31-kemp-carriage-clock-beat", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rosalind Kemp <rosalind.kemp@example.org>", "gmail", "Carriage clock ticking unevenly",
      "Beat question answered; the invoice copy promised for 'tomorrow' never comes; the winding question is skipped.",
      cu("11-04 14:00", """Dear Felix,

The carriage clock you restored for me in the spring has started to tick unevenly - tick...tock, tick...tock. Is it out of beat? I moved it to the mantelpiece last week. Also, would you mind sending me a copy of the restoration invoice? I need it for the household insurance. And is it all right to wind it fully every week, or should I stop a few turns short?

With thanks,
Rosalind Kemp""", uq=1),
      ag("felix", "11-04 16:45", """Dear Rosalind,

Yes, that will be it - a mantelpiece that isn't quite level. Slip a folded card under the two left-hand feet and listen again; if it sounds even, leave it there. If that doesn't cure it, I'll come and set it in beat at no charge, it's within the guarantee. I'll ask Nadia to email you a copy of the invoice tomorrow.

Felix""", promises=[("11-05", None)])),

    C("p32-banham-longines-invoice", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Trevor Banham <trevor.banham@banhamestates.example>", "outlook", "Job 4402 invoice",
      "Invoice higher than the estimate: 'I'll come back to you by end of day' kept four days later, after a chase that lost its threading headers.",
      cu("11-05 10:00", """Hi,

I have a text saying the Longines is ready to collect (job 4402), but the invoice shows £310 and the estimate was £260. Could you explain the difference?

Trevor Banham
Banham Estates"""),
      ag("nadia", "11-05 11:00", """Hi Trevor,

I'm sorry about that - let me check with Gideon what was added and I'll come back to you by end of day.

Nadia""", promises=[("11-05", 4)]),
      cu("11-09 09:30", """Morning Nadia,

I'm still waiting to hear about the £50 difference on job 4402. Can you let me know before I collect on Wednesday?

Trevor""", chase=True, thread=False),
      ag("nadia", "11-09 10:15", """Hi Trevor,

Apologies for the silence. Gideon replaced the crown and tube, which were corroded, and he should have rung you first. As he didn't, we've taken the £50 off - the balance is £260.

Nadia""")),

    C("p33-vale-broken-buckle", "en", "closed", {},
      "Harriet Vale <harriet.vale@example.com>", "gmail", "Buckle snapped",
      "Warranty question answered and 'I'll mark this ticket as resolved' (closed inside the week); thanks-only afterwards does not reopen.",
      cu("11-18 13:00", """Hello,

The buckle on the leather strap I bought from you last month has snapped at the tongue. Can it be replaced under warranty? I'm in town on Thursday.

Harriet Vale"""),
      ag("ruth", "11-18 14:00", """Hello Harriet,

Of course - drop in on Thursday and we'll fit a new buckle while you wait, no charge. I'll mark this ticket as resolved, but do reply here if anything else goes wrong with it.

Ruth""", closes=True),
      cu("11-19 08:15", """Lovely, thank you. See you Thursday.

Harriet""", thanks=True)),

    C("p34-parry-grand-seiko-return", "en", "closed", {},
      "Owen Parry <owen.parry@example.net>", "gmail", "Grand Seiko return",
      "When will it arrive and what is owed: answered with a bare date and 'paid'.",
      cu("11-06 12:00", """Hi Nadia,

When should I expect the Grand Seiko back? I'd like to make sure I'm in. Also, what do I owe you - is it the £480 on the estimate?

Owen"""),
      ag("nadia", "11-06 13:10", """Hi Owen,

Tuesday 10 November, before 1pm.
£480, already settled - you paid Ruth by phone yesterday.

Nadia""")),

    C("p35-mayhew-edifice-chrono", "en", "closed", {"unanswered-question": 1},
      "Kerry Mayhew <kerry.mayhew@example.com>", "owa", "Son's watch",
      "Chronograph hand reset explained; the request to shorten the bracelet, made in passing, is ignored.",
      cu("11-04 18:00", """Hi,

My son dropped his Casio Edifice and the chronograph seconds hand no longer returns to 12. Can you realign it? While it's in, I'd also like the bracelet shortened by two links - he's 14 and it slides round his wrist.

Kerry Mayhew""", uq=1),
      ag("ruth", "11-05 10:00", """Hi Kerry,

Good news, you can probably do this yourself: on most Edifice models you pull the crown out to the second click and press the top right button until the hand points to 12, then push the crown back in. The manual is online under the module number on the caseback. If that doesn't work, bring it in and we'll look at it.

Ruth""")),

    C("p36-keble-school-master-clock", "en", "pending", {"unanswered-question": 2},
      "Andrew Keble <bursar@stmarys-marlborough.example>", "outlook", "School hall clock",
      "School bursar: a visit is booked with a price; the maintenance-contract question and the DBS request are not answered.",
      cu("11-17 08:30", """Dear Sir or Madam,

The clock above our school hall (a 1920s Gent of Leicester electric master clock with three slave dials) has been running slow since the clocks went back. We'd like someone to look at it before our carol service on 10 December.

Could you visit this month? Do you also take on an annual maintenance contract for clocks of this type, and if so what would that cost? Could you also confirm that whoever visits has a current DBS check? It's a requirement for anyone on site during term.

With thanks,
Andrew Keble
Bursar, St Mary's School, Marlborough
Concerned about a child's welfare? https://stmarys-marlborough.example/safeguarding?src=email""", uq=2),
      ag("felix", "11-17 15:00", """Dear Mr Keble,

Gent master clocks are lovely things. I can come on Tuesday 1 December in the morning; a first visit is £95 plus any parts, and slow running on these is usually a dirty pendulum contact or a tired battery in the impulse circuit.

Kind regards,
Felix""")),

    C("p37-ashby-skeleton-clock", "en", "closed", {},
      "Simon Ashby <simon.ashby@example.com>", "thunderbird", "Skeleton clock estimate",
      "A request for the written estimate answered with one word and the PDF.",
      cu("11-03 11:20", """Hello Felix,

Please send me the written estimate for the skeleton clock we discussed on Saturday. My wife would like to see it in writing before we go ahead.

Simon Ashby"""),
      ag("felix", "11-03 14:00", """Dear Simon,

Attached.

Felix""", attach=[("application/pdf", "E-4433-skeleton-clock.pdf", ESTIMATE_PDF)])),

    C("p38-carrick-tudor-gmt", "en", "closed", {"unanswered-question": 1},
      "Lewis Carrick <lewis.carrick@example.com>", "gmail", "Tudor back - two small things",
      "The reply deals with the remark about a mark on the clasp and skips the actual question about the GMT hand.",
      cu("11-05 08:00", """Hi Gideon,

Got the Tudor back yesterday - running beautifully, thanks. Two small things though. The GMT hand is now about a minute off the hour markers when I jump it; is that something you'd need to reset? And there's a hairline mark on the clasp that wasn't there before, I think. Not a big deal, I just wanted to mention it.

Lewis""", uq=1),
      ag("gideon", "11-05 10:30", """Hi Lewis,

Glad it's running well. Sorry about the clasp - that will have been us, it's the one place the bracelet sits against the bench block. Bring it in next time you're passing and I'll refinish it on the spot, no charge.

Gideon""")),

    C("p39-nair-watch-winder", "en", "closed", {"unanswered-question": 1},
      "Rajesh Nair <rajesh.nair@example.com>", "gmail", "Watch winder advice",
      "Three questions about winders; the harm and setting questions answered in one go, the price-match request skipped.",
      cu("11-06 21:30", """Hi,

I've just bought my first automatic (a Tudor Black Bay 58) and I'm thinking about a watch winder for the days I don't wear it. Is it bad for the movement to keep it on a winder all the time? What turns-per-day setting would you recommend? And could you let me know whether you'd price-match the Wolf single winder I've seen online for £189?

Thanks,
Raj""", uq=1),
      ag("gideon", "11-07 09:30", """Hi Raj,

Congratulations - lovely watch. A winder won't hurt it provided it isn't running flat out all day: 650 turns a day, both directions, is plenty for that calibre. Personally I'd just let it stop and set it when you put it on; without a date there's very little to reset.

Gideon""")),

    C("p40-ward-antiques-three-clocks", "en", "pending", {"unanswered-question": 2},
      "Penny Ward <penny@wardantiques.example>", "apple", "Three clocks for the shop",
      "Antique dealer's numbered list: price range, granddaughter chime and collection answered; bevelled glass and invoicing to the company skipped.",
      cu("11-18 10:00", """Hi Felix,

I've taken in three clocks at the shop that need going through before they're sold:

1. A French marble mantel clock - needs a full overhaul, I think. Ballpark?
2. A Vienna regulator with a cracked glass door panel - can you source bevelled glass?
3. A 1930s oak granddaughter clock, chime silent, not sure why.

Could you collect all three on your Thursday round? And would you mind doing the invoices to Ward Antiques Ltd, not to me personally.

Thanks,
Penny""", uq=2),
      ag("felix", "11-18 16:00", """Hi Penny,

Thursday's round can take all three - the van will be with you between 10 and 11. The French marble will be £260-340 depending on the state of the mainsprings. The granddaughter we'll look at when it's here, but most often the chime has just been switched off at the selector or the hammers have been bent.

Felix""")),

    C("p41-kern-glashuette-senator", "de", "closed", {"unanswered-question": 1},
      "Matthias Kern <m.kern@kern-architekten.example>", "outlook_de", "Revision Glashütte Senator",
      "Munich customer: postal repairs from Germany and the price answered, the customs question skipped.",
      cu("11-03 08:15", """Sehr geehrter Herr Brandt,

ein Kollege hat mir Ihre Werkstatt empfohlen. Ich habe eine Glashütte Original Senator (Automatik, Baujahr 2009), die dringend eine Revision braucht - sie bleibt nachts stehen.

Nehmen Sie auch Uhren aus Deutschland per Post an? Wie läuft das mit dem Zoll, fallen da Gebühren an? Und wie hoch wären die Kosten für eine Revision ungefähr?

Mit freundlichen Grüßen
Matthias Kern

Kern Architekten PartGmbB | Maximilianstraße 12 | 80539 München
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.""",
         uq=1, tz=1),
      ag("lukas", "11-03 11:00", """Sehr geehrter Herr Kern,

ja, wir bekommen regelmäßig Uhren aus Deutschland und Österreich. Eine Revision der Senator kostet bei uns 450 £, also rund 520 €; dazu kommt der versicherte Rückversand.

Mit freundlichen Grüßen
Lukas Brandt""")),

    C("p42-vogel-gustav-becker", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Renate Vogel <renate.vogel@vogel-salisbury.example>", "gmail_de", "Wanduhr bleibt stehen",
      "'Ich melde mich morgen mit einem Termin' kept three days later, after 'gibt es schon etwas Neues?'.",
      cu("11-02 10:00", """Guten Tag,

meine Regulator-Wanduhr (Gustav Becker, um 1900) geht seit dem Umzug nach Salisbury nicht mehr richtig: Das Pendel schwingt, bleibt aber nach ein paar Stunden stehen. Können Sie sich das vor Ort ansehen? Und was kostet so ein Hausbesuch in Salisbury?

Viele Grüße
Renate Vogel"""),
      ag("lukas", "11-02 14:00", """Guten Tag Frau Vogel,

das klingt nach einer Uhr, die nicht mehr im Abfall ist - nach einem Umzug sehr häufig und meist schnell behoben. Ich kläre mit Felix, an welchem Tag er in Salisbury ist, und melde mich morgen mit einem Termin und dem Preis.

Viele Grüße
Lukas Brandt""", promises=[("11-03", 4)]),
      cu("11-06 09:30", """Hallo Herr Brandt,

ich warte immer noch auf den Termin - gibt es schon etwas Neues?

Viele Grüße
Renate Vogel""", chase=True),
      ag("lukas", "11-06 11:00", """Guten Tag Frau Vogel,

entschuldigen Sie bitte die Verzögerung. Felix kommt am Mittwoch, den 11. November, zwischen 14 und 15 Uhr; der Hausbesuch kostet 65 £ einschließlich der ersten halben Stunde.

Viele Grüße
Lukas Brandt""")),

    C("p43-lindemann-sinn-armband", "de", "pending", {},
      "Jörg Lindemann <joerg.lindemann@example.net>", "thunderbird_de", "Lederarmband 20 mm",
      "Stock and spring-bar question answered with 'vorrätig: ja', a price and a shop link.",
      cu("11-17 19:00", """Hallo,

ich hätte gern für meine Sinn 556 ein zweites Armband, am liebsten Leder in Dunkelbraun, 20 mm. Haben Sie so etwas vorrätig? Und können Sie es mir mit Federstegen schicken, damit ich es selbst wechseln kann?

Gruß
Jörg Lindemann"""),
      ag("lukas", "11-18 09:10", """Hallo Herr Lindemann,

vorrätig: ja - dunkelbraunes Kalbsleder, 20 mm, mit Schnellwechsel-Federstegen, also ganz ohne Werkzeug zu wechseln. 42 £ inklusive Versand:
https://pewseyclocks.example/de/shop/armbaender?breite=20

Gruß
Lukas Brandt""")),

    C("p44-kraemer-taschenuhr", "de", "open", {},
      "Sabine Krämer <sabine.kraemer@example.org>", "outlook_de", "Taschenuhr meines Großvaters",
      "Fresh Viennese enquiry sent on the audit morning: open, still inside the response target.",
      cu("11-20 08:30", """Guten Morgen,

ich habe die Taschenuhr meines Großvaters geerbt (IWC, Silbergehäuse, ca. 1925). Die Unruh bewegt sich kaum noch. Arbeiten Sie auch an so alten Taschenuhren? Und könnten Sie mir sagen, ob ein Versand aus Wien versichert möglich ist und was eine Revision kosten würde?

Mit freundlichen Grüßen aus Wien
Sabine Krämer""", tz=1)),

    C("p45-dumoulin-pendule-cartel", "fr", "closed", {"unanswered-question": 1},
      "Hélène Dumoulin <helene.dumoulin@dumoulin-famille.example>", "apple_fr", "Pendule cartel Japy",
      "Brussels customer: sending from Belgium and the price range answered, the gilding question skipped.",
      cu("11-04 09:00", """Bonjour,

J'ai hérité d'une pendule cartel de style Louis XV en bronze doré, mouvement signé « Japy Frères ». Elle ne sonne plus les heures et le balancier s'arrête au bout de quelques minutes.

Est-ce que vous acceptez les pendules envoyées depuis la Belgique ? Je voudrais aussi savoir si vous faites la dorure du bronze ou seulement le mouvement. Enfin, pourriez-vous m'indiquer un ordre de prix pour une révision complète ?

Bien cordialement,
Hélène Dumoulin""", uq=1, tz=1),
      ag("sylvie", "11-04 12:00", """Bonjour Madame,

Oui, nous recevons régulièrement des pendules de Belgique et de France ; le plus simple est de n'envoyer que le mouvement et le balancier, bien calés. Pour un mouvement Japy, comptez entre 280 et 350 £ pour une révision complète, sonnerie comprise.

Bien à vous,
Sylvie Garnier""")),

    C("p46-mercier-reverso-devis", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Antoine Mercier <antoine.mercier@mercier-conseil.example>", "apple_fr", "Réception de ma Reverso",
      "Receipt and 'nothing without your approval' answered; the estimate promised 'd'ici jeudi' comes the next Tuesday after 'Je me permets de vous relancer'.",
      cu("11-10 10:00", """Bonjour Sylvie,

Avez-vous bien reçu ma Jaeger-LeCoultre Reverso ? Je l'ai envoyée en recommandé vendredi dernier (numéro de suivi RR123456785FR). Pourriez-vous aussi me confirmer que le devis me sera envoyé avant toute intervention ?

Cordialement,
Antoine Mercier""", tz=1),
      ag("sylvie", "11-10 14:30", """Bonjour Monsieur Mercier,

Bien reçue ce matin, en parfait état. Rien ne sera fait sans votre accord écrit. Gideon l'examine cette semaine et je vous envoie le devis d'ici jeudi.

Bien à vous,
Sylvie""", promises=[("11-12", 4)]),
      cu("11-17 09:00", """Bonjour Sylvie,

Je me permets de vous relancer : je n'ai toujours pas reçu le devis pour la Reverso. Où en est l'examen ?

Cordialement,
Antoine Mercier""", chase=True, tz=1),
      ag("sylvie", "11-17 11:30", """Bonjour Monsieur Mercier,

Toutes mes excuses pour ce retard. Vous trouverez le devis en pièce jointe : révision complète 620 £, couronne et tige neuves 85 £.

Bien à vous,
Sylvie""", attach=[("application/pdf", "devis-E-4488.pdf", REVERSO_PDF)])),

    C("p47-roche-tank-bracelet", "fr", "closed", {},
      "Camille Roche <camille.roche@example.com>", "apple_fr", "Bracelet pour Cartier Tank",
      "French customer in Marlborough: colour and fitting answered in one sentence; thanks-only.",
      cu("11-05 12:00", """Bonjour,

Je suis française et j'habite à Marlborough depuis peu, je me permets donc d'écrire en français. Je cherche un bracelet en cuir pour une Cartier Tank Must (20 mm aux cornes, 16 mm à la boucle). Est-ce que vous en avez en bleu marine ? Et est-ce que la pose est comprise dans le prix ?

Merci d'avance,
Camille Roche"""),
      ag("sylvie", "11-05 14:00", """Bonjour Camille,

Avec plaisir ! Nous avons un alligator bleu nuit à 95 £ et un veau bleu marine à 55 £ en 20/16, pose offerte dans les deux cas - passez avec la montre, c'est fait en cinq minutes.

Bien à vous,
Sylvie"""),
      cu("11-05 15:00", """Merci beaucoup, je passe samedi !

Camille""", thanks=True)),

    C("p48-lefevre-comtoise", "fr", "closed", {"unanswered-question": 2},
      "Bernard Lefèvre <bernard.lefevre@example.org>", "outlook", "Horloge comtoise - maison de Pewsey",
      "Holiday-home owners: a visit date is given; the call-out cost and the transport/insurance question are skipped.",
      cu("11-06 10:00", """Bonjour,

Nous avons une horloge comtoise de famille dans notre maison de vacances près de Pewsey. La lentille du balancier est tordue et elle retarde d'un quart d'heure par jour. Serait-il possible que quelqu'un passe la voir pendant notre séjour, du 14 au 22 novembre ? Quel serait le coût d'un déplacement ? Par ailleurs, faites-vous aussi le transport si elle doit partir en atelier, et l'assurance est-elle comprise ?

Cordialement,
Bernard Lefèvre""", uq=2),
      ag("sylvie", "11-06 12:30", """Bonjour Monsieur Lefèvre,

Volontiers : Felix passera le lundi 16 novembre à 14 h. Les comtoises se règlent presque toujours sur place, n'ayez crainte.

Bien cordialement,
Sylvie""")),

    C("p49-fernandez-roskopf", "es", "closed", {},
      "Lucía Fernández <lucia.fernandez@example.com>", "gmail_es", "Reloj de bolsillo de mi abuelo",
      "Spanish speaker in Swindon: is it worth it and roughly how much, both answered; an apology for writing in Spanish is no question.",
      cu("11-03 17:00", """Hola:

Vivo en Swindon y tengo un reloj de bolsillo de mi abuelo (un Roskopf, creo que de los años 30) que me gustaría volver a poner en marcha. ¿Merece la pena repararlo? ¿Cuánto costaría más o menos? Perdón por escribir en español, mi inglés escrito no es muy bueno.

Un saludo,
Lucía"""),
      ag("pilar", "11-04 09:00", """Hola, Lucía:

¡Ningún problema, escríbanos en español cuando quiera! Los Roskopf son relojes sencillos y muy nobles: si el volante está entero, la revisión sale por unas 85 libras y queda como nuevo. Con el valor sentimental que tiene, merece totalmente la pena.

Un saludo,
Pilar""")),

    C("p50-montoya-correa-cocodrilo", "es", "closed", {"missed-follow-up": 1},
      "Javier Montoya <javier.montoya@montoya-abogados.example>", "gmail_es", "Envío de correa a Madrid",
      "Madrid customer (base64 body): shipping answered; the deployant buckle deferred with 'le escribo el lunes', never kept.",
      cu("11-12 09:00", """Buenos días:

Les escribo desde Madrid. Quería saber si envían correas a España y cuánto tardarían. Me interesa la correa de piel de cocodrilo marrón de 19 mm que tienen en la web. ¿Podrían además añadirle un cierre desplegable?

Gracias,
Javier Montoya""", cte="base64", tz=1),
      ag("pilar", "11-12 11:00", """Buenos días, Javier:

Sí, enviamos a toda la UE; a Madrid suele tardar entre 4 y 6 días laborables, con seguimiento. Lo del cierre desplegable tengo que consultarlo con el taller, porque para esa correa haría falta uno de 16 mm en acero; le escribo el lunes.

Un saludo,
Pilar""", promises=[("11-16", None)])),

    C("p51-ibanez-hydroconquest", "es", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Marta Ibáñez <marta.ibanez@example.org>", "gmail_es", "Mi Longines (resguardo 4455)",
      "Ready? and a water-resistance test request; no reply for two days, '¿hay alguna novedad? Sigo esperando', then 'ready' only.",
      cu("11-11 10:00", """Hola:

Les dejé mi Longines HydroConquest hace dos semanas (resguardo 4455) para cambiarle el cristal. ¿Ya está lista? Además, me gustaría que le hicieran también la prueba de hermeticidad, porque buceo en verano.

Gracias,
Marta Ibáñez""", uq=1),
      cu("11-13 09:00", """Hola de nuevo:

¿Hay alguna novedad sobre mi reloj? Sigo esperando respuesta.

Marta""", chase=True),
      ag("pilar", "11-13 10:30", """Hola, Marta:

Perdone el retraso. Sí, el cristal nuevo ya está montado y puede pasar a recogerlo cuando quiera, de lunes a sábado de 9 a 17 h.

Un saludo,
Pilar""")),

    C("p52-quintero-despertador-jaz", "es", "closed", {"unanswered-question": 1},
      "Andrés Quintero <andres.quintero@example.net>", "outlook", "Despertador Jaz",
      "Alarm clock repair and fixed price answered together; the request to say whether he can drop it off on a Saturday is skipped.",
      cu("11-09 13:00", """Buenas tardes:

Tengo un despertador mecánico Jaz de mi madre que suena pero ya no avanza la hora. Quisiera saber si reparan este tipo de despertadores y si tienen un precio fijo. También, por favor, indíquenme si puedo dejarlo en la tienda un sábado.

Saludos cordiales,
Andrés Quintero""", uq=1),
      ag("pilar", "11-09 15:00", """Buenas tardes, Andrés:

Sí, los reparamos, y a precio fijo: 35 libras por un despertador mecánico, limpieza y ajuste incluidos.

Un saludo,
Pilar""")),

    C("p53-greenhalgh-speedmaster-crown", "en", "closed", {"missed-follow-up": 1},
      "Stuart Greenhalgh <stuart.greenhalgh@example.net>", "owa", "Speedmaster crown came off",
      "Stock question answered (restricted part); 'I'll check with Omega's parts desk on Monday and email you then' never kept.",
      cu("11-13 09:40", """Hi Gideon,

The crown on my Speedmaster came off in my hand this morning - stem snapped, I think. Do you keep these in stock, or do they have to be ordered from Omega? How long, roughly?

Stuart"""),
      ag("gideon", "11-13 11:00", """Hi Stuart,

We don't keep Speedmaster stems and crowns - Omega treats them as restricted parts. I'll check with their parts desk on Monday what the lead time is and email you then. Bring the watch in meanwhile so we can get the broken stem out before it scratches anything.

Gideon""", promises=[("11-16", None)])),

    C("p54-blackwood-bracket-photos", "en", "pending", {"missed-follow-up": 1},
      "Nora Blackwood <nora.blackwood@example.com>", "apple", "Ticket 4510 - photos and estimate",
      "Two promises in one reply: the photos 'tomorrow morning' arrive on time, the estimate 'by Thursday' never comes.",
      cu("11-16 10:00", """Dear Felix,

The movement of our bracket clock is with you now (ticket 4510). Could you send me some photos of the damage you mentioned on the phone? I'd like to show my brother, as the clock is jointly ours. And please let us have the written estimate as soon as you can, we'd like it back before Christmas if possible.

Nora Blackwood"""),
      ag("felix", "11-16 16:00", """Dear Nora,

Of course. I'll take the photos tomorrow morning in good light and email them to you then; the estimate will follow by Thursday, once I've checked the strike train. Before Christmas should be fine if you give us the go-ahead by early December.

Felix""", promises=[("11-17", 3), ("11-19", None)]),
      ag("felix", "11-17 10:20", """Dear Nora,

Here are the photos: the worn third-wheel pivot, and the cracked pallet pad. The worst of the wear is on the left of the first one.

Felix""", parent=2, attach=[("image/png", "4510-pivot.png", PIVOT_PNG),
                             ("image/png", "4510-pallets.png", PALLET_PNG)])),
]

UNANSWERED: dict[str, list[str]] = {
    "p02-cruickshank-tanner-longcase": [
        "Should I take the weights and pendulum off before anyone comes, or is it better to leave everything as it is?"],
    "p06-fothergill-seiko-6139": [
        "I'd also like to know whether the original crystal could be polished rather than replaced, because I'd rather keep it as close to original as possible.",
        "And finally, is it worth insuring it for more than I paid for the service, or is that overkill for a Seiko?"],
    "p11-ure-datejust-parts": [
        "And please return any parts you replace in a bag with the watch, my father always liked to see them."],
    "p13-ashworth-trade-account": [
        "Lastly, we'd need each job invoiced separately with our customer's reference on it."],
    "p21-musgrave-smiths-deluxe": [
        "Could you engrave the back with 'Dad 1931-2025'?"],
    "p23-fane-bracket-clock": [
        "The brass finials are also loose - could you tighten them while it's with you?"],
    "p29-fraser-engraving-gift": [
        "What's the latest date I can bring it in and still have it by 20 December?",
        "Can you gift-wrap it?"],
    "p31-kemp-carriage-clock-beat": [
        "And is it all right to wind it fully every week, or should I stop a few turns short?"],
    "p35-mayhew-edifice-chrono": [
        "While it's in, I'd also like the bracelet shortened by two links - he's 14 and it slides round his wrist."],
    "p36-keble-school-master-clock": [
        "Do you also take on an annual maintenance contract for clocks of this type, and if so what would that cost?",
        "Could you also confirm that whoever visits has a current DBS check?"],
    "p38-carrick-tudor-gmt": [
        "The GMT hand is now about a minute off the hour markers when I jump it; is that something you'd need to reset?"],
    "p39-nair-watch-winder": [
        "And could you let me know whether you'd price-match the Wolf single winder I've seen online for £189?"],
    "p40-ward-antiques-three-clocks": [
        "A Vienna regulator with a cracked glass door panel - can you source bevelled glass?",
        "And would you mind doing the invoices to Ward Antiques Ltd, not to me personally."],
    "p41-kern-glashuette-senator": [
        "Wie läuft das mit dem Zoll, fallen da Gebühren an?"],
    "p45-dumoulin-pendule-cartel": [
        "Je voudrais aussi savoir si vous faites la dorure du bronze ou seulement le mouvement."],
    "p48-lefevre-comtoise": [
        "Quel serait le coût d'un déplacement ?",
        "Par ailleurs, faites-vous aussi le transport si elle doit partir en atelier, et l'assurance est-elle comprise ?"],
    "p51-ibanez-hydroconquest": [
        "Además, me gustaría que le hicieran también la prueba de hermeticidad, porque buceo en verano."],
    "p52-quintero-despertador-jaz": [
        "También, por favor, indíquenme si puedo dejarlo en la tienda un sábado."],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice81 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
