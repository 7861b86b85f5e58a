"""Reading a generated labelled corpus (tests/<name>/) the way its tests check it.

Each corpus is a mailbox (inbox.mbox and a Sent Maildir), labels.json, CASES.md and a
hand-written README, written by scripts/make_<name>_corpus.py.
"""

from __future__ import annotations

import email
import email.policy
import html
import importlib.util
import json
import mailbox
import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def committed_files(root: Path) -> dict[str, bytes]:
    """Every generated file under ``root`` by relative path (the README is written by hand)."""
    return {str(p.relative_to(root)): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != "README.md"}


def load_labels(corpus: Path) -> dict:
    """The corpus's labels.json."""
    return json.loads((corpus / "labels.json").read_text(encoding="utf-8"))


def load_messages(corpus: Path) -> list[email.message.EmailMessage]:
    """Every message of the corpus's mailbox: the inbox, then the Sent Maildir's cur/ and new/."""
    box = mailbox.mbox(str(corpus / "mailbox" / "inbox.mbox"), create=False)
    inbox = [email.message_from_bytes(box.get_bytes(k), policy=email.policy.default)
             for k in box.iterkeys()]
    box.close()
    sent_root = corpus / "mailbox" / "Sent"
    sent = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for sub in ("cur", "new") for p in sorted((sent_root / sub).iterdir())]
    return inbox + sent


def readable_text(message: email.message.EmailMessage) -> str:
    """The text a reader sees: the plain part, or the HTML part without its tags."""
    plain = message.get_body(("plain",))
    if plain is not None:
        return plain.get_content()
    markup = message.get_body(("html",)).get_content()
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def fresh_generator(script: Path, monkeypatch) -> ModuleType:
    """A private copy of a generator module, so a test can corrupt its labels and see it refuse."""
    spec = importlib.util.spec_from_file_location(f"{script.stem}_fresh", script)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module
