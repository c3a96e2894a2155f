"""Shared fixtures: the real store built once per test session, and a small fixture store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.qa import Engine
from bot.store.build import build

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
MINI = Path(__file__).resolve().parent / "fixtures" / "mini_data"
REFERENCE = ROOT.parent / "shared" / "reference"


@pytest.fixture(scope="session")
def real_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("store") / "spacebot.db"
    result = build(DATA, db)
    assert result.ok, "\n".join(map(str, result.problems[:20]))
    return db


@pytest.fixture(scope="session")
def engine(real_db) -> Engine:
    return Engine.open(real_db)


@pytest.fixture
def mini_data(tmp_path) -> Path:
    """A writable copy of the small fixture data folder, for tests that break it."""
    dest = tmp_path / "data"
    shutil.copytree(MINI, dest)
    return dest
