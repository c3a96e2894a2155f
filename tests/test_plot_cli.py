"""`spacebot plot` as a user runs it: in a subprocess, on the small fixture store."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

from .conftest import MINI


def plot(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(SPACEBOT_DATA_DIR=str(MINI), SPACEBOT_DB=str(tmp_path / "cli.db"))
    env.pop("DISCORD_TOKEN", None)
    return subprocess.run([sys.executable, "-m", "bot.cli", "plot", *args], capture_output=True,
                          text=True, env=env, timeout=60, cwd=tmp_path)  # fmt: skip


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_the_three_charts_are_written_as_png(tmp_path):
    r = plot(["aboard", "iss", "2015-03-01", "-o", "aboard.png"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert png_size(tmp_path / "aboard.png")[0] == 960
    assert "people aboard International Space Station" in r.stdout  # the alt text
    r = plot(["person", "butch wilmore", "-o", "wilmore.png"], tmp_path)  # an alias works
    assert r.returncode == 0, r.stderr
    assert png_size(tmp_path / "wilmore.png")[0] == 960 and "Barry Wilmore" in r.stdout
    r = plot(["crew-count", "iss"], tmp_path)  # default file name
    assert r.returncode == 0, r.stderr
    assert png_size(tmp_path / "crew-count-iss.png")[0] == 960


def test_svg_and_expedition(tmp_path):
    r = plot(["aboard", "iss", "expedition 42", "-o", "e42.png", "--svg"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert b"<svg" in (tmp_path / "e42.svg").read_bytes()[:1000]
    assert not (tmp_path / "e42.png").exists()


def test_bad_input_is_explained_not_a_traceback(tmp_path):
    for args, words in (
        (["person", "nobody special"], "no one called"),
        (["aboard", "death star", "2015-03-01"], "no station"),
        (["aboard", "iss", "someday"], "couldn't read"),
    ):
        r = plot(args, tmp_path)
        assert r.returncode == 2 and words in r.stderr and "Traceback" not in r.stderr


def test_an_empty_window_says_no_one_was_aboard(tmp_path):
    r = plot(["aboard", "mir", "2015-03-01", "-o", "mir.png"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert "No one was aboard Mir" in r.stderr + r.stdout
    assert png_size(tmp_path / "mir.png")[0] == 960
