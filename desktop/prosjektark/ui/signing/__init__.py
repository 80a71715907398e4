"""Signing in the desktop UI: identity wizard, passphrase, export, outbox and verification.

Every module imports prosjektark.signing/exchange inside functions only, so opening the
main window never loads cryptography, reportlab or pyHanko.
"""
