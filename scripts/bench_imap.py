"""Benchmark the IMAP source: seed a sandbox Dovecot with generated mail, time a cold and a warm audit.

Usage: python scripts/bench_imap.py [--messages 10000]   (needs dovecot: apt-get install -y dovecot-imapd)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.imap import dovecot_sandbox  # noqa: E402  (the script runs from a checkout)

START = datetime(2026, 9, 1, 8, tzinfo=timezone.utc)
BODY_FILLER = ("We went hiking last weekend and the tent held up well in the rain.\n" * 3
               + "Kind regards,\nA customer\n\n" + "-- \nSent from my phone\n" + "x" * 800)


def seed_maildir(mail_root: Path, messages: int) -> None:
    """Write half the messages as customer mail into INBOX and half as replies into Sent, directly on disk."""
    uid, gid = dovecot_sandbox.mail_owner()
    folders = {"INBOX": mail_root / "Maildir", "Sent": mail_root / "Maildir" / ".Sent"}
    for path in [mail_root, *folders.values()]:
        for sub in ("", "cur", "new", "tmp"):
            (path / sub).mkdir(exist_ok=True, parents=True)
            os.chown(path / sub, uid, gid)
    for index in range(messages // 2):
        asked = START + timedelta(minutes=7 * index)
        answered = asked + timedelta(hours=2 + index % 40)
        customer = f"customer{index % 700}@example.org"
        question = (
            f"From: Customer <{customer}>\nTo: support@acme.example\nSubject: Order {index} question\n"
            f"Date: {asked:%a, %d %b %Y %H:%M:%S +0000}\nMessage-ID: <q{index}@example.org>\n\n"
            f"Hello, where is order {index}? Can you ship it before Friday?\n\n{BODY_FILLER}\n"
        )
        reply = (
            f"From: Sam <sam@acme.example>\nTo: {customer}\nSubject: Re: Order {index} question\n"
            f"Date: {answered:%a, %d %b %Y %H:%M:%S +0000}\nMessage-ID: <r{index}@acme.example>\n"
            f"In-Reply-To: <q{index}@example.org>\nReferences: <q{index}@example.org>\n\n"
            f"Order {index} ships tomorrow and arrives before Friday.\n\n> Hello, where is order {index}?\n"
        )
        _deliver(folders["INBOX"], question, asked, "S" if index % 3 else "", uid, gid)
        _deliver(folders["Sent"], reply, answered, "S", uid, gid)


def _deliver(maildir: Path, text: str, when: datetime, flags: str, uid: int, gid: int) -> None:
    name = f"{int(when.timestamp())}.{uuid.uuid4().hex}.bench"
    temp = maildir / "tmp" / name
    temp.write_text(text)
    os.utime(temp, (when.timestamp(), when.timestamp()))
    os.chown(temp, uid, gid)
    temp.rename(maildir / "cur" / f"{name}:2,{flags}")


def timed_read(url: str, password: str, cache_dir: Path, ca_file: Path) -> tuple[float, dict, int]:
    """Wall time, cache statistics and byte count of reading every message through ImapSource."""
    from happyaudit.secrets import Credentials, Secret
    from happyaudit.sources.imap import ImapSettings, ImapSource, parse_imap_spec

    settings = ImapSettings(ca_file=ca_file, cache_dir=cache_dir)
    account = parse_imap_spec(url, settings)
    source = ImapSource(account, settings, credentials=Credentials(account.user, password=Secret(password)))
    started = time.perf_counter()
    size = sum(len(raw.data) for raw in source.iter_raw())
    return time.perf_counter() - started, dict(source.stats), size


def timed_audit(path: str, env: dict[str, str], *options: str) -> float:
    """Wall time of one whole ``happyaudit audit`` run in a subprocess (JSON report discarded)."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "happyaudit", "audit", path, *options,
         "--as-of", "2026-11-20T17:00Z", "--support-domain", "acme.example", "-f", "json", "--no-progress"],
        check=True, env=env, stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def main() -> None:
    """Seed, read cold, read warm, then a whole audit cold and warm and of the same Maildir as
    files (the budget: a warm IMAP re-audit within 2x the file audit); print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args()
    if shutil.which("dovecot", path=os.environ.get("PATH", "") + ":/usr/sbin") is None:
        sys.exit("dovecot is not installed (apt-get install -y dovecot-imapd)")
    os.environ["PATH"] = os.environ.get("PATH", "") + ":/usr/sbin"
    directory = Path(tempfile.mkdtemp(prefix="ha-bench-", dir="/tmp"))
    cache_dir = Path(tempfile.mkdtemp(prefix="ha-bench-cache-"))
    user, password = "bench", f"bench-{uuid.uuid4().hex[:8]}"
    try:
        port, tls_port = dovecot_sandbox.free_port(), dovecot_sandbox.free_port()
        dovecot_sandbox.start(directory, port, tls_port, {user: password})
        started = time.perf_counter()
        seed_maildir(directory / "mail" / user, args.messages)
        seeded = time.perf_counter() - started
        env = {**os.environ, "HAPPYAUDIT_IMAP_PASSWORD": password, "PYTHONPATH": str(ROOT)}
        url, ca_file = f"imaps://{user}@127.0.0.1:{tls_port}", directory / "tls" / "cert.pem"
        cold_read, cold_stats, size = timed_read(url, password, cache_dir, ca_file)
        warm_read, warm_stats, _ = timed_read(url, password, cache_dir, ca_file)
        cache_size = sum(p.stat().st_size for p in cache_dir.iterdir())
        shutil.rmtree(cache_dir)
        imap_options = ("--ca-file", str(ca_file), "--cache-dir", str(cache_dir))
        cold_audit = timed_audit(url, env, *imap_options)
        warm_audit = timed_audit(url, env, *imap_options)
        file_audit = timed_audit(str(directory / "mail" / user / "Maildir"), env)
        print(f"messages: {args.messages} (INBOX {args.messages // 2}, Sent {args.messages // 2}, "
              f"{size / 1e6:.1f} MB), seeded by direct Maildir write in {seeded:.1f} s")
        print(f"read, cold cache:  {cold_read:5.1f} s  ({cold_stats['bodies_fetched']} bodies fetched over IMAPS)")
        print(f"read, warm cache:  {warm_read:5.1f} s  ({warm_stats['bodies_fetched']} fetched, "
              f"{warm_stats['cache_hits']} from cache, FLAGS re-read)")
        print(f"whole audit, cold: {cold_audit:5.1f} s  (subprocess: read + parse + thread + rules + JSON)")
        print(f"whole audit, warm: {warm_audit:5.1f} s")
        print(f"whole audit of the same Maildir as files: {file_audit:5.1f} s "
              f"(warm IMAP / files = {warm_audit / file_audit:.2f}; budget <= 2)")
        print(f"cache size: {cache_size / 1e6:.1f} MB")
    finally:
        dovecot_sandbox.stop(directory)
        shutil.rmtree(directory, ignore_errors=True)
        shutil.rmtree(cache_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
