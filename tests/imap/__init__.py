"""Tests against a real Dovecot server on 127.0.0.1."""
