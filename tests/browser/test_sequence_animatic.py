"""The sequence and the deliverables in headless Chromium: shot numbers as the cut computes them, a lock,
drag a number to reorder, cut points, and the animatic block (build with progress, play, export buttons)."""

from __future__ import annotations

import base64
import time
from pathlib import Path

import pytest

pytest.importorskip("selenium")

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from .canvas_page import CanvasPage
from .conftest import screenshot, wait_for
from .test_canvas_tools import DROP_JS

pytestmark = pytest.mark.browser

SCRIPT = b"""Title: The Gate

INT. GATEHOUSE - NIGHT

Rain hammers the shutters. MARA lights a lamp.

MARA
They're early.

EXT. CASTLE GATE - CONTINUOUS

The portcullis groans upward.

INT. GREAT HALL - LATER

Empty tables. One candle still burns.
"""


def _numbers(page: CanvasPage, ids: list[str]) -> list[str]:
    return [page.block(i).find_element(By.CSS_SELECTOR, '[data-role="shot-number"]').text for i in ids]


def _scenes(page: CanvasPage) -> set[str]:
    """Scene intents on the board (the canvas's nodes, mounted or not: imports land in free space, which
    may be out of view)."""
    return set(page.js("return window.__mxFlow.nodes.value.filter(n => n.type === 'intent' && "
                       "n.data.sub === 'scene').map(n => n.id)"))


def _import(page: CanvasPage) -> list[str]:
    """Drop the script on the canvas: three scene intents (and MARA, a character reference)."""
    before = _scenes(page)
    pane = page.d.find_element(By.CSS_SELECTOR, ".vue-flow__pane")
    r = pane.rect
    page.js(DROP_JS, base64.b64encode(SCRIPT).decode(), "gate.fountain", "text/plain",
            r["x"] + r["width"] / 2, r["y"] + r["height"] / 2)
    new = wait_for(lambda: len(_scenes(page) - before) == 3 and _scenes(page) - before, what="imported")
    assert isinstance(new, set)
    return sorted(new, key=lambda i: page.js("return window.__mxFlow.findNode(arguments[0]).position.x", i))


def _keep(page: CanvasPage, intent: str) -> None:
    """Edit the new board's sample intent, so a dropped script keeps it (it replaces it while untouched)."""
    page.type_into(intent, "title", "Dawn over the castle")
    title = "return window.__mxFlow.findNode(arguments[0]).data.title"
    wait_for(lambda: page.js(title, intent) == "Dawn over the castle", what="the edit on the board")


def _type(field, text: str) -> None:
    field.send_keys(Keys.CONTROL, "a")  # a modifier stays down to the end of one send_keys: three calls
    field.send_keys(Keys.DELETE)
    field.send_keys(text, Keys.TAB)


def _show(page: CanvasPage, ids: list[str]) -> None:
    page.js("window.__mxFlow.fitView({ nodes: arguments[0], padding: 0.25, maxZoom: 1, minZoom: 0.5 })", ids)
    wait_for(lambda: all(page.block(i).find_elements(By.CSS_SELECTOR, '[data-role="shot-number"]') for i in ids),
             what="full blocks in view")


def test_shot_numbers_lock_drag_to_reorder_and_cut_points(canvas_server, browser) -> None:
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    default = next(iter(page.ids("intent")))
    _keep(page, default)
    a, b, c = _import(page)
    ids = [default, a, b, c]
    _show(page, ids)
    wait_for(lambda: _numbers(page, ids) == ["1", "2", "3", "4"], what="computed numbers")

    page.click('[data-role="lock"]', within=page.block(b))  # b keeps 3 whatever comes before it
    wait_for(lambda: page.block(b).find_element(By.CSS_SELECTOR, '[data-role="lock"]').get_attribute(
        "data-locked") == "true", what="locked")

    # drag c's number onto the left half of a: c goes before a, and the locked 3 makes a "2A"
    handle = page.block(c).find_element(By.CSS_SELECTOR, '[data-role="shot-number"]')
    target = page.block(a)
    ActionChains(page.d, duration=60).move_to_element(handle).click_and_hold().move_by_offset(-20, 0) \
        .move_to_element_with_offset(target, -target.rect["width"] // 4, 0).perform()
    ghost = wait_for(lambda: page.d.find_element(By.CSS_SELECTOR, ".mx-seq-ghost"), what="the dragged number")
    assert "before" in ghost.text and "before" in (target.get_attribute("class") or "")
    screenshot(page.d, "canvas_sequence_drag")
    ActionChains(page.d, duration=60).pause(0.1).release().perform()
    wait_for(lambda: _numbers(page, ids) == ["1", "2A", "3", "2"], what="renumbered after the drag")

    # cut points: in at 1.5 s of the 8 s the shot lasts; the bar on the block shows it
    page.click('[data-role="panel-toggle"]', within=page.block(a))
    field = wait_for(lambda: page.block(a).find_element(By.CSS_SELECTOR, '[data-role="cut-in"]'), what="cut field")
    _type(field, "1.5")
    cut = page.block(a).find_element(By.CSS_SELECTOR, '[data-role="cut"]')
    wait_for(lambda: cut.get_attribute("data-in") == "1.5" and cut.get_attribute("data-out") == "8", what="cut in")
    field = page.block(a).find_element(By.CSS_SELECTOR, '[data-role="cut-out"]')
    _type(field, "20")  # past the clip: refused, and the toast says why
    wait_for(lambda: "rendered length" in page.d.find_element(By.CSS_SELECTOR, ".mx-toast.error").text,
             what="refusal toast")
    assert cut.get_attribute("data-out") == "8"
    screenshot(page.d, "canvas_sequence")

    page.d.execute_script("window.__mxReady = null")  # everything is in the board: a reload shows it again
    page.open()
    _show(page, ids)
    wait_for(lambda: _numbers(page, ids) == ["1", "2A", "3", "2"], what="numbers after reload")


def test_animatic_block_builds_plays_and_exports(canvas_server, browser, tmp_path: Path) -> None:
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    page.d.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    default = next(iter(page.ids("intent")))
    _keep(page, default)
    _import(page)
    shots = _scenes(page)
    assert default in shots and len(shots) == 4
    before = page.ids()
    page.click('.mx-pal-item[data-kind="activity"][data-sub="animatic"]')  # a click places it in view
    block = wait_for(lambda: page.ids() - before, what="animatic block")
    assert isinstance(block, set)
    anim = next(iter(block))
    page.js("window.__mxFlow.fitView({ nodes: [arguments[0]], padding: 0.2, maxZoom: 1.2 })", anim)
    el = wait_for(lambda: page.block(anim).find_element(By.CSS_SELECTOR, '[data-role="build-animatic"]'),
                  what="build button")
    assert page.block(anim).find_element(By.CSS_SELECTOR, '[data-role="sequence-length"]').text == "4 shots · 32.0s"
    el.click()
    progress = wait_for(lambda: page.block(anim).find_element(By.CSS_SELECTOR, '[data-role="animatic-progress"]'),
                        what="progress while it builds")
    seen = {float(progress.get_attribute("data-fraction") or 0)}
    screenshot(page.d, "canvas_animatic_building")
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and not page.block(anim).find_elements(
            By.CSS_SELECTOR, '[data-role="animatic-player"]'):
        for p in page.block(anim).find_elements(By.CSS_SELECTOR, '[data-role="animatic-progress"]'):
            try:
                seen.add(float(p.get_attribute("data-fraction") or 0))
            except Exception:
                pass
        time.sleep(0.2)
    video = page.block(anim).find_element(By.CSS_SELECTOR, '[data-role="animatic-player"]')
    assert len(seen) >= 2, seen  # the bar moved
    duration = wait_for(lambda: page.js("return arguments[0].duration", video), timeout=20, what="video metadata")
    assert abs(float(duration) - 32.0) < 0.1  # 4 shots x 8 s, title cards
    page.js("arguments[0].currentTime = 9; return arguments[0].play()", video)
    wait_for(lambda: page.js("return arguments[0].currentTime > 9 || arguments[0].readyState >= 2", video),
             what="it plays")
    info = page.block(anim).find_element(By.CSS_SELECTOR, '[data-role="animatic-info"]')
    assert info.get_attribute("data-duration") == "32"
    screenshot(page.d, "canvas_animatic")

    want = {"pdf": ".pdf", "csv": ".csv", "otio": ".otio", "fcp7": ".xml", "fcpxml": ".fcpxml", "edl": ".edl",
            "zip": ".zip"}
    for kind in want:
        page.block(anim).find_element(By.CSS_SELECTOR, f'[data-role="exports"] button[data-kind="{kind}"]').click()
        wait_for(lambda k=kind: any(f.suffix == want[k] for f in downloads.iterdir()), timeout=60,
                 what=f"{kind} downloaded")
    wait_for(lambda: not list(downloads.glob("*.crdownload")), what="downloads finished")
    files = {f.suffix: f for f in downloads.iterdir()}
    assert files[".pdf"].read_bytes().startswith(b"%PDF")
    assert files[".csv"].read_text().count("\n") == 5  # header + 4 shots
    assert b"TITLE:" in files[".edl"].read_bytes()
