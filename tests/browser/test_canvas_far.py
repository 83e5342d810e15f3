"""What a block shows and does at the far zoom (issue 16 item 5), driven as a person does in headless Chromium.

One prepared board (written before the server starts), seen at the card level (zoom 0.3, every block
drawn on FarCanvas's one `<canvas>`): an intent half rendered (still done, clip rendering) wears a
progress hairline in electric blue along its card's top, half its width; an intent with two open
comments (and one resolved) wears the amber badge with "2"; the edge from a note to the rendering
intent is selected by a click on it (drawn in the selection neutral) and Delete removes it from the
board; a drag from a free note's handle onto an intent connects them. Geometry comes from
`window.__mxFar` (what the last frame drew), colours from the canvas's own pixels.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("selenium")

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from mesh.model import annotations
from mesh.model.claims import ClaimAgent
from mesh.model.jobs import jobs, plan_render
from mesh.model.roster import Roster
from mesh.storage.hub import BoardHub

from .canvas_page import CanvasPage
from .conftest import screenshot, served, wait_for

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

PEER = "p-far0000001"
RENDERING_BLUE = (0, 229, 255)  # store.js STATUS_COLOR.rendering
SELECTED = (241, 243, 245)  # store.js SELECTED
AMBER = (255, 201, 71)
FAR = 0.3  # the card level (0.2 <= zoom < 0.42)

# the colour of the far canvas's pixel at a client point (device pixels = client pixels here: dpr 1)
PIXEL = """
const c = document.querySelector('canvas[data-role="far-canvas"]'), r = c.getBoundingClientRect();
const s = c.width / r.width;
return Array.from(c.getContext('2d').getImageData(Math.round((arguments[0] - r.left) * s),
  Math.round((arguments[1] - r.top) * s), 1, 1).data);
"""

# every colour the far canvas holds inside a client box
COLOURS = """
const c = document.querySelector('canvas[data-role="far-canvas"]'), r = c.getBoundingClientRect();
const s = c.width / r.width, x = Math.floor((arguments[0] - r.left) * s), y = Math.floor((arguments[1] - r.top) * s);
const d = c.getContext('2d').getImageData(x, y, Math.ceil((arguments[2] - arguments[0]) * s) + 1,
  Math.ceil((arguments[3] - arguments[1]) * s) + 1).data, out = new Set();
for (let i = 0; i < d.length; i += 4) out.add(`${d[i]},${d[i + 1]},${d[i + 2]}`);
return [...out].map((v) => v.split(',').map(Number));
"""


def _prepared(home: Path) -> dict[str, str]:
    hub = BoardHub(home)
    board = hub.open("main").board
    board.init_meta("main", origin="user:test")
    Roster(board, PEER, name="studio-b").announce(stages={"still": ["cpu"], "clip": ["cpu"]})
    o = "user:test"
    ids = {
        "rendering": board.add_intent("Lantern light over a harbour", origin=o, x=0, y=0).id,
        "commented": board.add_intent("The keeper's hands", origin=o, x=400, y=0).id,
        "target": board.add_intent("Gulls over the breakwater", origin=o, x=800, y=0).id,
    }
    ids["note"] = board.add_comp(ids["rendering"], "note", origin=o, x=-520, y=-260, title="Note", text="warm").id
    ids["edge"] = next(e.id for e in board.edges() if e.src == ids["note"])
    ids["free"] = board.add_block("comp", "note", origin=o, x=400, y=420, title="Free", text="cold").id
    plan_render(board, [ids["rendering"]], requested_by=o)
    agent = ClaimAgent(board, PEER)
    by_stage = {j.stage: j for j in jobs(board, intent_id=ids["rendering"])}
    claim = agent.claim(by_stage["still"].id)
    assert agent.confirm(by_stage["still"].id, claim)
    agent.finish(by_stage["still"].id, claim, [])
    claim = agent.claim(by_stage["clip"].id)
    assert agent.confirm(by_stage["clip"].id, claim)  # rendering the clip: fraction (1 + 0) / 2
    for text in ("too dark", "hands shake"):
        annotations.add_comment(board, ids["commented"], text, author="ana", origin=o)
    done = annotations.add_comment(board, ids["commented"], "fixed", author="ana", origin=o)
    annotations.resolve_comment(board, done.id, origin=o)
    hub.close()
    return ids


@pytest.fixture
def far_page(tmp_path: Path, browser: Any, chromium_available: None):
    ids = _prepared(tmp_path / "home")
    with served(tmp_path / "home") as canvas:
        page = CanvasPage(browser(), canvas, who="ana").open()
        page.js("window.__mxFlow.fitView({minZoom: arguments[0], maxZoom: arguments[0], padding: 0.2})", FAR)
        wait_for(
            lambda: (
                abs(page.js("return window.__mxFlow.viewport.value.zoom") - FAR) < 1e-6
                and len(page.js("return window.__mxFar.drawn()")) == 5
            ),
            what="every block drawn as a card",
        )
        yield page, ids


def _rgb(page: CanvasPage, x: float, y: float) -> tuple[int, int, int]:
    return tuple(page.js(PIXEL, x, y)[:3])  # type: ignore[return-value]


def _near(a: tuple[int, ...], b: tuple[int, ...], tol: int = 40) -> bool:
    return all(abs(p - q) <= tol for p, q in zip(a, b, strict=True))


def _offset(page: CanvasPage, x: float, y: float) -> tuple[int, int]:
    """Selenium pointer offsets are from the element's centre: client (x, y) relative to the pane's."""
    pane = page.d.find_element(By.CSS_SELECTOR, ".vue-flow__pane").rect
    return int(x - (pane["x"] + pane["width"] / 2)), int(y - (pane["y"] + pane["height"] / 2))


def test_far_cards_show_progress_and_open_comments(far_page) -> None:
    page, ids = far_page
    assert page.js("return document.querySelectorAll('.vue-flow__node').length") == 0
    cards = {r["id"]: r for r in page.js("return window.__mxFar.drawn()")}
    marks = wait_for(
        lambda: (
            {m["id"]: m for m in page.js("return window.__mxFar.marks()")}
            if len(page.js("return window.__mxFar.marks()")) == 2
            else None
        ),
        what="two marked cards",
    )
    assert set(marks) == {ids["rendering"], ids["commented"]}, marks  # nothing on the idle ones

    # the rendering intent: a hairline along its card's top, half its width (still done, clip rendering)
    card, bar = cards[ids["rendering"]], marks[ids["rendering"]]["bar"]
    assert marks[ids["rendering"]]["badge"] is None
    assert bar["fraction"] == pytest.approx(0.5)
    assert abs(bar["t"] - card["t"]) < 0.5 and abs(bar["l"] - card["l"]) < 0.5
    assert 2.5 <= bar["b"] - bar["t"] <= 3.5  # 3 px on screen whatever the zoom
    assert bar["r"] - bar["l"] == pytest.approx((card["r"] - card["l"]) / 2, abs=1)
    mid = (bar["t"] + bar["b"]) / 2
    assert _near(_rgb(page, card["l"] + (card["r"] - card["l"]) * 0.3, mid), RENDERING_BLUE)  # drawn, in blue
    assert not _near(_rgb(page, card["l"] + (card["r"] - card["l"]) * 0.75, mid), RENDERING_BLUE)  # only half

    # the commented intent: the amber badge in its card's top right, counting the open comments only
    card, badge = cards[ids["commented"]], marks[ids["commented"]]["badge"]
    assert marks[ids["commented"]]["bar"] is None
    assert badge["count"] == 2
    assert card["l"] + (card["r"] - card["l"]) / 2 < badge["l"] < badge["r"] < card["r"]
    assert card["t"] < badge["t"] < badge["b"] < card["t"] + 40
    assert 14 <= badge["b"] - badge["t"] <= 16
    inks = page.js(COLOURS, badge["l"], badge["t"], badge["r"], badge["b"])
    assert any(_near(tuple(c), AMBER, 30) for c in inks), inks  # its count and outline drawn in amber
    screenshot(page.d, "canvas_far_marks")


def test_far_edges_select_delete_and_connect(far_page) -> None:
    page, ids = far_page
    pane = page.d.find_element(By.CSS_SELECTOR, ".vue-flow__pane")
    edges = {e["id"]: e for e in page.js("return window.__mxFar.edges()")}
    e = edges[ids["edge"]]
    assert not _near(_rgb(page, e["x"], e["y"]), SELECTED, 30)
    ActionChains(page.d).move_to_element_with_offset(pane, *_offset(page, e["x"], e["y"])).click().perform()
    wait_for(lambda: page.js("return window.__mxFar.selectedEdges()") == [ids["edge"]], what="the edge selected")
    wait_for(lambda: _near(_rgb(page, e["x"], e["y"]), SELECTED, 30), what="drawn in the selection neutral")
    assert page.js("return window.__mxFlow.getSelectedNodes.value.length") == 0
    screenshot(page.d, "canvas_far_edge_selected")
    # a click on empty canvas lets it go; another click takes it again, then Delete removes it
    ActionChains(page.d).move_to_element_with_offset(pane, -700, 300).click().perform()
    wait_for(lambda: page.js("return window.__mxFar.selectedEdges()") == [], what="cleared")
    ActionChains(page.d).move_to_element_with_offset(pane, *_offset(page, e["x"], e["y"])).click().perform()
    wait_for(lambda: page.js("return window.__mxFar.selectedEdges()") == [ids["edge"]], what="selected again")
    ActionChains(page.d).send_keys(Keys.DELETE).perform()
    wait_for(
        lambda: ids["edge"] not in {x["id"] for x in page.js("return window.__mxFar.allEdges()")},
        what="the board without the edge",
    )
    assert {ids["note"], ids["rendering"]} <= {r["id"] for r in page.js("return window.__mxFar.drawn()")}

    # drag from the free note's handle (right edge) onto an intent drawn on the canvas: they connect
    handle = next(h for h in page.js("return window.__mxFar.handles()") if h["id"] == ids["free"])
    assert handle["source"]
    card = next(r for r in page.js("return window.__mxFar.drawn()") if r["id"] == ids["target"])
    to = ((card["l"] + card["r"]) / 2, (card["t"] + card["b"]) / 2)
    chain = ActionChains(page.d, duration=30)
    chain.move_to_element_with_offset(pane, *_offset(page, handle["x"], handle["y"])).click_and_hold()
    for k in range(1, 6):
        chain.move_to_element_with_offset(
            pane,
            *_offset(page, handle["x"] + (to[0] - handle["x"]) * k / 5, handle["y"] + (to[1] - handle["y"]) * k / 5),
        )
    chain.release().perform()
    new = wait_for(
        lambda: [
            x
            for x in page.js("return window.__mxFar.allEdges()")
            if x["src"] == ids["free"] and x["dst"] == ids["target"]
        ],
        what="the new edge",
    )
    assert new[0]["kind"] == "comp"  # type: ignore[index]
    # the note did not move (the drag was a connection, not a move)
    pos = page.js("return window.__mxFlow.findNode(arguments[0]).data", ids["free"])
    assert (pos["x"], pos["y"]) == (400, 420)
    screenshot(page.d, "canvas_far_connected")
