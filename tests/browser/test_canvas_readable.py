"""Issue 16 items 3, 4 and 6 as a person sees them: readable status, no browser-default pieces, search.

One prepared board (written before the server starts): an intent rendering on a named machine, one that
failed there, an idle one, a free note comp and intents whose titles and descriptions compete in search.
Every check reads the page (DOM geometry, computed styles, loaded resources), never sleeps.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("selenium")

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from mesh.const import MAX_ATTEMPTS
from mesh.model.claims import ClaimAgent
from mesh.model.jobs import jobs, plan_render
from mesh.model.roster import Roster
from mesh.storage.hub import BoardHub

from .canvas_page import CanvasPage
from .conftest import screenshot, served, wait_for

pytestmark = pytest.mark.browser

PEER = "p-7f3a9c2e41"
MACHINE = "studio-a-workstation-under-the-stairs"
REASON = "CUDA out of memory while decoding the VAE"


def _prepared(home: Path) -> dict[str, str]:
    hub = BoardHub(home)
    board = hub.open("main").board
    board.init_meta("main", origin="user:test")
    Roster(board, PEER, name=MACHINE).announce(stages={"still": ["cpu"], "clip": ["cpu"]})
    o = "user:test"
    ids = {
        "rendering": board.add_intent("Lantern light over a harbour at night", origin=o, x=0, y=0).id,
        "failed": board.add_intent("The keeper's hands", origin=o, x=360, y=0).id,
        "idle": board.add_intent("Gulls over the breakwater", origin=o, x=720, y=0).id,
        "storm_desc": board.add_intent("Quiet morning", origin=o, x=0, y=300, description="after the storm").id,
        "storm_title": board.add_intent("Storm over the valley", origin=o, x=360, y=300).id,
        "storm_inner": board.add_intent("A late storm", origin=o, x=720, y=300).id,
    }
    ids["note"] = board.add_block("comp", "note", origin=o, x=0, y=600, title="Note", text="warm backlight").id
    plan_render(board, [ids["rendering"], ids["failed"]], requested_by=o)
    agent = ClaimAgent(board, PEER)
    first = {i: next(j for j in jobs(board, intent_id=i) if j.stage == "still")
             for i in (ids["rendering"], ids["failed"])}
    claim = agent.claim(first[ids["rendering"]].id)
    assert agent.confirm(first[ids["rendering"]].id, claim)  # started: "rendering" on PEER
    for _ in range(MAX_ATTEMPTS):
        agent.fail(first[ids["failed"]].id, agent.claim(first[ids["failed"]].id), REASON)
    hub.close()
    return ids


@pytest.fixture
def prepared(tmp_path: Path, browser: Any, chromium_available: None):
    ids = _prepared(tmp_path / "home")
    with served(tmp_path / "home") as canvas:
        yield CanvasPage(browser(), canvas).open(), ids


RECT = ("const r = arguments[0].getBoundingClientRect(); "
        "return {l: r.left, t: r.top, r: r.right, b: r.bottom, w: r.width, h: r.height}")


def rect(page: CanvasPage, el: Any) -> dict[str, float]:
    return page.js(RECT, el)


def overlaps(a: dict[str, float], b: dict[str, float]) -> bool:
    return a["l"] < b["r"] and b["l"] < a["r"] and a["t"] < b["b"] and b["t"] < a["b"]


def luminance(rgb: str) -> float:
    parts = [float(x) for x in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3]]
    lin = [(c / 255 / 12.92) if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in parts]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(fg: str, bg: str) -> float:
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def focus(page: CanvasPage, block_id: str, zoom: float = 1.0) -> None:
    page.js("window.__mxFlow.fitView({nodes: [arguments[0]], minZoom: arguments[1], maxZoom: arguments[1], "
            "padding: 0.5})", block_id, zoom)
    wait_for(lambda: page.block(block_id).is_displayed() and abs(zoom_of(page) - zoom) < 0.01,
             what="the block in view at full size")


def zoom_of(page: CanvasPage) -> float:
    return float(page.js("return window.__mxFlow.viewport.value.zoom"))


def test_status_names_the_machine_keeps_the_percentage_and_agrees_with_its_state(prepared) -> None:
    page, ids = prepared
    focus(page, ids["rendering"])
    status = wait_for(lambda: page.block(ids["rendering"]).find_element(By.CSS_SELECTOR, '[data-role="status"]'),
                      what="status")
    assert status.get_attribute("data-state") == "rendering"
    text = status.text.lower()
    assert text.startswith("rendering"), text  # the words say the state the colour says
    machine = page.block(ids["rendering"]).find_element(By.CSS_SELECTOR, '[data-role="machine"]')
    assert machine.text == f"on {MACHINE}" or machine.text.startswith("on studio-a"), machine.text
    assert MACHINE in machine.get_attribute("textContent")  # a name, never the peer id
    assert PEER not in page.block(ids["rendering"]).get_attribute("textContent")
    pct = status.find_element(By.CSS_SELECTOR, '[data-role="pct"]')
    assert pct.text == "0%"
    head = page.block(ids["rendering"]).find_element(By.CSS_SELECTOR, ".mx-head")
    p, h = rect(page, pct), rect(page, head)
    assert p["w"] > 10 and p["l"] >= h["l"] and p["r"] <= h["r"] + 0.5, (p, h)  # the long machine name gives way
    assert page.js("return arguments[0].scrollWidth <= arguments[0].clientWidth + 1", pct)
    for state in ("failed", "idle"):
        el = page.block(ids[state]).find_element(By.CSS_SELECTOR, '[data-role="status"]')
        assert el.get_attribute("data-state") == state and el.text.lower().startswith(state), el.text
    screenshot(page.d, "canvas_status_rendering")


def test_hover_tools_sit_above_the_header(prepared) -> None:
    page, ids = prepared
    focus(page, ids["rendering"])
    block = page.block(ids["rendering"])
    ActionChains(page.d).move_to_element(block.find_element(By.CSS_SELECTOR, ".mx-head")).perform()
    tools = block.find_element(By.CSS_SELECTOR, ".mx-tools")
    wait_for(lambda: page.js("return getComputedStyle(arguments[0]).opacity", tools) == "1", what="tools shown")
    t, h = rect(page, tools), rect(page, block.find_element(By.CSS_SELECTOR, ".mx-head"))
    assert not overlaps(t, h), (t, h)
    assert t["b"] >= h["t"] - 2  # touching the block: the pointer reaches them without leaving the hover
    ActionChains(page.d).move_to_element(tools.find_element(By.CSS_SELECTOR, 'button[title^="Duplicate"]')).perform()
    assert page.js("return getComputedStyle(arguments[0]).opacity", tools) == "1"  # still hovered on the way up
    screenshot(page.d, "canvas_hover_tools")


def test_idle_text_is_readable_and_failure_is_coral_with_its_reason_one_click_away(prepared) -> None:
    page, ids = prepared
    focus(page, ids["idle"])
    idle = page.block(ids["idle"]).find_element(By.CSS_SELECTOR, '[data-role="status"]')
    color = page.js("return getComputedStyle(arguments[0]).color", idle)
    assert contrast(color, "rgb(20, 20, 22)") >= 4.5, color  # the block's gradient is #151517..#121214
    focus(page, ids["failed"])
    block = page.block(ids["failed"])
    assert "is-failed" in block.get_attribute("class")
    coral = page.js("return getComputedStyle(arguments[0], '::before').backgroundColor", block)
    assert coral == "rgb(255, 87, 34)", coral
    assert not block.find_elements(By.CSS_SELECTOR, '[data-role="reason"]')  # one click away, not in the way
    block.find_element(By.CSS_SELECTOR, '[data-role="status"]').click()
    reason = wait_for(lambda: block.find_element(By.CSS_SELECTOR, '[data-role="reason"]'), what="the reason")
    assert REASON in reason.text and MACHINE in reason.text and PEER not in reason.text, reason.text
    r, b = rect(page, reason), rect(page, block)
    assert b["l"] <= r["l"] and r["r"] <= b["r"]  # drawn on the block, readable
    screenshot(page.d, "canvas_failed_reason")


def test_pick_a_pipeline_on_the_block(prepared) -> None:
    page, ids = prepared
    focus(page, ids["idle"])

    def chip() -> object:  # found anew each time: Vue may re-render the block between two looks
        return page.block(ids["idle"]).find_element(By.CSS_SELECTOR, '[data-role="pipeline"]')

    def runs() -> str:
        return chip().get_attribute("data-runs")  # type: ignore[attr-defined]

    wait_for(lambda: runs() == "scene", what="its sub-kind's default, said on the block")
    wait_for(lambda: chip().click() or True, what="the pipeline chip clicked")  # type: ignore[attr-defined]

    def menu() -> object:
        return page.block(ids["idle"]).find_element(By.CSS_SELECTOR, '[data-role="pipelines"]')

    wait_for(lambda: MACHINE in menu().text, what="which live machine runs each")  # type: ignore[attr-defined]
    names = wait_for(lambda: [b.get_attribute("data-pipeline")
                              for b in menu().find_elements(By.CSS_SELECTOR, "[data-pipeline]")],  # type: ignore[attr-defined]
                     what="the pipelines listed")
    assert {"scene", "character", "style", "transition"} <= set(names)  # type: ignore[arg-type]
    screenshot(page.d, "canvas_pipeline_menu")
    wait_for(lambda: menu().find_element(By.CSS_SELECTOR, '[data-pipeline="transition"]').click() or True,  # type: ignore[attr-defined]
             what="transition picked")
    wait_for(lambda: runs() == "transition", what="the block to say transition")
    page.d.refresh()
    wait_for(lambda: page.js("return window.__mxReady || null"), timeout=30, what="canvas ready")
    focus(page, ids["idle"])
    wait_for(lambda: runs() == "transition", what="the choice back after a reload (written to the board)")


def test_search_ranks_title_matches_first(prepared) -> None:
    page, _ = prepared
    page.d.find_element(By.CSS_SELECTOR, "body").send_keys(Keys.CONTROL, "k")
    box = wait_for(lambda: page.d.find_element(By.CSS_SELECTOR, ".mx-search input"), what="search")
    box.send_keys("storm")
    wait_for(lambda: len(page.d.find_elements(By.CSS_SELECTOR, ".mx-result")) == 3, what="three results")
    titles = [r.find_element(By.CSS_SELECTOR, "b").text for r in page.d.find_elements(By.CSS_SELECTOR, ".mx-result")]
    assert titles == ["Storm over the valley", "A late storm", "Quiet morning"], titles  # title start, title, text


def test_no_browser_default_pieces(prepared) -> None:
    page, ids = prepared
    body_font = page.js("return getComputedStyle(document.body).fontFamily")
    assert body_font.startswith('"Plus Jakarta Sans"'), body_font
    fonts = page.js("return performance.getEntriesByType('resource').map(r => r.name)"
                    ".filter(n => /\\.(woff2?|ttf|otf)/.test(n))")
    assert fonts and all("/canvas/static/fonts/" in f for f in fonts), fonts  # no Roboto, no Material icons
    icon = page.js("return document.querySelector('link[rel~=\"icon\"]').href")
    svg = page.js("return fetch(arguments[0]).then(r => r.text())", icon)
    assert "<svg" in svg and "#00e5ff" in svg, icon  # our mark, not NiceGUI's
    # letter-spacing only on display text: body text is set normally
    desc = page.block(ids["storm_desc"]).find_element(By.CSS_SELECTOR, '[data-field="description"]')
    assert page.js("return getComputedStyle(arguments[0]).letterSpacing", desc) == "normal"
    # the palette's tooltips are on screen, outside the palette's (scrolling) box
    item = page.palette_item("comp", "note")
    ActionChains(page.d).move_to_element(item).perform()
    tip = wait_for(lambda: page.d.find_element(By.CSS_SELECTOR, '[data-role="palette-tip"]'), what="tooltip")
    t, pal = rect(page, tip), rect(page, page.d.find_element(By.CSS_SELECTOR, ".mx-palette"))
    assert tip.text == "Note" and t["l"] >= pal["r"] and t["r"] <= page.js("return innerWidth"), t
    assert page.js("return !arguments[0].closest('.mx-palette')", tip)
    screenshot(page.d, "canvas_palette_tip")


def test_text_grows_without_a_native_scrollbar(prepared) -> None:
    page, ids = prepared
    focus(page, ids["idle"])
    page.type_into(ids["idle"], "description", "Gulls wheel over the breakwater. " * 3)
    field = page.field(ids["idle"], "description")
    wait_for(lambda: page.js("return arguments[0].scrollHeight <= arguments[0].clientHeight + 1", field),
             what="the field to grow to its text")
    assert page.js("return getComputedStyle(arguments[0]).overflowY", field) == "hidden"
    assert page.js("return arguments[0].clientHeight", field) > 3 * 18  # more than its three starting rows


def test_comp_handle_can_be_grabbed_and_connected(prepared) -> None:
    page, ids = prepared
    focus(page, ids["note"], 1.0)
    handle = page.block(ids["note"]).find_element(By.CSS_SELECTOR, ".vue-flow__handle.source")
    r = rect(page, handle)
    center = [(r["l"] + r["r"]) / 2, (r["t"] + r["b"]) / 2]
    hit = page.js("return document.elementFromPoint(arguments[0], arguments[1])", *center)
    assert hit == handle, page.js("return arguments[0] && arguments[0].className", hit)  # not clipped away
    page.js("window.__mxFlow.setViewport({x: 200, y: 100, zoom: 0.8})")
    wait_for(lambda: abs(zoom_of(page) - 0.8) < 0.01, what="zoom")
    r = rect(page, handle)
    assert page.js("return document.elementFromPoint(arguments[0], arguments[1])",
                   (r["l"] + r["r"]) / 2, (r["t"] + r["b"]) / 2) == handle  # at any zoom
    target = page.block(ids["storm_desc"]).find_element(By.CSS_SELECTOR, '.vue-flow__handle[data-handleid="in"]')
    ActionChains(page.d, duration=80).click_and_hold(handle).move_by_offset(20, 0).move_to_element(target) \
        .move_by_offset(1, 0).release().perform()
    wait_for(lambda: page.edges("comp"), what="a comp edge drawn from the grabbed handle")


def test_selected_is_not_rendering_blue_and_the_grid_shows_at_every_zoom(prepared) -> None:
    page, ids = prepared
    focus(page, ids["idle"])
    page.block(ids["idle"]).find_element(By.CSS_SELECTOR, ".mx-head").click()
    wait_for(lambda: "is-selected" in page.block(ids["idle"]).get_attribute("class"), what="selected")
    border = page.js("return getComputedStyle(arguments[0]).borderTopColor", page.block(ids["idle"]))
    assert border != "rgb(0, 229, 255)" and "0, 229, 255" not in border, border
    for zoom in (0.05, 0.12, 0.3, 1.0, 3.0):
        page.js("window.__mxFlow.setViewport({x: 0, y: 0, zoom: arguments[0]})", zoom)
        wait_for(lambda z=zoom: abs(zoom_of(page) - z) < 1e-3, what="zoom")

        def dots() -> tuple[float, float] | None:
            got = page.js("""const p = document.querySelector('.vue-flow__background pattern');
                const c = p && p.querySelector('circle'); if (!c) return null;
                return [parseFloat(p.getAttribute('width')), parseFloat(c.getAttribute('r')) * 2]""")
            return tuple(got) if got else None

        wait_for(lambda z=zoom: abs(float(page.js(GRID_ZOOM) or 0) - z) < 1e-3, what="the grid drawn for the zoom")
        gap, dot = wait_for(dots, what="the dot pattern")
        assert 12 <= gap <= 80 and 0.9 <= dot <= 8, (zoom, gap, dot)  # visible, never a solid grey wash
        assert grid_covers_view(page), zoom
    # During a zoom gesture the drawn dots are scaled by a transform, not redrawn every frame; they are
    # redrawn for the zoom once it rests, and the scaled layer covers the view all along.
    page.js("window.__mxFlow.setViewport({x: 0, y: 0, zoom: 1})")
    wait_for(lambda: abs(float(page.js(GRID_ZOOM) or 0) - 1) < 1e-3, what="the grid drawn at zoom 1")
    for zoom in (1.1, 1.3, 0.9, 0.7):  # one gesture: each step well inside the rest time
        page.js("window.__mxFlow.setViewport({x: -37, y: -11, zoom: arguments[0]})", zoom)
        got = page.js("""const s = document.querySelector('svg.mx-dots'), p = s.querySelector('pattern');
            const m = new DOMMatrix(getComputedStyle(s).transform);
            const shift = parseFloat(p.getAttribute('patternTransform').match(/-?[0-9.]+/)[0]);
            return [parseFloat(s.dataset.zoom), parseFloat(p.getAttribute('width')), m.a, m.e, m.f, shift]""")
        drawn, width, scale, x0, y0, shift = got
        assert drawn == 1 and abs(scale - zoom) < 1e-6, (zoom, got)  # scaled, not redrawn
        k = width * scale  # the gap on screen
        assert 12 <= k <= 80, (zoom, got)  # the dots on screen stay a visible grid
        for origin, at in ((x0, -37), (y0, -11)):  # and sit where a grid drawn for this zoom puts them
            off = (origin + scale * shift - (at - (1 + k / 2))) % k
            assert min(off, k - off) < 1.5, (zoom, got, off)
        assert grid_covers_view(page), zoom
    wait_for(lambda: abs(float(page.js(GRID_ZOOM) or 0) - 0.7) < 1e-3, what="the grid redrawn once the zoom rests")
    assert abs(page.js("return new DOMMatrix(getComputedStyle(document.querySelector('svg.mx-dots')).transform).a")
               - 1) < 1e-6
    assert grid_covers_view(page)


GRID_ZOOM = "const s = document.querySelector('svg.mx-dots'); return s && s.dataset.zoom"


def grid_covers_view(page) -> bool:
    """The dot layer's box contains the visible board's box (no bare edge while it is scaled)."""
    return page.js("""const g = document.querySelector('svg.mx-dots').getBoundingClientRect();
        const v = document.querySelector('.vue-flow').getBoundingClientRect();
        return g.left <= v.left + 0.5 && g.top <= v.top + 0.5
            && g.right >= v.right - 0.5 && g.bottom >= v.bottom - 0.5""")


def test_commit_gpus_only_where_gpus_are_committed(prepared) -> None:
    page, ids = prepared
    focus(page, ids["idle"])
    page.click('[data-role="render"]', within=page.block(ids["idle"]))
    dialog = wait_for(lambda: page.d.find_element(By.CSS_SELECTOR, '[data-role="cost-preview"]'), what="preview")
    gpus = dialog.find_elements(By.CSS_SELECTOR, ".mx-cost b")[1].text
    label = dialog.find_element(By.CSS_SELECTOR, '[data-role="confirm-render"]').text
    assert gpus == "0" and label in ("Render on CPU", "Queue render"), (gpus, label)  # the machine has no GPU
    page.d.find_element(By.CSS_SELECTOR, "body").send_keys(Keys.ESCAPE)
    wait_for(lambda: not page.d.find_elements(By.CSS_SELECTOR, '[data-role="cost-preview"]'), what="closed")
