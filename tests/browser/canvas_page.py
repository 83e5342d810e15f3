"""A page object for the canvas: what a person does, in the words of the UI (used by tests and bench)."""

from __future__ import annotations

from typing import Any

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement

from .conftest import Canvas, wait_for


class CanvasPage:
    def __init__(self, driver: WebDriver, canvas: Canvas, board: str = "main", who: str = "") -> None:
        self.d = driver
        self.canvas = canvas
        self.base = canvas.base
        self.board = board
        self.who = who

    def open(self) -> CanvasPage:
        """Open the board through its canvas link, as a person does (the browser keeps the session)."""
        self.open_page()
        wait_for(lambda: self.d.execute_script("return window.__mxReady || null"), timeout=30, what="canvas ready")
        return self

    def open_page(self) -> CanvasPage:
        """Load the board's URL through the canvas link, without waiting for a canvas to be ready."""
        self.d.set_page_load_timeout(30)
        self.d.get(self.canvas.link(self.board, **({"who": self.who} if self.who else {})))
        return self

    def blocks(self, kind: str | None = None, sub: str | None = None) -> list[WebElement]:
        sel = ".mx-block"
        if kind:
            sel += f'[data-kind="{kind}"]'
        if sub:
            sel += f'[data-sub="{sub}"]'
        return self.d.find_elements(By.CSS_SELECTOR, sel)

    def block(self, block_id: str) -> WebElement:
        return self.d.find_element(By.CSS_SELECTOR, f'.mx-block[data-id="{block_id}"]')

    def ids(self, kind: str | None = None) -> set[str]:
        return {b.get_attribute("data-id") or "" for b in self.blocks(kind)}

    def palette_item(self, kind: str, sub: str) -> WebElement:
        return self.d.find_element(By.CSS_SELECTOR, f'.mx-pal-item[data-kind="{kind}"][data-sub="{sub}"]')

    def drag_from_palette(self, kind: str, sub: str, *, to: WebElement | None = None,
                          offset: tuple[int, int] = (0, 0)) -> str:
        """Drag a palette icon onto the canvas (or onto a block); returns the new block's id."""
        before = self.ids()
        item = self.palette_item(kind, sub)
        target = to or self.d.find_element(By.CSS_SELECTOR, ".vue-flow__pane")
        chain = ActionChains(self.d, duration=60)
        chain.move_to_element(item).click_and_hold().move_by_offset(30, 0).move_by_offset(60, 10)
        chain.move_to_element_with_offset(target, *offset).move_by_offset(2, 2).release().perform()
        new = wait_for(lambda: self.ids() - before, what=f"new {kind} block")
        assert isinstance(new, set)
        return next(iter(new))

    def field(self, block_id: str, name: str) -> WebElement:
        return self.block(block_id).find_element(By.CSS_SELECTOR, f'[data-field="{name}"]')

    def type_into(self, block_id: str, name: str, text: str, *, replace: bool = True) -> None:
        el = self.field(block_id, name)
        el.click()
        if replace:
            el.send_keys(Keys.CONTROL, "a")
            el.send_keys(Keys.DELETE)
        el.send_keys(text)
        self.d.execute_script("arguments[0].blur()", el)

    def value(self, block_id: str, name: str) -> str:
        return str(self.field(block_id, name).get_property("value"))

    def status(self, block_id: str) -> str:
        el = self.block(block_id).find_element(By.CSS_SELECTOR, '[data-role="status"]')
        return str(el.get_attribute("data-state"))

    def edges(self, kind: str) -> list[WebElement]:
        return self.d.find_elements(By.CSS_SELECTOR, f".vue-flow__edge.mx-edge-{kind}")

    def click(self, css: str, within: WebElement | None = None) -> None:
        (within or self.d).find_element(By.CSS_SELECTOR, css).click()

    def js(self, script: str, *args: Any) -> Any:
        return self.d.execute_script(script, *args)
