"""Every generated labelled corpus is reproducible from its script and describes its own mailbox.

What makes a corpus's accuracy figure trustworthy, checked alike for each: the committed files
are exactly what its generator writes, every labelled message is in the mailbox once (and
every message is labelled), the labels speak the contract's statuses and rules, each
unanswered question is verbatim in the customer's own mail, and the audit settings are the
contract's defaults. The corpora written to measure questions share their minimum size and
language mix; each corpus's own counts and its generator's refusals are in its own file.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest

from tests.corpusfiles import (
    ROOT,
    committed_files,
    load_labels,
    load_messages,
    readable_text,
)

SUPPORT_DOMAINS = {
    "blind": "terrasol.example",
    "practice": "tallyboard.example",
    "practice2": "kestrelconnect.example",
    "practice3": "voltaro.example",
    "practice4": "lumora.example",
    "practice5": "marqueelane.example",
    "practice6": "brigadetrade.example",
    "practice7": "quillmark.example",
    "practice8": "tidewell.example",
    "practice9": "brackenlets.example",
    "practice10": "wrenhire.example",
    "practice11": "pulsefield.example",
    "practice12": "copperkite.example",
    "practice13": "alderoak.example",
    "practice14": "fernbrookvets.example",
    "practice15": "ledgerlark.example",
    "practice16": "hollinsmere.example",
    "practice17": "harrowgatemusic.example",
    "practice18": "corriedale.example",
    "practice19": "kilnbrook.example",
    "practice20": "fablane.example",
    "practice21": "saltmarsh.example",
    "practice22": "bramblecover.example",
    "practice23": "glenmoordental.example",
    "practice24": "hearthstonebakery.example",
    "practice25": "larchmontoptics.example",
    "practice26": "quaysidestorage.example",
    "practice27": "spokesmith.example",
    "practice28": "orchardbarn.example",
    "practice29": "moorgatepianos.example",
    "practice30": "bluewaterdive.example",
    "practice31": "wyvernvans.example",
    "practice32": "greenwellheating.example",
    "practice33": "kittiwakekayaks.example",
    "practice34": "haldenprint.example",
    "practice35": "thornburytile.example",
    "practice36": "rivermeadlang.example",
    "practice37": "cobaltledger.example",
    "practice38": "ashgrovehearing.example",
    "practice39": "gullhavenmarine.example",
    "practice40": "kestrelsolar.example",
    "practice41": "fernhollowkennels.example",
    "practice42": "millbeckmobility.example",
    "practice43": "harbourlinefreight.example",
    "practice44": "quillfieldprint.example",
    "practice45": "brackenridgesolar.example",
    "practice46": "ostaralanguages.example",
    "practice47": "ferncastlecycles.example",
    "practice48": "marlowefinch.example",
    "practice49": "skerrowferries.example",
    "practice50": "puddlebynursery.example",
    "practice51": "inkwelllane.example",
    "practice52": "corrierepair.example",
    "practice53": "thistledownupholstery.example",
    "practice54": "kelpiebay.example",
    "practice55": "oakhursttrees.example",
    "practice56": "larkspurdriving.example",
    "practice57": "ravensgatelocks.example",
    "practice58": "tansylanecakes.example",
    "practice59": "hazelwickflowers.example",
    "practice60": "cinderfordstove.example",
    "practice61": "merrowwines.example",
    "practice62": "pennywhistleglamping.example",
    "practice63": "ardmoretailoring.example",
    "practice64": "foxglovestudios.example",
    "practice65": "saltcoteboathire.example",
    "practice66": "brindlebay.example",
    "practice67": "highfoldroofing.example",
    "practice68": "tollgatestorage.example",
    "practice69": "bellwetherphoto.example",
    "practice70": "harrowdenpianos.example",
    "practice71": "redwingcoaches.example",
    "practice72": "oakwrightkitchens.example",
    "practice73": "elmsteadsummer.example",
    "practice74": "clearpanewindows.example",
    "practice75": "lanternhillcatering.example",
    "practice76": "wrenhurstsaddlery.example",
    "practice77": "hollyoakpartyhire.example",
    "practice78": "tamsinvalepets.example",
    "practice79": "quirebrookbinders.example",
    "practice80": "marrowbyseeds.example",
    "practice81": "pewseyclocks.example",
    "practice82": "torrinridgeclimbing.example",
    "practice83": "fenwickmillyarns.example",
    "practice84": "corranpointparks.example",
    "practice85": "ashbyvaleinterpreting.example",
    "practice86": "hivecroftbees.example",
    "practice87": "wexcombeglass.example",
    "practice88": "pellowfarmbox.example",
    "practice89": "brightwaterswim.example",
    "practice90": "hartsfieldsash.example",
    "practice91": "tarranthottubs.example",
    "practice92": "cedarwellpottery.example",
    "practice93": "rookhaventyres.example",
    "practice94": "ebbridgeaquatics.example",
    "practice95": "northcotedance.example",
    "practice96": "mossgatehire.example",
    "practice97": "corbelsalvage.example",
    "practice98": "penhallowcanvas.example",
    "practice99": "lockstepescape.example",
    "practice100": "bytewellrepairs.example",
    "practice101": "ashwickguitars.example",
    "practice102": "sentinelpest.example",
    "practice103": "lindenfoldblinds.example",
    "practice104": "marlcombetimber.example",
    "practice105": "pelhambridal.example",
    "practice106": "quenbycheese.example",
    "practice107": "kettleburncoffee.example",
    "practice108": "dunmorerailways.example",
    "practice109": "hawksmoorriding.example",
    "practice110": "callowaysoap.example",
    "practice111": "greystonememorials.example",
    "practice112": "kingsbarnbutchers.example",
    "practice113": "hollowayrugs.example",
    "practice114": "fieldfareoptics.example",
    "practice115": "thackeraybodyshop.example",
    "practice116": "birchallconveyancing.example",
    "practice117": "caldmoorphysio.example",
    "practice118": "quarrybankskips.example",
    "practice119": "wetherellscaffold.example",
    "practice120": "rosebayhair.example",
    "practice121": "sparkfordelectrical.example",
    "practice122": "gilderoyframing.example",
    "practice123": "brookfieldplumbing.example",
    "practice124": "ashcombelaundry.example",
    "practice125": "harbournedental.example",
    "practice126": "solwynsolar.example",
    "practice127": "ferrierlaneshoes.example",
    "practice128": "castlebrooktrophies.example",
    "practice129": "skylineaerials.example",
    "practice130": "ribbonroadcars.example",
    "practice131": "sootwellsweeps.example",
    "practice132": "heronsgategolf.example",
    "practice133": "wickhamtutors.example",
    "practice134": "larchfielddoors.example",
    "practice135": "tannerslanefencing.example",
    "practice136": "merriweatherrestoration.example",
    "sealed": "brisamar.example",
}
RULES = {"unanswered-question", "missed-follow-up", "customer-chased", "awaiting-reply",
         "slow-first-response", "reopened", "many-handoffs"}

corpora = pytest.mark.parametrize("name", sorted(SUPPORT_DOMAINS))


def _message_id(message) -> str | None:
    """The Message-ID without angle brackets; None for a message sent without one (labelled ``null``)."""
    value = message["Message-ID"]
    return value.strip().strip("<>") if value is not None else None


@corpora
def test_regenerating_reproduces_the_committed_files_byte_for_byte(name, tmp_path):
    script = ROOT / "scripts" / f"make_{name}_corpus.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True,
                   capture_output=True, cwd=ROOT)
    assert committed_files(tmp_path) == committed_files(ROOT / "tests" / name)


@corpora
def test_every_labelled_message_is_in_the_mailbox_exactly_once(name):
    labels, messages = load_labels(ROOT / "tests" / name), load_messages(ROOT / "tests" / name)
    in_mailbox = Counter(_message_id(m) for m in messages)
    labelled = Counter(i for c in labels["cases"] for i in c["message_ids"])
    assert labelled == in_mailbox
    # Messages sent without a Message-ID are all labelled null: only the ids there are must be unique.
    assert {count for message_id, count in labelled.items() if message_id is not None} == {1}


@corpora
def test_labels_use_only_contract_statuses_and_rules(name):
    for c in load_labels(ROOT / "tests" / name)["cases"]:
        assert c["status"] in {"open", "pending", "closed"}, c["name"]
        assert set(c["rules"]) <= RULES, c["name"]
        assert all(n > 0 for n in c["rules"].values()), c["name"]
        assert len(c["unanswered_questions"]) == c["rules"].get("unanswered-question", 0), c["name"]


@corpora
def test_every_labelled_question_is_in_a_customer_message_of_its_case(name):
    labels, messages = load_labels(ROOT / "tests" / name), load_messages(ROOT / "tests" / name)
    by_id = {_message_id(m): m for m in messages}
    for c in labels["cases"]:
        texts = [readable_text(by_id[i]) for i in c["message_ids"]
                 if not by_id[i]["From"].addresses[0].domain.endswith(labels["support_domain"])]
        for q in c["unanswered_questions"]:
            assert any(q in t for t in texts), (c["name"], q)


@corpora
def test_audit_time_and_settings_are_the_contract_defaults(name):
    labels = load_labels(ROOT / "tests" / name)
    assert labels["as_of"] == "2026-11-20T17:00:00+00:00"
    assert labels["support_domain"] == SUPPORT_DOMAINS[name]
    assert labels["settings"] == {"response_target_hours": 24, "follow_up_window_days": 2,
                                  "close_after_days": 7, "handoff_limit": 2}


QUESTION_HEAVY = ("practice", "practice2", "practice3", "practice4", "practice5", "practice6", "practice7", "practice8",
                  "practice9", "practice10", "practice11", "practice12", "practice13", "practice14",
                  "practice15", "practice16", "practice17", "practice18", "practice19",
                  "practice20", "practice21", "practice22", "practice23",
                  "practice24", "practice25", "practice26", "practice27", "practice28", "practice29", "practice30", "practice31", "practice32",
                  "practice33", "practice34", "practice35", "practice36", "practice37", "practice38", "practice39",
                  "practice40", "practice41", "practice42", "practice43", "practice44", "practice45", "practice46",
                  "practice47", "practice48", "practice49", "practice50", "practice51", "practice52",
                  "practice53", "practice54", "practice55", "practice56", "practice57", "practice58",
                  "practice59", "practice60", "practice61", "practice62", "practice63", "practice64",
                  "practice65", "practice66", "practice67", "practice68", "practice69", "practice70",
                  "practice71", "practice72", "practice73", "practice74",
                  "practice75", "practice76", "practice77", "practice78", "practice79", "practice80",
                  "practice81", "practice82", "practice83", "practice84", "practice85",
                  "practice86", "practice87", "practice88", "practice89", "practice90", "practice91",
                  "practice92", "practice93", "practice94", "practice95", "practice96", "practice97",
                  "practice98", "practice99", "practice100", "practice101", "practice102", "practice103",
                  "practice104", "practice105", "practice106",
                  "practice107", "practice108", "practice109",
                  "practice110", "practice111", "practice112",
                  "practice113", "practice114", "practice115",
                  "practice116", "practice117", "practice118",
                  "practice119", "practice120", "practice121",
                  "practice122", "practice123", "practice124",
                  "practice125", "practice126", "practice127",
                  "practice128", "practice129", "practice130",
                  "practice131", "practice132", "practice133",
                  "practice134", "practice135", "practice136",
                  "sealed")
"""The corpora written to measure question handling: each was asked for the same minimum size."""

question_heavy = pytest.mark.parametrize("name", QUESTION_HEAVY)


@question_heavy
def test_question_heavy_corpus_has_forty_cases_a_hundred_and_twenty_messages_and_a_third_clean(name):
    labels, messages = load_labels(ROOT / "tests" / name), load_messages(ROOT / "tests" / name)
    clean = [c for c in labels["cases"] if not c["rules"]]
    assert len(labels["cases"]) >= 40
    assert len(messages) >= 120
    assert 3 * len(clean) >= len(labels["cases"])


@question_heavy
def test_question_heavy_corpus_labels_22_unanswered_questions_in_16_cases(name):
    asking = [c for c in load_labels(ROOT / "tests" / name)["cases"] if c["unanswered_questions"]]
    assert sum(len(c["unanswered_questions"]) for c in asking) >= 22
    assert len(asking) >= 16


@question_heavy
def test_question_heavy_corpus_is_mostly_english_with_four_cases_each_in_german_french_and_spanish(name):
    cases = load_labels(ROOT / "tests" / name)["cases"]
    languages = Counter(c["lang"] for c in cases)
    assert 10 * languages["en"] >= 6 * len(cases)
    assert min(languages["de"], languages["fr"], languages["es"]) >= 4
