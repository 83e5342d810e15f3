"""A take's label names the machine that rendered it, whole, and never over the picture (issue 16).

A board with an intent and two takes of it rendered on a machine with a longish name (a still, and a clip
with its length, which makes the label longest), and a clip from a machine whose name is wider than a take
(it wraps): at full size every take's label shows the whole machine
name (its text is not clipped: scrollWidth <= clientWidth, for the label and the name in it), the name is
the roster's name, not the peer id, and the label's box does not intersect the picture's box.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("selenium")

from selenium.webdriver.common.by import By

from mesh.model.roster import Roster
from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub
from tests.browser.serve import _png

from .canvas_page import CanvasPage
from .conftest import screenshot, served, wait_for

pytestmark = pytest.mark.browser

PEER = "p-4b19c0d2aa"
MACHINE = "render-b-workstation"
LONG_PEER, LONG = "p-91de77c3b0", "studio-a-workstation-under-the-stairs"  # wider than a take: it wraps

# For each take in the DOM: its label's and its machine name's clipping, and the label's and picture's boxes.
TAKES = """
const box = (el) => { const r = el.getBoundingClientRect(); return {l: r.left, t: r.top, r: r.right, b: r.bottom}; };
return [...document.querySelectorAll('.mx-block[data-kind="gen_art"]')].map((b) => {
  const label = b.querySelector('[data-role="take-label"]'), name = b.querySelector('[data-role="machine"]');
  const pic = b.querySelector('.mx-media-box img, .mx-media-box video');
  return {id: b.dataset.id, text: label && label.textContent.trim(), name: name && name.textContent.trim(),
          label: label && {sw: label.scrollWidth, cw: label.clientWidth, sh: label.scrollHeight, ch: label.clientHeight,
                           box: box(label)},
          nameFit: name && {sw: name.scrollWidth, cw: name.clientWidth, box: box(name)},
          pic: pic && box(pic)};
});
"""


def _board(home: Path) -> dict[str, str]:
    hub = BoardHub(home)
    board = hub.open("main").board
    board.init_meta("main", origin="user:test")
    Roster(board, PEER, name=MACHINE).announce(stages={"still": ["cpu"], "clip": ["cpu"]})
    Roster(board, LONG_PEER, name=LONG).announce(stages={"still": ["cpu"]})
    store = AssetStore(home / "assets")
    png = store.put_bytes(_png(), mime="image/png").sha256
    o = "user:test"
    intent = board.add_intent("Lantern light over a harbour at night", origin=o, x=0, y=400)

    def take(on: str, kind: str, stage: str, peer: str, **size: float) -> str:
        return board.add_gen_art(on, kind, origin=o, stage=stage, asset=png, peer_id=peer, backend="cpu",
                                 mime="image/png" if kind == "image" else "video/mp4", **size).id

    still = take(intent.id, "image", "still", PEER, width=1280, height=720)
    clip = take(intent.id, "video", "clip", PEER, width=1280, height=720, duration_s=4.0)
    other = board.add_intent("The keeper climbs the stairs", origin=o, x=340, y=400)
    long = take(other.id, "video", "clip", LONG_PEER, width=1920, height=1080, duration_s=12.5)
    hub.close()
    return {"intent": intent.id, "still": still, "clip": clip, "long": long}


@pytest.fixture
def takes_page(tmp_path: Path, browser: Any, chromium_available: None):
    ids = _board(tmp_path / "home")
    with served(tmp_path / "home") as canvas:
        yield CanvasPage(browser(), canvas).open(), ids


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return a["l"] < b["r"] and b["l"] < a["r"] and a["t"] < b["b"] and b["t"] < a["b"]


def test_take_labels_name_the_machine_whole_and_below_the_picture(takes_page) -> None:
    page, ids = takes_page
    page.js(
        "window.__mxFlow.fitView({nodes: arguments[0], minZoom: 1, maxZoom: 1, padding: 0.2})",
        [ids["still"], ids["clip"], ids["long"]],
    )
    wait_for(
        lambda: len(page.d.find_elements(By.CSS_SELECTOR, '.mx-block[data-kind="gen_art"]')) == 3,
        what="the three takes drawn in full",
    )
    takes = wait_for(
        lambda: (t := page.js(TAKES)) and all(x["pic"] and x["label"] for x in t) and t,
        what="the takes' labels and pictures",
    )
    screenshot(page.d, "canvas_take_labels")
    assert {t["id"] for t in takes} == {ids["still"], ids["clip"], ids["long"]}
    for t in takes:
        machine, peer = (LONG, LONG_PEER) if t["id"] == ids["long"] else (MACHINE, PEER)
        assert t["name"] == machine and peer not in t["text"], t  # the machine by its name
        assert t["text"].rsplit(" · ", 1)[-1] == machine, t  # "size · machine", as .mx-meta readers take it
        lab, name = t["label"], t["nameFit"]
        assert lab["sw"] <= lab["cw"] and lab["sh"] <= lab["ch"], t  # the label's text is not clipped
        assert name["sw"] <= name["cw"], t  # nor the name in it (no ellipsis)
        assert not _overlap(lab["box"], t["pic"]) and not _overlap(name["box"], t["pic"]), t  # not on the picture
    clip = next(t for t in takes if t["id"] == ids["clip"])
    assert "4.0s" in clip["text"], clip
