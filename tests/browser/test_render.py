"""Render from the canvas on a real CPU peer (`multiplex up`): status moves, gen.art appears."""

from __future__ import annotations

import pytest

pytest.importorskip("selenium")

from selenium.webdriver.common.by import By

from .canvas_page import CanvasPage
from .conftest import screenshot, wait_for

pytestmark = [pytest.mark.browser, pytest.mark.slow]

RENDER_TIMEOUT_S = 240.0


def test_render_on_cpu_peer_shows_progress_and_gen_art(multiplex_up, browser):
    page = CanvasPage(browser(), multiplex_up, board="demo", who="ana").open()
    intent = page.blocks("intent")[0].get_attribute("data-id")
    assert intent
    page.type_into(intent, "title", "Lantern light over a harbour at night")
    page.click('[data-role="render"]', within=page.block(intent))
    dialog = wait_for(lambda: page.d.find_element(By.CSS_SELECTOR, '[data-role="cost-preview"]'), what="cost preview")
    assert "1" in dialog.text  # one machine / GPUs / jobs are listed
    page.click('[data-role="confirm-render"]')
    seen: set[str] = set()

    def progressed() -> bool:
        seen.add(page.status(intent))
        return page.status(intent) == "done"

    wait_for(progressed, timeout=RENDER_TIMEOUT_S, what="the render to finish")
    assert seen & {"queued", "claimed", "rendering"}, f"status never moved through the pipeline: {seen}"
    wait_for(lambda: len(page.blocks("gen_art")) >= 1 or page.js(
        "return document.querySelectorAll('.vue-flow__node-gen_art').length"), what="gen.art on the canvas")
    page.click('[data-role="fit"]')
    wait_for(lambda: len(page.blocks("gen_art")) >= 2, what="still and clip gen.art", timeout=30)
    screenshot(page.d, "canvas_rendered")
