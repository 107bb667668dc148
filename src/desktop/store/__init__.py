"""Storage: SQLAlchemy models, engine and sessions, migrations. No Qt."""
