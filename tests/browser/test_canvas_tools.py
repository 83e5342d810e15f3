"""The canvas's tools driven in headless Chromium: file drop, comments, snapshots, search, cancel, shot panel."""

from __future__ import annotations

import base64
import io

import pytest

pytest.importorskip("selenium")

from PIL import Image
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from .canvas_page import CanvasPage
from .conftest import screenshot, wait_for

pytestmark = pytest.mark.browser

# Drop a file the way a desktop drag does: a DataTransfer holding a File, dispatched as dragover + drop.
DROP_JS = """
const [b64, name, mime, x, y] = arguments;
const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const dt = new DataTransfer();
dt.items.add(new File([bytes], name, { type: mime }));
const target = document.elementFromPoint(x, y);
for (const type of ['dragover', 'drop']) {
  const init = { dataTransfer: dt, clientX: x, clientY: y, bubbles: true, cancelable: true };
  target.dispatchEvent(new DragEvent(type, init));
}
return target.className;
"""


def _png() -> str:
    buf = io.BytesIO()
    Image.new("RGB", (64, 40), (255, 120, 40)).save(buf, "PNG")
    return base64.b64encode(buf.getvalue()).decode()


def _hover_tool(page: CanvasPage, block_id: str, title: str) -> None:
    """The hover tool strip appears over a block's header; click one of its buttons."""
    block = page.block(block_id)
    head = block.find_element(By.CSS_SELECTOR, ".mx-head")
    ActionChains(page.d).move_to_element(head).perform()
    button = block.find_element(By.CSS_SELECTOR, f'.mx-tools button[title^="{title}"]')
    wait_for(lambda: button.value_of_css_property("opacity") == "1", what="tool strip shown on hover")
    button.click()


def test_dropping_an_image_file_makes_a_reference_comp(canvas_server, browser):
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    pane = page.d.find_element(By.CSS_SELECTOR, ".vue-flow__pane").rect
    x, y = int(pane["x"] + 120), int(pane["y"] + pane["height"] - 140)  # empty canvas, bottom left
    page.js(DROP_JS, _png(), "backlight.png", "image/png", x, y)
    comp = wait_for(lambda: page.blocks("comp", "image"), what="a reference image comp")[0]
    img = comp.find_element(By.TAG_NAME, "img")
    assert "/assets/" in (img.get_attribute("src") or "")
    wait_for(lambda: page.js("return arguments[0].complete && arguments[0].naturalWidth", img) == 64,
             what="the dropped image served back from the asset store")


def test_comment_pinned_to_a_block_is_resolved(canvas_server, browser):
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    intent = next(iter(page.ids("intent")))
    _hover_tool(page, intent, "Comment")
    box = wait_for(lambda: page.block(intent).find_element(By.CSS_SELECTOR, ".mx-comment-input"), what="thread")
    box.send_keys("Warmer key light here?", Keys.ENTER)
    wait_for(lambda: "Warmer key light" in page.block(intent).find_element(By.CSS_SELECTOR, ".mx-thread").text,
             what="comment shown in the block's thread")
    wait_for(lambda: page.block(intent).find_element(By.CSS_SELECTOR, ".mx-badge").text.strip() == "1",
             what="open-comment badge on the block")
    screenshot(page.d, "canvas_comment")
    page.click(".mx-resolve", within=page.block(intent))
    wait_for(lambda: page.block(intent).find_elements(By.CSS_SELECTOR, ".mx-comment.resolved"), what="resolved")
    assert not page.block(intent).find_elements(By.CSS_SELECTOR, ".mx-badge")  # nothing open on the block
    page.d.execute_script("window.__mxReady = null")
    page.open()  # resolution lives in the board, not the page
    _hover_tool(page, intent, "Comment")
    wait_for(lambda: page.block(intent).find_elements(By.CSS_SELECTOR, ".mx-comment.resolved"),
             what="still resolved after reload")


def test_named_snapshot_saved_and_restored(canvas_server, browser):
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    intent = next(iter(page.ids("intent")))
    page.type_into(intent, "title", "Before the storm")
    page.click('[data-role="snapshots"]')
    name = page.d.find_element(By.CSS_SELECTOR, ".mx-snap-new input")
    name.send_keys("first cut", Keys.ENTER)
    wait_for(lambda: "first cut" in page.d.find_element(By.CSS_SELECTOR, ".mx-snaps").text, what="snapshot listed")
    page.click('[data-role="snapshots"]')  # close the popover

    page.type_into(intent, "title", "After the storm")
    page.block(intent).find_element(By.CSS_SELECTOR, ".mx-head").click()
    page.d.find_element(By.TAG_NAME, "body").send_keys(Keys.DELETE)
    wait_for(lambda: not page.blocks("intent"), what="intent deleted")

    page.click('[data-role="snapshots"]')
    snap = wait_for(lambda: page.d.find_element(By.CSS_SELECTOR, ".mx-snap"), what="snapshot row")
    snap.find_element(By.XPATH, ".//button[normalize-space()='Restore']").click()
    back = wait_for(lambda: page.blocks("intent"), what="intent restored")
    restored = back[0].get_attribute("data-id") or ""
    wait_for(lambda: page.value(restored, "title") == "Before the storm", what="the snapshot's title")


def test_search_finds_a_block_from_the_keyboard(canvas_server, browser):
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    target = page.drag_from_palette("intent", "style", offset=(-380, 260))
    page.type_into(target, "title", "Sodium streetlight haze")
    page.js("window.__mxFlow.setViewport({ x: 4000, y: 4000, zoom: 1 })")  # look somewhere else
    body = page.d.find_element(By.TAG_NAME, "body")
    body.click()
    body.send_keys(Keys.CONTROL, "k")
    box = wait_for(lambda: page.d.find_element(By.CSS_SELECTOR, ".mx-search input"), what="search box")
    box.send_keys("streetlight")
    wait_for(lambda: page.d.find_element(By.CSS_SELECTOR, ".mx-result.on").text.startswith("Sodium"),
             what="the block is the first result")
    box.send_keys(Keys.ENTER)
    wait_for(lambda: "is-selected" in (page.block(target).get_attribute("class") or ""), what="found block selected")

    def centred() -> bool:
        r = page.block(target).rect
        pane = page.d.find_element(By.CSS_SELECTOR, ".vue-flow__pane").rect
        cx, cy = r["x"] + r["width"] / 2, r["y"] + r["height"] / 2
        return abs(cx - (pane["x"] + pane["width"] / 2)) < 60 and abs(cy - (pane["y"] + pane["height"] / 2)) < 60

    wait_for(centred, what="view centred on the found block")


def test_render_cancelled_from_the_canvas(canvas_server, browser):
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    intent = next(iter(page.ids("intent")))
    page.click('[data-role="render"]', within=page.block(intent))
    wait_for(lambda: page.d.find_element(By.CSS_SELECTOR, '[data-role="confirm-render"]'), what="cost preview").click()
    wait_for(lambda: page.status(intent) == "queued", what="intent queued")
    page.click('[data-role="cancel"]', within=page.block(intent))
    wait_for(lambda: page.status(intent) == "cancelled", what="render cancelled")
    assert page.block(intent).find_elements(By.CSS_SELECTOR, '[data-role="render"]')  # can render again


def test_shot_panel_edits_every_storyboard_field(canvas_server, browser):
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    intent = next(iter(page.ids("intent")))
    page.click('[data-role="panel-toggle"]', within=page.block(intent))
    panel = wait_for(lambda: page.block(intent).find_element(By.CSS_SELECTOR, '[data-role="shot-panel"]'),
                     what="shot panel")
    last: list[object] = [None]

    def at_rest() -> bool:  # a panel opened low on the screen pulls the view up (200 ms): type once it is still
        now = panel.rect
        still, last[0] = now == last[0], now
        return still and _uncovered(page, panel)

    wait_for(at_rest, what="the shot panel at rest, above every neighbouring block")
    # the open panel hangs over the blocks below its intent (its notes' strip): its block is drawn above them
    # all, selected or not (selection raises a block; clearing it must not sink the panel under a note)
    page.d.execute_script("window.__mxFlow.removeSelectedNodes(window.__mxFlow.getSelectedNodes.value)")
    wait_for(lambda: not page.d.find_elements(By.CSS_SELECTOR, ".vue-flow__node.selected"), what="nothing selected")
    assert page.d.execute_script("""
        const mine = arguments[0].closest('.vue-flow__node')
        const z = el => Number(getComputedStyle(el).zIndex) || 0
        // above every block drawn, and above what a selected neighbour is raised to (Vue Flow: +1000)
        return z(mine) > 1000 && [...document.querySelectorAll('.vue-flow__node')].every(
          n => n === mine || z(n) < z(mine))""", panel)
    for field, text in (("scene_no", "3"), ("shot_no", "12A"), ("lens", "85mm"), ("action", "She looks up."),
                        ("dialogue", "ANA: Not again."), ("sound", "Rain, far thunder"), ("notes", "Match the cut.")):
        page.type_into(intent, field, text)
    chips = (("shot_size", "MCU"), ("angle", "low"), ("camera_move", "dolly-in"), ("transition", "dissolve"))
    for field, value in chips:
        panel.find_element(By.CSS_SELECTOR, f'[data-choice="{field}"] button[data-value="{value}"]').click()
        wait_for(lambda f=field, v=value: panel.find_element(
            By.CSS_SELECTOR, f'[data-choice="{f}"] button.on').get_attribute("data-value") == v, what=f"{field} chosen")
    slug = wait_for(lambda: page.block(intent).find_element(By.CSS_SELECTOR, '[data-role="slug"]'), what="slug line")
    wait_for(lambda: slug.text == "sc 3 sh 12A · MCU · low · dolly-in · 85mm · dissolve", what="slug line complete")
    screenshot(page.d, "canvas_shot_panel")

    page.d.execute_script("window.__mxReady = null")
    page.open()
    page.click('[data-role="panel-toggle"]', within=page.block(intent))
    wait_for(lambda: page.value(intent, "dialogue") == "ANA: Not again.", what="panel fields survive a reload")
    assert page.value(intent, "notes") == "Match the cut."
    assert page.value(intent, "shot_no") == "12A"
    panel = page.block(intent).find_element(By.CSS_SELECTOR, '[data-role="shot-panel"]')
    assert panel.find_element(By.CSS_SELECTOR, '[data-choice="angle"] button.on').text == "low"


def _uncovered(page: CanvasPage, panel) -> bool:
    """Every field of the open panel is what a click at its centre reaches (no neighbour drawn over it)."""
    return bool(page.d.execute_script("""
        return [...arguments[0].querySelectorAll('[data-field]')].every(el => {
          const r = el.getBoundingClientRect()
          const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
          return hit !== null && (hit === el || el.contains(hit))
        })""", panel))
