"""No browser-default players (issue 16 item 4), driven as a person does in headless Chromium.

A voice note (a WAV dropped on the canvas) plays in the canvas's own audio player, the animatic (built
from the default board's one shot) in the clip player with sound: no `controls` attribute anywhere, play
starts playback (time advances), a click on the scrub bar seeks, the animatic's mute toggle mutes. The
palette's intent accent is not electric blue ("rendering").
"""

from __future__ import annotations

import base64
import io
import math
import struct
import wave

import pytest

pytest.importorskip("selenium")

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from .canvas_page import CanvasPage
from .conftest import screenshot, wait_for
from .test_canvas_tools import DROP_JS

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

NATIVE = "return document.querySelectorAll('video[controls], audio[controls]').length"


def _wav(seconds: float = 3.0, rate: int = 16000) -> str:
    """A 440 Hz tone as a WAV file (base64): what a recorded voice note is, for the player."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(struct.pack("<h", int(9000 * math.sin(2 * math.pi * 440 * i / rate)))
                               for i in range(int(seconds * rate))))
    return base64.b64encode(buf.getvalue()).decode()


def _seek_click(page: CanvasPage, bar: object, fraction: float) -> None:
    """Click the scrub bar `fraction` of the way along (Selenium offsets are from the element's centre)."""
    width = page.js("return arguments[0].getBoundingClientRect().width", bar)
    ActionChains(page.d).move_to_element_with_offset(bar, int(width * (fraction - 0.5)), 0).click().perform()


def test_palette_intent_accent_is_not_rendering_blue(canvas_server, browser) -> None:
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    item = page.palette_item("intent", "scene")
    ActionChains(page.d).move_to_element(item).perform()
    wait_for(lambda: item.value_of_css_property("color") == "rgba(255, 121, 198, 1)", what="rose on hover")
    screenshot(page.d, "canvas_palette_intent_accent")
    comp = page.palette_item("comp", "note")
    ActionChains(page.d).move_to_element(comp).perform()
    wait_for(lambda: comp.value_of_css_property("color") == "rgba(255, 201, 71, 1)", what="amber comp accent")


def test_voice_note_plays_in_the_designed_player(canvas_server, browser) -> None:
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    pane = page.d.find_element(By.CSS_SELECTOR, ".vue-flow__pane").rect
    x, y = int(pane["x"] + 160), int(pane["y"] + pane["height"] - 160)  # empty canvas, bottom left
    page.js(DROP_JS, _wav(), "take-note.wav", "audio/wav", x, y)
    comp = wait_for(lambda: page.blocks("comp", "voice"), what="a voice note comp")[0]
    player = wait_for(lambda: comp.find_element(By.CSS_SELECTOR, '[data-role="voice-player"]'), what="player")
    audio = player.find_element(By.TAG_NAME, "audio")
    assert page.js(NATIVE) == 0
    wait_for(lambda: page.js("return arguments[0].duration", audio) > 2.9, what="the note's duration")
    wait_for(lambda: player.find_element(By.CSS_SELECTOR, '[data-role="time"]').text == "0:00 / 0:03", what="time")
    player.find_element(By.CSS_SELECTOR, '[data-role="play"]').click()
    wait_for(lambda: page.js("return !arguments[0].paused && arguments[0].currentTime > 0.2", audio),
             what="playing, time advancing")
    player.find_element(By.CSS_SELECTOR, '[data-role="play"]').click()
    wait_for(lambda: page.js("return arguments[0].paused", audio), what="paused")
    _seek_click(page, player.find_element(By.CSS_SELECTOR, '[data-role="scrub"]'), 0.8)
    wait_for(lambda: abs(page.js("return arguments[0].currentTime", audio) - 2.4) < 0.3, what="seek to 80 %")
    screenshot(page.d, "canvas_voice_player")


def test_animatic_plays_in_the_clip_player_with_sound(canvas_server, browser) -> None:
    page = CanvasPage(browser(), canvas_server, who="ana").open()
    before = page.ids()
    page.click('.mx-pal-item[data-kind="activity"][data-sub="animatic"]')
    anim = next(iter(wait_for(lambda: page.ids() - before, what="animatic block")))  # type: ignore[call-overload]
    page.js("window.__mxFlow.fitView({ nodes: [arguments[0]], padding: 0.2, maxZoom: 1.2 })", anim)
    wait_for(lambda: page.block(anim).find_element(By.CSS_SELECTOR, '[data-role="build-animatic"]'),
             what="build button").click()
    video = wait_for(lambda: page.block(anim).find_element(By.CSS_SELECTOR, '[data-role="animatic-player"]'),
                     timeout=180, what="the built animatic")
    assert video.tag_name == "video" and page.js(NATIVE) == 0
    wait_for(lambda: page.js("return arguments[0].duration", video) > 1, timeout=20, what="metadata")
    clip = page.block(anim).find_element(By.CSS_SELECTOR, '[data-role="clip"]')
    ActionChains(page.d).move_to_element(clip).perform()
    assert page.js("return arguments[0].paused", video)  # nothing plays on hover: it has sound
    assert not page.js("return arguments[0].muted", video)
    clip.find_element(By.CSS_SELECTOR, '[data-role="play"]').click()
    wait_for(lambda: page.js("return !arguments[0].paused && arguments[0].currentTime > 0.3", video),
             what="plays, time advancing")
    clip.find_element(By.CSS_SELECTOR, '[data-role="mute"]').click()
    wait_for(lambda: page.js("return arguments[0].muted", video), what="muted")
    clip.find_element(By.CSS_SELECTOR, '[data-role="play"]').click()
    wait_for(lambda: page.js("return arguments[0].paused", video), what="paused")
    at = page.js("return arguments[0].currentTime", video)
    duration = page.js("return arguments[0].duration", video)
    _seek_click(page, clip.find_element(By.CSS_SELECTOR, '[data-role="scrub"]'), 0.75)
    wait_for(lambda: abs(page.js("return arguments[0].currentTime", video) - 0.75 * duration) < 0.1 * duration,
             what="seek to 75 %")
    assert page.js("return arguments[0].currentTime", video) != at
    screenshot(page.d, "canvas_animatic_player")
