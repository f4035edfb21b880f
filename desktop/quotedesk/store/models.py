"""Trained attribution models known to the library, their figures, and the one in use."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from quotedesk.core.errors import LibraryError
from quotedesk.store.records import ModelVersionRecord
from quotedesk.store.rows import dumps, now

if TYPE_CHECKING:
    from quotedesk.store.library import Library


class Models:
    """Model versions (``Library.model_store``)."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self.cx = lib.connection

    def add_model_version(
        self,
        version: str,
        *,
        metrics: dict,
        n_train: int | None = None,
        path: str | Path | None = None,
        blob: bytes | None = None,
        active: bool = False,
    ) -> ModelVersionRecord:
        """Record a trained model and its evaluation figures; ``active`` makes it the one in use."""
        if not version:
            raise ValueError("a model version needs a name")
        with self.cx.write("recording a model version") as conn:
            if conn.execute("SELECT 1 FROM model_versions WHERE version = ?", (version,)).fetchone():
                raise LibraryError(f"model version {version!r} is already recorded; give the new model another name")
            if active:
                conn.execute("UPDATE model_versions SET active = 0 WHERE active = 1")
            conn.execute(
                "INSERT INTO model_versions (version, created_at, metrics, n_train, path, blob, active) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (version, now(), dumps(metrics), n_train, str(path) if path else None, blob, int(active)),
            )
        return self._model(version)

    def model_versions(self) -> list[ModelVersionRecord]:
        with self.cx.errors("listing model versions"):
            rows = self.cx.conn.execute(
                "SELECT version, created_at, metrics, n_train, path, active, blob IS NOT NULL AS has_blob "
                "FROM model_versions ORDER BY created_at, version"
            ).fetchall()
        return [self._model_record(r) for r in rows]

    def model_blob(self, version: str) -> bytes | None:
        with self.cx.errors("reading a model"):
            row = self.cx.conn.execute("SELECT blob FROM model_versions WHERE version = ?", (version,)).fetchone()
        return row[0] if row else None

    def active_model(self) -> ModelVersionRecord | None:
        return next((m for m in self.model_versions() if m.active), None)

    def set_active_model(self, version: str | None) -> None:
        """Use ``version`` from now on; None goes back to the rules."""
        with self.cx.write("choosing the active model") as conn:
            if version is not None and not conn.execute(
                "SELECT 1 FROM model_versions WHERE version = ?", (version,)
            ).fetchone():
                raise LibraryError(f"no model version {version!r} in this library")
            conn.execute("UPDATE model_versions SET active = 0 WHERE active = 1")
            if version is not None:
                conn.execute("UPDATE model_versions SET active = 1 WHERE version = ?", (version,))

    def _model(self, version: str) -> ModelVersionRecord:
        return next(m for m in self.model_versions() if m.version == version)

    @staticmethod
    def _model_record(r: sqlite3.Row) -> ModelVersionRecord:
        return ModelVersionRecord(
            version=r["version"], created_at=r["created_at"], metrics=json.loads(r["metrics"]),
            n_train=r["n_train"], path=r["path"], active=bool(r["active"]), has_blob=bool(r["has_blob"]),
        )
