"""Canvas benchmark: a 1,000-block board in headless Chromium.

    .venv/bin/python bench/bench_canvas.py [--blocks 1000] [--seconds 4]

Measures (1) time to first interactive canvas: navigation start -> the component received the board
snapshot and the first view is drawn, fitted, and answers clicks (`window.__mxReady`), and (2) frames
per second while panning and while zooming: the viewport moves every animation frame (as a drag-pan or
a wheel/pinch zoom does) and frames are counted with requestAnimationFrame, at three zooms: fitted (the
whole board, bare rectangles), 0.3 (light cards with titles) and 1 (full blocks, only those in view
mounted), plus one zoom from the fitted view to 1 and back (it crosses every level of detail). Each
gesture reports its frame rate, its worst frame and how many frames took over 50 ms. Headless Chromium
renders in software here, so absolute numbers are a floor; track the trend.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._registry import Measure, Skip  # noqa: E402
from tests.browser.conftest import CHROMEDRIVER, CHROMIUM, start_server, stop_server  # noqa: E402

PAN_JS = """
const done = arguments[arguments.length - 1];
const flow = window.__mxFlow, seconds = arguments[0];
let frames = 0, worst = 0, long = 0, last = performance.now();
const start = last, v = flow.viewport.value;
function step(now) {
  frames++; const dt = now - last; worst = Math.max(worst, dt); if (dt > 50) long++; last = now;
  const t = (now - start) / 1000;
  flow.setViewport({ x: v.x - 400 * t, y: v.y - 120 * Math.sin(t * 2), zoom: v.zoom });
  if (now - start < seconds * 1000) requestAnimationFrame(step);
  else done({ fps: frames / ((now - start) / 1000), worst_frame_ms: worst, frames, long });
}
requestAnimationFrame(step);
"""

# Zoom about the centre of the view, between zooms z0 and z1 and back, once per `period` seconds
# (a wheel or pinch gesture); the centre stays put, as it does under the pointer.
ZOOM_JS = """
const done = arguments[arguments.length - 1];
const flow = window.__mxFlow, seconds = arguments[0], z0 = arguments[1], z1 = arguments[2], period = arguments[3];
const v = flow.viewport.value, dims = flow.dimensions.value;
const cx = (dims.width / 2 - v.x) / v.zoom, cy = (dims.height / 2 - v.y) / v.zoom;
let frames = 0, worst = 0, long = 0, last = performance.now();
const start = last;
function step(now) {
  frames++; const dt = now - last; worst = Math.max(worst, dt); if (dt > 50) long++; last = now;
  const t = (now - start) / 1000, s = 0.5 - 0.5 * Math.cos(2 * Math.PI * t / period);
  const zoom = z0 * Math.pow(z1 / z0, s);
  flow.setViewport({ x: dims.width / 2 - cx * zoom, y: dims.height / 2 - cy * zoom, zoom });
  if (now - start < seconds * 1000) requestAnimationFrame(step);
  else { flow.setViewport({ x: dims.width / 2 - cx * z0, y: dims.height / 2 - cy * z0, zoom: z0 });
         done({ fps: frames / ((now - start) / 1000), worst_frame_ms: worst, frames, long }); }
}
requestAnimationFrame(step);
"""


def measure(blocks: int, seconds: float, every_gesture: bool = True) -> dict[str, float]:
    """Start a peer with a board of `blocks`, open its canvas in headless Chromium, time and pan it
    (without `every_gesture`: only the pans and the zoom that `python -m bench` reports)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        raise Skip(f"needs Chromium and chromedriver ({CHROMIUM}, {CHROMEDRIVER})")
    home = Path(tempfile.mkdtemp(prefix="mx-bench-"))
    t0 = time.perf_counter()
    proc, url = start_server(home, "--blocks", str(blocks))
    build_s = time.perf_counter() - t0
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                "--window-size=1600,1000", f"--user-data-dir={tempfile.mkdtemp(prefix='mx-chrome-')}"):
        opts.add_argument(arg)
    try:
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    except BaseException:
        stop_server(proc)
        raise
    driver.set_script_timeout(seconds + 30)
    try:
        results = {}
        for run in ("cold", "warm"):
            driver.get(url.link("main"))  # the canvas link logs the browser in
            deadline = time.monotonic() + 120
            ready = None
            while time.monotonic() < deadline and not ready:
                ready = driver.execute_script("return window.__mxReady || null")
                time.sleep(0.05)
            nodes = driver.execute_script("return window.__mxFlow.nodes.value.length")
            rendered = driver.execute_script("return document.querySelectorAll('.vue-flow__node').length")
            results[f"first_interactive_ms_{run}"] = round(ready or -1, 1)
            results[f"snapshot_received_ms_{run}"] = driver.execute_script(
                "return Math.round((window.__mxMarks || {}).reset || -1)")
            results["nodes"] = nodes
            results["rendered_at_fit"] = rendered
        fit_zoom = driver.execute_script("return window.__mxFlow.viewport.value.zoom")
        results.update({"blocks": blocks, "server_start_s": round(build_s, 2), "fit_zoom": round(fit_zoom, 3)})

        far = "return window.__mxFar ? window.__mxFar.stats(true) : null"  # the far canvas's own work

        def gesture(name: str, script: str, *args: float) -> None:
            driver.execute_script(far)
            r = driver.execute_async_script(script, seconds, *args)
            results[f"{name}_fps"] = round(r["fps"], 1)
            results[f"{name}_worst_ms"] = round(r["worst_frame_ms"], 1)
            results[f"{name}_over50ms"] = r["long"]
            if (st := driver.execute_script(far)) and st["frames"]:
                results[f"{name}_canvas_ms"] = [round(st["ms"] / st["frames"], 2), round(st["max"], 1)]

        gesture("pan_fitted", PAN_JS)
        if every_gesture:
            gesture("zoom_fitted", ZOOM_JS, fit_zoom, min(0.19, fit_zoom * 2), 2.0)  # stays at the rectangles
        gesture("zoom_fit_to_1", ZOOM_JS, fit_zoom, 1.0, seconds)  # in to full blocks and out again
        driver.execute_script("window.__mxFlow.zoomTo(0.3)")  # light cards with titles
        gesture("pan_zoom0.3", PAN_JS)
        if every_gesture:
            gesture("zoom_0.3", ZOOM_JS, 0.25, 0.4, 2.0)
        driver.execute_script("window.__mxFlow.zoomTo(1)")
        gesture("pan_zoom1", PAN_JS)
        if every_gesture:
            gesture("zoom_1", ZOOM_JS, 0.8, 1.4, 2.0)
    finally:
        driver.quit()
        stop_server(proc)
    return results


def collect(quick: bool) -> list[Measure]:
    blocks, seconds = (200, 0.5) if quick else (1000, 4.0)
    r = measure(blocks, seconds, every_gesture=not quick)
    cmd = f"python bench/bench_canvas.py --blocks {blocks} --seconds {seconds:g}{' --reported-only' if quick else ''}"
    return [Measure(f"{blocks:,}-block board: first interactive, cold", r["first_interactive_ms_cold"], "ms", cmd),
            Measure(f"{blocks:,}-block board: first interactive, warm", r["first_interactive_ms_warm"], "ms", cmd),
            Measure("pan frame rate, fitted (whole board)", r["pan_fitted_fps"], "fps", cmd),
            Measure("pan frame rate, zoom 0.3 (cards)", r["pan_zoom0.3_fps"], "fps", cmd),
            Measure("pan frame rate, zoom 1 (full blocks)", r["pan_zoom1_fps"], "fps", cmd,
                    note="headless software rendering: a floor"),
            Measure("zoom frame rate, fitted -> 1 -> fitted", r["zoom_fit_to_1_fps"], "fps", cmd),
            Measure("worst frame, zoom fitted -> 1 -> fitted", r["zoom_fit_to_1_worst_ms"], "ms", cmd)]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--blocks", type=int, default=1000)
    p.add_argument("--seconds", type=float, default=4.0)
    p.add_argument("--reported-only", action="store_true",
                   help="only the gestures `python -m bench` reports (its quick pass)")
    args = p.parse_args()
    print(json.dumps(measure(args.blocks, args.seconds, every_gesture=not args.reported_only), indent=2))


if __name__ == "__main__":
    main()
