"""Backup commands: ``quotedesk backup | backups | restore | remove-foreign``, each with ``--library``."""

from __future__ import annotations

from pathlib import Path

from quotedesk.cli.library import _library_arg, _open
from quotedesk.core.errors import ForeignSchemaError, LibraryError
from quotedesk.core.paths import default_library
from quotedesk.store import Library, backup


def register(sub) -> None:
    p = sub.add_parser("backup", help="back the library up now",
                       description="Copies the library through SQLite's backup API (safe while the app has "
                       "it open), checks the copy, and keeps it in LIBRARY.backups/ beside the library, "
                       f"where the newest {backup.KEEP} are kept (${backup.KEEP_ENV} changes how many).")
    _library_arg(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE instead (a new file)")
    p.set_defaults(func=run_backup)

    p = sub.add_parser("backups", help="list the library's backups, newest first")
    _library_arg(p)
    p.set_defaults(func=run_backups)

    p = sub.add_parser("restore", help="replace the library's contents with a backup",
                       description="Checks the backup, backs the library up as it is now, then copies the "
                       "backup into it (a QuoteDesk window that has it open shows the restored data). "
                       "When there is no library at the path yet, the backup becomes it.")
    p.add_argument("backup", metavar="BACKUP", help="a backup file, or the name of one listed by `quotedesk backups`")
    _library_arg(p)
    p.set_defaults(func=run_restore)

    p = sub.add_parser("remove-foreign", help="remove database objects QuoteDesk did not create from the library",
                       description="A library holding SQL triggers, views, tables or indexes QuoteDesk did not "
                       "create (or its own, changed) is not opened: they could change its data unseen. This "
                       "backs the library up, then removes them and makes QuoteDesk's own again.")
    _library_arg(p)
    p.set_defaults(func=run_remove_foreign)


def run_backup(args) -> int:
    with _open(args) as library:
        made = backup.take(library, output=args.output)
    print(f"backed up to {made.path}: {made.describe()}")
    return 0


def run_backups(args) -> int:
    path = default_library(args.library)
    found = backup.list_backups(path)
    for b in found:
        print(f"{b.describe()}  {b.path.name}")
    if not found:
        print(f"{path}: no backups yet (in {backup.backup_dir(path)})")
    return 0


def run_restore(args) -> int:
    path = default_library(args.library)
    source = Path(args.backup).expanduser()
    if not source.exists() and source.name == args.backup:
        source = backup.backup_dir(path) / args.backup  # a name from `quotedesk backups`
    if not path.exists():
        made = backup.restore_copy(source, path)
        print(f"restored {source.name} as {path}: {made.describe()}")
        return 0
    try:
        library = _open(args)
    except LibraryError as e:
        raise LibraryError(f"{e}; to restore the backup beside it, give a new file: --library NEW.sqlite") from e
    with library:
        before = backup.restore(library, source)
        now = backup.inspect(source, verify=False)
    print(f"restored {source.name} into {path}: {now.describe()}")
    print(f"the library as it was is kept in {before.path}")
    return 0


def run_remove_foreign(args) -> int:
    path = default_library(args.library)
    try:
        Library.open(path, create=False).close()
    except ForeignSchemaError as e:
        with Library.open(path, create=False, drop_foreign=True) as library:
            for line in library.warnings:
                print(line)
        print(f"removed from {path}: {', '.join(e.objects)}")
        return 0
    print(f"{path}: nothing to remove (every database object in it is QuoteDesk's)")
    return 0
