"""End to end, as typed: `multiplex up`, then `multiplex import` of a Fountain script, an edited re-import,
and `multiplex sequence` moves, locks and cuts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.test_cli_e2e import Peer, free_port

pytestmark = pytest.mark.slow

SCRIPT = """Title: Two Rooms

FADE IN:

INT. KITCHEN - DAY #1#

Rain on the window. Maya stirs a pot.

MAYA
(to herself)
Almost.

CUT TO:

EXT. GARDEN - DAY #2#

Leo digs. [[make the soil darker]]

LEO
Found it!
"""


@pytest.fixture
def peer(tmp_path: Path) -> Iterator[Peer]:
    p = Peer(tmp_path / "home", free_port())
    try:
        yield p
    finally:
        p.stop()


def test_import_reimport_and_sequence_edits(peer: Peer, tmp_path: Path) -> None:
    peer.start()
    script = tmp_path / "two_rooms.fountain"
    script.write_text(SCRIPT, encoding="utf-8")
    out = peer.cli("import", str(script)).stdout
    assert "2 new" in out and "2 new characters" in out

    script.write_text(SCRIPT.replace("Leo digs.", "Leo digs faster.") + "\nINT. SHED - NIGHT\n\nDark.\n",
                      encoding="utf-8")
    report = json.loads(peer.cli("import", str(script), "--json").stdout)
    assert len(report["created"]) == 1 and len(report["updated"]) == 1 and len(report["unchanged"]) == 1

    shots = json.loads(peer.cli("sequence", "show", "--json").stdout)["shots"]
    scenes = [s for s in shots if s["scene_no"]]
    assert [s["title"] for s in scenes] == ["INT. KITCHEN - DAY", "EXT. GARDEN - DAY", "INT. SHED - NIGHT"]
    assert [s["scene_no"] for s in scenes] == ["1", "2", "3"]
    shed = scenes[2]["intent_id"]
    peer.cli("sequence", "lock", scenes[0]["intent_id"])
    peer.cli("sequence", "move", shed, "--after", "start")
    peer.cli("sequence", "cut", shed, "0.5", "6")
    shots = json.loads(peer.cli("sequence", "show", "--json").stdout)["shots"]
    assert shots[0]["intent_id"] == shed and shots[0]["edit_s"] == 5.5
    text = peer.cli("sequence", "show").stdout
    assert "INT. SHED - NIGHT" in text and "cut 0.5-6" in text

    bad = tmp_path / "bad.fountain"
    bad.write_text("INT. A\n\n/* never closed\n", encoding="utf-8")
    result = peer.cli("import", str(bad), check=False)
    assert result.returncode == 1 and "line 3" in result.stderr and "boneyard" in result.stderr
    missing = peer.cli("import", str(tmp_path / "nope.fountain"), check=False)
    assert missing.returncode == 2 and "no such file" in missing.stderr
