"""The far levels of detail on one canvas (issue 16 item 5), driven as a person does in headless Chromium.

A 1,000-block board (100 takes among them) opens fitted: the blocks are drawn on one `<canvas>` and
(almost) no Vue Flow node is in the DOM. A click where a block is drawn selects it, a drag moves it and
the server keeps the new position (it comes back in the feed and after a reload), a Shift-drag box
selects what it encloses, a double-click zooms to the block and it is then a full DOM block; a note
dragged from the palette onto an intent drawn on the canvas attaches to it. Speed
itself is measured by bench/bench_canvas.py (numbers in docs/canvas.md), not asserted here: a loaded
2-core machine would make a frame-rate assertion flaky.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("selenium")

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from .canvas_page import CanvasPage
from .conftest import Canvas, screenshot, start_server, stop_server, wait_for

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

NODES = "return document.querySelectorAll('.vue-flow__node').length"
DRAWN = "return window.__mxFar.drawn()"


@pytest.fixture
def big_board(tmp_path: Path, chromium_available: None) -> Iterator[Canvas]:
    proc, canvas = start_server(tmp_path / "home", "--blocks", "1000")
    try:
        yield canvas
    finally:
        stop_server(proc)


def _drawn(page: CanvasPage, block_id: str) -> dict[str, Any]:
    rects = {r["id"]: r for r in page.js(DRAWN)}
    return rects[block_id]


def _pane_offset(page: CanvasPage, x: float, y: float) -> tuple[int, int]:
    """Selenium pointer offsets are from the element's centre: client (x, y) relative to the pane's."""
    pane = page.d.find_element(By.CSS_SELECTOR, ".vue-flow__pane").rect
    return int(x - (pane["x"] + pane["width"] / 2)), int(y - (pane["y"] + pane["height"] / 2))


def test_far_zoom_is_one_canvas_and_its_blocks_answer_the_pointer(big_board, browser) -> None:
    page = CanvasPage(browser(), big_board, who="ana").open()
    pane = page.d.find_element(By.CSS_SELECTOR, ".vue-flow__pane")
    assert page.js("return window.__mxFlow.nodes.value.length") == 1000
    assert len(page.d.find_elements(By.CSS_SELECTOR, "canvas[data-role='far-canvas']")) == 1
    assert page.js("return window.__mxFlow.viewport.value.zoom") < 0.2  # fitted: the rectangle level
    assert page.js(NODES) <= 5, page.js(NODES)
    assert len(page.js(DRAWN)) == 1000  # every block drawn, at its stored size
    screenshot(page.d, "canvas_1000_blocks_far")

    # a click where an intent is drawn selects it (and only it)
    intents = page.js("return window.__mxFlow.nodes.value.filter(n => n.data.kind === 'intent').map(n => n.id)")
    target, other = intents[40], intents[41]
    r = _drawn(page, target)
    ActionChains(page.d).move_to_element_with_offset(pane, *_pane_offset(page, (r["l"] + r["r"]) / 2,
                                                                          (r["t"] + r["b"]) / 2)).click().perform()
    selected = "return window.__mxFlow.getSelectedNodes.value.map(n => n.id)"
    wait_for(lambda: page.js(selected) == [target], what="the clicked block selected")
    assert "1" in page.d.find_element(By.CSS_SELECTOR, '[data-role="render-selection"]').text
    # Shift-click adds the next one
    r2 = _drawn(page, other)
    at = _pane_offset(page, (r2["l"] + r2["r"]) / 2, (r2["t"] + r2["b"]) / 2)
    chain = ActionChains(page.d).key_down(Keys.SHIFT).move_to_element_with_offset(pane, *at)
    chain.click().key_up(Keys.SHIFT).perform()
    wait_for(lambda: sorted(page.js(selected)) == sorted([target, other]), what="shift-click adds")
    # a click on empty canvas clears the selection (Vue Flow's own pane click)
    ActionChains(page.d).move_to_element_with_offset(pane, -700, 0).click().perform()
    wait_for(lambda: page.js(selected) == [], what="cleared")

    # drag it: the drop is written to the board (it comes back from the server)
    start = page.js("return {...window.__mxFlow.findNode(arguments[0]).data}", target)
    zoom = page.js("return window.__mxFlow.viewport.value.zoom")
    cx, cy = (r["l"] + r["r"]) / 2, (r["t"] + r["b"]) / 2
    chain = ActionChains(page.d, duration=30).move_to_element_with_offset(pane, *_pane_offset(page, cx, cy))
    chain.click_and_hold()
    for k in range(1, 7):
        chain.move_to_element_with_offset(pane, *_pane_offset(page, cx + 10 * k, cy + 5 * k))
    chain.release().perform()
    moved = wait_for(lambda: (d := page.js("return window.__mxFlow.findNode(arguments[0]).data", target))
                     and d["x"] != start["x"] and d, what="the server's new position")
    assert abs(moved["x"] - (start["x"] + 60 / zoom)) <= 8 + 1 / zoom, (moved, start, zoom)
    assert abs(moved["y"] - (start["y"] + 30 / zoom)) <= 8 + 1 / zoom, (moved, start, zoom)
    assert moved["x"] % 8 == 0 and moved["y"] % 8 == 0  # snapped to the grid, as a DOM drag is
    vp = page.js("return window.__mxFlow.viewport.value")
    assert abs(vp["zoom"] - zoom) < 1e-9  # the drag moved the block, not the view

    # a Shift-drag box selects the blocks drawn inside it
    top = page.js("return window.__mxFlow.nodes.value.filter(n => n.data.kind === 'intent' && n.data.y === 0)"
                  ".sort((a, b) => a.data.x - b.data.x).slice(0, 3).map(n => n.id)")
    row = [_drawn(page, i) for i in top]
    x0, y0 = row[0]["l"] - 4, row[0]["t"] - 4
    x1, y1 = row[2]["r"] + 4, row[2]["b"] + 4
    ActionChains(page.d, duration=30).key_down(Keys.SHIFT).move_to_element_with_offset(
        pane, *_pane_offset(page, x0, y0)).click_and_hold().move_to_element_with_offset(
        pane, *_pane_offset(page, (x0 + x1) / 2, (y0 + y1) / 2)).move_to_element_with_offset(
        pane, *_pane_offset(page, x1, y1)).release().key_up(Keys.SHIFT).perform()
    wait_for(lambda: set(page.js(selected)) == set(top), what="the box selects the three intents")

    # a double-click zooms to the block: it is then a full block in the DOM, nothing of it on the canvas
    r = _drawn(page, other)
    at = _pane_offset(page, (r["l"] + r["r"]) / 2, (r["t"] + r["b"]) / 2)
    ActionChains(page.d).move_to_element_with_offset(pane, *at).double_click().perform()
    wait_for(lambda: page.js("return window.__mxFlow.viewport.value.zoom") >= 0.42, what="zoomed in")
    wait_for(lambda: page.block(other).is_displayed(), what="the block mounted in full")
    wait_for(lambda: not page.js(DRAWN), what="everything in view mounted (nothing left on the canvas)")
    assert page.js(NODES) < 80, page.js(NODES)  # only what is in view (plus a margin), not the board

    # the moved block is where it was dropped after a reload
    page.d.execute_script("window.__mxReady = null")
    page.open()
    again = page.js("return window.__mxFlow.findNode(arguments[0]).position", target)
    assert (again["x"], again["y"]) == (moved["x"], moved["y"])


def test_light_cards_level_draws_on_the_canvas(big_board, browser) -> None:
    page = CanvasPage(browser(), big_board, who="ana").open()
    page.js("window.__mxFlow.zoomTo(0.3)")
    wait_for(lambda: len(page.js(DRAWN)) > 50, what="light cards drawn")
    assert page.js(NODES) == 0
    assert page.js("return document.querySelectorAll('.vue-flow__edge').length") == 0  # the canvas draws them
    screenshot(page.d, "canvas_1000_blocks_cards")

    # a note dragged from the palette onto an intent drawn on the canvas attaches to it
    pane = page.d.find_element(By.CSS_SELECTOR, ".vue-flow__pane").rect
    mid = (pane["x"] + pane["width"] / 2, pane["y"] + pane["height"] / 2)
    kinds = dict(page.js("return window.__mxFlow.nodes.value.map(n => [n.id, n.data.kind])"))
    drawn = [r for r in page.js(DRAWN) if kinds[r["id"]] == "intent"]
    r = min(drawn, key=lambda r: abs((r["l"] + r["r"]) / 2 - mid[0]) + abs((r["t"] + r["b"]) / 2 - mid[1]))
    intent = r["id"]
    comps = "return window.__mxFlow.nodes.value.filter(n => n.data.kind === 'comp').map(n => n.id)"
    before = set(page.js(comps))
    el = page.d.find_element(By.CSS_SELECTOR, ".vue-flow__pane")
    chain = ActionChains(page.d, duration=60).move_to_element(page.palette_item("comp", "note")).click_and_hold()
    chain.move_by_offset(30, 0).move_by_offset(60, 10)
    chain.move_to_element_with_offset(el, *_pane_offset(page, (r["l"] + r["r"]) / 2, (r["t"] + r["b"]) / 2))
    chain.move_by_offset(2, 2).release().perform()
    new = wait_for(lambda: set(page.js(comps)) - before, what="the new note")
    note = next(iter(new))  # type: ignore[call-overload]
    # at full detail Vue Flow holds (and draws) the edge between the two
    page.js("window.__mxFlow.fitView({nodes: arguments[0], minZoom: 0.8, maxZoom: 1, padding: 0.3})", [intent, note])
    wait_for(lambda: page.js("return window.__mxFlow.edges.value.some(e => e.source === arguments[0] && "
                             "e.target === arguments[1])", note, intent), what="the note's edge to the intent")

    page.js("window.__mxFlow.zoomTo(1)")
    wait_for(lambda: page.js(NODES) > 5 and not page.js(DRAWN), what="full blocks in view, mounted")
