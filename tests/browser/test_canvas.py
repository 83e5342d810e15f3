"""The canvas driven for real in headless Chromium: palette drag, typing, comps, render, convergence, reload."""

from __future__ import annotations

import pytest

pytest.importorskip("selenium")

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from .canvas_page import CanvasPage
from .conftest import screenshot, wait_for

pytestmark = pytest.mark.browser


def test_new_board_opens_with_default_blocks(canvas_server, browser):
    page = CanvasPage(browser(), canvas_server).open()
    kinds = {b.get_attribute("data-kind") for b in page.blocks()}
    assert kinds == {"intent", "activity", "narration", "visual_narration"}
    assert len(page.d.find_elements(By.CSS_SELECTOR, ".mx-pal-item")) == 15
    screenshot(page.d, "canvas_default_board")


def test_drag_type_attach_render_and_reload(canvas_server, browser):
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    intent = page.drag_from_palette("intent", "character", offset=(-300, 200))
    assert page.block(intent).get_attribute("data-sub") == "character"

    page.type_into(intent, "title", "She turns, startled")
    page.type_into(intent, "description", "Close on her face; a door slams off-screen.")

    note = page.drag_from_palette("comp", "note", to=page.block(intent), offset=(0, 0))
    wait_for(lambda: len(page.edges("comp")) == 1, what="comp edge to the intent")
    page.type_into(note, "text", "Keep the handheld wobble subtle.")

    page.click('[data-role="render"]', within=page.block(intent))
    dialog = wait_for(lambda: page.d.find_element(By.CSS_SELECTOR, '[data-role="cost-preview"]'), what="cost preview")
    assert "She turns" in dialog.text
    screenshot(page.d, "canvas_cost_preview")
    page.click('[data-role="confirm-render"]')
    wait_for(lambda: page.status(intent) == "queued", what="intent queued")
    screenshot(page.d, "canvas_render_queued")

    page.d.execute_script("window.__mxReady = null")
    page.open()  # a reload: everything comes back from the server's document
    assert page.value(intent, "title") == "She turns, startled"
    assert page.value(intent, "description") == "Close on her face; a door slams off-screen."
    assert page.value(note, "text") == "Keep the handheld wobble subtle."
    assert len(page.edges("comp")) == 1
    assert page.status(intent) == "queued"


def test_keyboard_delete_undo_redo(canvas_server, browser):
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    intent = page.drag_from_palette("intent", "scene", offset=(-200, 220))
    page.block(intent).find_element(By.CSS_SELECTOR, ".mx-head").click()
    body = page.d.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.DELETE)
    wait_for(lambda: intent not in page.ids(), what="intent deleted")
    body.send_keys(Keys.CONTROL, "z")
    wait_for(lambda: len(page.blocks("intent")) == 2, what="undo brings it back")
    body.send_keys(Keys.CONTROL, Keys.SHIFT, "z")
    wait_for(lambda: len(page.blocks("intent")) == 1, what="redo removes it again")


def test_two_sessions_converge(canvas_server, browser):
    ana = CanvasPage(browser(), canvas_server, who="ana").open()
    ben = CanvasPage(browser(), canvas_server, who="ben").open()
    intent = ana.drag_from_palette("intent", "scene", offset=(-250, 200))
    wait_for(lambda: intent in ben.ids(), what="ben sees ana's intent")

    ben.type_into(intent, "description", "Rain on the window.")
    wait_for(lambda: ana.value(intent, "description") == "Rain on the window.", what="ana sees ben's words")
    # both type at once in different places of the same text: both keep their words
    a = ana.field(intent, "description")
    b = ben.field(intent, "description")
    a.click()
    a.send_keys(Keys.HOME, "Night. ")
    b.click()
    b.send_keys(Keys.END, " Thunder.")
    ana.js("arguments[0].blur()", a)
    ben.js("arguments[0].blur()", b)
    expected = "Night. Rain on the window. Thunder."
    wait_for(lambda: ana.value(intent, "description") == expected == ben.value(intent, "description"),
             what="both sessions converge on both edits")
    wait_for(lambda: len(ana.d.find_elements(By.CSS_SELECTOR, ".mx-avatar")) == 2, what="presence shows two people")
    screenshot(ana.d, "canvas_two_people")
