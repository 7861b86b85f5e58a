"""happyaudit: audit a support mailbox for customers who were left unhappy."""

__version__ = "0.1.0"
