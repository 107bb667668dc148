"""Write a new Alembic migration by comparing the models with a database at head.

Usage: python scripts/new-migration.py "message"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from desktop.store import migrate


def main() -> None:
    message = sys.argv[1] if len(sys.argv) > 1 else "change"
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'm.sqlite'}")
        if migrate.script_directory().get_current_head() is not None:
            migrate.upgrade(engine)
        with engine.begin() as connection:
            command.revision(migrate.alembic_config(connection), message=message, autogenerate=True)


if __name__ == "__main__":
    main()
