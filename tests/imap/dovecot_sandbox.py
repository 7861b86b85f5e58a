"""Start and stop a throw-away Dovecot on 127.0.0.1 (plain+STARTTLS and IMAPS) in a temp dir.

Used by the tests/imap fixture and scripts/bench_imap.py; also runnable:
``python tests/imap/dovecot_sandbox.py start DIR PORT TLS_PORT`` / ``stop DIR``.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {dir}/run
state_dir = {dir}/state
instance_name = sandbox-{port}
log_path = {dir}/dovecot.log
auth_verbose = yes
ssl = yes
ssl_cert = <{dir}/tls/cert.pem
ssl_key = <{dir}/tls/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth2_mechanisms}
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN {dir}/passwd
}}
{oauth2_passdb}userdb {{
  driver = passwd-file
  args = {dir}/passwd
}}
{identity}
mail_home = {dir}/mail/%u
mail_location = maildir:~/Maildir
mail_fsync = never
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
  mailbox Archive {{
    special_use = \\Archive
    auto = subscribe
  }}
  # Gmail's All Mail stand-in for --all-mail: just a normal folder marked \\All
  mailbox "All Mail" {{
    special_use = \\All
    auto = create
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
service imap-login {{
  inet_listener imap {{
    port = {port}
  }}
  inet_listener imaps {{
    port = {tls_port}
  }}
{login_chroot}}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
{login_chroot}}}
"""
OAUTH2_PASSDB = """\
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {dir}/oauth2.conf.ext
}}
"""
OAUTH2_CONFIG = """\
introspection_mode = post
introspection_url = {url}
username_attribute = username
active_attribute = active
active_value = true
force_introspection = yes
timeout_msecs = 5000
"""
ROOT_IDENTITY = "mail_uid = nobody\nmail_gid = nogroup\nfirst_valid_uid = 1\n"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def mail_owner() -> tuple[int, int]:
    """uid and gid the IMAP processes run as (nobody as root, else the current user)."""
    if os.geteuid() == 0:
        return pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid
    return os.getuid(), os.getgid()


def start(directory: Path, port: int, tls_port: int, users: dict[str, str] | None = None,
          oauth2_introspection_url: str | None = None) -> int:
    """Write the config, users and a self-signed certificate, start Dovecot; returns its PID.

    With ``oauth2_introspection_url`` XOAUTH2/OAUTHBEARER logins are checked by an ``oauth2``
    passdb that POSTs the token there (RFC 7662 introspection; ``username`` and ``active``).
    """
    directory = directory.resolve()
    directory.chmod(0o755)
    for sub in ("run", "state", "tls", "mail"):
        (directory / sub).mkdir(exist_ok=True)
    shutil.rmtree(directory / "run", ignore_errors=True)
    (directory / "run").mkdir()
    uid, gid = mail_owner()
    os.chown(directory / "mail", uid, gid)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(directory / "tls" / "key.pem"), "-out", str(directory / "tls" / "cert.pem"),
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    if os.geteuid() == 0:
        identity, chroot = ROOT_IDENTITY, ""
    else:
        me, group = pwd.getpwuid(os.getuid()).pw_name, grp.getgrgid(os.getgid()).gr_name
        identity = (f"default_internal_user = {me}\ndefault_internal_group = {group}\n"
                    f"default_login_user = {me}\nfirst_valid_uid = 1\nfirst_valid_gid = 0\n")
        chroot = "  chroot =\n"
    oauth2_passdb = oauth2_mechanisms = ""
    if oauth2_introspection_url:
        (directory / "oauth2.conf.ext").write_text(OAUTH2_CONFIG.format(url=oauth2_introspection_url))
        oauth2_passdb, oauth2_mechanisms = OAUTH2_PASSDB.format(dir=directory), " xoauth2 oauthbearer"
    (directory / "dovecot.conf").write_text(CONFIG.format(
        dir=directory, port=port, tls_port=tls_port, identity=identity, login_chroot=chroot,
        oauth2_passdb=oauth2_passdb, oauth2_mechanisms=oauth2_mechanisms))
    passwd = directory / "passwd"
    passwd.write_text("".join(f"{user}:{{PLAIN}}{password}::::::\n" for user, password in (users or {}).items()))
    passwd.chmod(0o644)
    process = subprocess.Popen(["dovecot", "-F", "-c", str(directory / "dovecot.conf")],
                               start_new_session=True, stdout=subprocess.DEVNULL,
                               stderr=open(directory / "dovecot.stderr", "wb"))
    (directory / "dovecot.pid").write_text(str(process.pid))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"dovecot exited with {process.returncode}:\n{_log_tail(directory)}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as conn:
                if conn.recv(100).startswith(b"* OK"):
                    return process.pid
        except OSError:
            time.sleep(0.03)
    stop(directory)
    raise RuntimeError(f"dovecot did not greet within 10 s:\n{_log_tail(directory)}")


def stop(directory: Path) -> None:
    """SIGTERM the whole process group of the Dovecot this directory's PID file names."""
    pid_file = directory / "dovecot.pid"
    if not pid_file.exists():
        return
    pid = int(pid_file.read_text())
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.02)
    if _alive(pid):
        os.killpg(pid, signal.SIGKILL)
    pid_file.unlink()


def add_user(directory: Path, user: str, password: str) -> None:
    """Add a login; Dovecot re-reads the passwd file at most once a second (see ``wait_for_login``)."""
    passwd = directory / "passwd"
    previous_mtime = int(passwd.stat().st_mtime)
    with open(passwd, "a", encoding="utf-8") as handle:
        handle.write(f"{user}:{{PLAIN}}{password}::::::\n")
    new_mtime = max(int(time.time()), previous_mtime + 1)
    os.utime(passwd, (new_mtime, new_mtime))


def _alive(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _log_tail(directory: Path) -> str:
    text = ""
    for name in ("dovecot.stderr", "dovecot.log"):
        path = directory / name
        if path.exists():
            text += path.read_text(errors="replace")[-3000:]
    return text


if __name__ == "__main__":
    if sys.argv[1:2] == ["start"] and len(sys.argv) == 5:
        print(start(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
    elif sys.argv[1:2] == ["stop"] and len(sys.argv) == 3:
        stop(Path(sys.argv[2]))
    else:
        sys.exit("usage: dovecot_sandbox.py start DIR PORT TLS_PORT | stop DIR")
