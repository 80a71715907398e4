"""Pure domain: sheet model, profiles, form definition, checklists, rules, cost maths.

Imports nothing of Qt, SQLAlchemy or the other layers of the package.
"""
