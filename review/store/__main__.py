"""Schema management for developers (there is no alembic.ini):

    python -m review.store [--db URL] upgrade [REV]      # default: head
    python -m review.store [--db URL] downgrade REV
    python -m review.store [--db URL] current
    python -m review.store history
    python -m review.store [--db URL] revision -m "add x" [--autogenerate]

--db defaults to $REVIEW_DB_URL, else ./review.sqlite. `revision --autogenerate` compares the
models with a database that is at head (upgrade a scratch database first).
"""
from __future__ import annotations

import argparse
import sys

from alembic import command

from .db import StoreError, resolve_url
from .migrate import alembic_config
from .store import Store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m review.store",
                                     description="案卷评查工作台数据库：迁移管理")
    parser.add_argument("--db", help="数据库地址或 SQLite 文件（默认 $REVIEW_DB_URL 或 review.sqlite）")
    sub = parser.add_subparsers(dest="cmd", required=True)
    up = sub.add_parser("upgrade")
    up.add_argument("revision", nargs="?", default="head")
    down = sub.add_parser("downgrade")
    down.add_argument("revision")
    sub.add_parser("current")
    sub.add_parser("history")
    rev = sub.add_parser("revision")
    rev.add_argument("-m", "--message", required=True)
    rev.add_argument("--autogenerate", action="store_true")
    args = parser.parse_args(argv)
    try:
        if args.cmd == "history":
            command.history(alembic_config())
            return 0
        if args.cmd == "revision":
            command.revision(alembic_config(resolve_url(args.db)), message=args.message,
                             autogenerate=args.autogenerate)
            return 0
        with Store(args.db) as store:
            if args.cmd == "upgrade":
                store.migrate(args.revision)
            elif args.cmd == "downgrade":
                store.downgrade(args.revision)
            print(f"{store!r}: {store.revision() or '（空）'}")
    except StoreError as exc:
        print(f"python -m review.store: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
