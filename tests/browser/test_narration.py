"""The narration block as a person sees it: an LLM's reasoning stays apart, collapsed behind a toggle."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("selenium")

from selenium.webdriver.common.by import By

from mesh.model.schema import BlockKind
from mesh.storage.hub import BoardHub

from .canvas_page import CanvasPage
from .conftest import screenshot, start_server, stop_server, wait_for

pytestmark = pytest.mark.browser

THINK = "The user wants the cluster narrated. Two peers are busy; keep it short."
TEXT = "studio-a is rendering the lighthouse at dusk while render-b finishes the keeper's hands."


def _board_with_reasoning(home: Path) -> None:
    hub = BoardHub(home)
    board = hub.open("main").board
    board.init_meta("main", origin="user:test")
    board.add_default_blocks(origin="user:test")
    (narration,) = board.blocks(BlockKind.NARRATION)
    board.update(narration.id, origin="peer:narrator", text=TEXT, think=THINK, narrator="llama · r1",
                 status="")
    hub.close()


def test_reasoning_is_collapsed_apart_from_the_narration(tmp_path: Path, browser, chromium_available) -> None:
    home = tmp_path / "home"
    _board_with_reasoning(home)
    proc, canvas = start_server(home)
    try:
        page = CanvasPage(browser(), canvas).open()
        (block,) = page.blocks("narration")
        wait_for(lambda: TEXT in block.text, what="the narration text")
        assert THINK not in block.text  # collapsed: the reasoning is not shown as narration
        toggle = block.find_element(By.CSS_SELECTOR, '[data-role="narration-think"] button')
        assert toggle.get_attribute("aria-expanded") == "false"
        toggle.click()
        wait_for(lambda: THINK in block.find_element(By.CSS_SELECTOR, ".mx-think-text").text, what="reasoning")
        paragraphs = [p.text for p in block.find_elements(By.CSS_SELECTOR, ".mx-prose-box > p")]
        assert paragraphs == [TEXT]  # still apart from the narration itself
        box = block.find_element(By.CSS_SELECTOR, ".mx-prose-box")
        # long narration scrolls under a fade at the top, with no native scrollbar beside it
        assert page.d.execute_script("return arguments[0].offsetWidth - arguments[0].clientWidth", box) == 0
        screenshot(page.d, "canvas_narration_reasoning")
    finally:
        stop_server(proc)
