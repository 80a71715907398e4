"""Local storage: SQLite database (SQLAlchemy + Alembic) and attachment files. No Qt here."""
