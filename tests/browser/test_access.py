"""Getting into the canvas as a person does: the link logs the browser in; without it, a clear page."""

from __future__ import annotations

import pytest

pytest.importorskip("selenium")

from selenium.webdriver.common.by import By

from .canvas_page import CanvasPage
from .conftest import wait_for

pytestmark = pytest.mark.browser


def test_without_the_link_a_browser_is_told_how_to_get_it(canvas_server, browser):
    d = browser()
    d.get(f"{canvas_server.base}/board/main")
    assert "multiplex up" in d.find_element(By.TAG_NAME, "body").text
    assert not d.find_elements(By.CSS_SELECTOR, ".mx-block")


def test_the_link_logs_in_drops_the_token_and_hides_the_cookie_from_scripts(canvas_server, browser):
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    assert canvas_server.token not in page.d.current_url
    assert page.d.current_url.endswith("/board/main?who=ana")
    assert "mx_canvas_" not in page.d.execute_script("return document.cookie")  # scripts cannot read it
    assert any(c["name"].startswith("mx_canvas_") and c["httpOnly"] for c in page.d.get_cookies())
    page.d.get(f"{canvas_server.base}/board/main")  # later visits need no token
    wait_for(lambda: page.d.execute_script("return window.__mxReady || null"), timeout=30, what="canvas ready")


def test_an_unknown_board_is_created_only_when_asked(canvas_server, browser):
    page = CanvasPage(browser(), canvas_server, board="storyboard-2").open_page()
    wait_for(lambda: page.d.find_element(By.CSS_SELECTOR, '[data-role="no-board"]'), what="no-board page")
    assert not page.blocks()
    page.d.find_element(By.CSS_SELECTOR, '[data-role="create-board"]').click()
    wait_for(lambda: page.d.execute_script("return window.__mxReady || null"), timeout=30, what="new board")
    wait_for(lambda: page.blocks("intent"), what="the new board's default blocks")
