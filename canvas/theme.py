"""The canvas's look, served from this process: fonts (OFL, bundled), the bundle's CSS, page chrome.

Everything is local so a session works on an offline LAN: the three typefaces are woff2 files in
`canvas/static/fonts` (with their OFL licences), icons are compiled into the bundle (lucide, ISC).
Hierarchy: Space Grotesk for titles and marks, Plus Jakarta Sans for body text, JetBrains Mono for data.
"""

from __future__ import annotations

from pathlib import Path

from nicegui import ui

__all__ = ["COLORS", "FAVICON", "STATIC_DIR", "STATIC_URL", "frame", "head_html"]

STATIC_DIR = Path(__file__).parent / "static"
STATIC_URL = "/canvas/static"
FAVICON = STATIC_DIR / "favicon.svg"  # the multiplex mark (the page would otherwise show NiceGUI's)

COLORS = {
    "bg": "#0a0a0b", "canvas": "#0d0d0d", "block": "#141416", "line": "#252527",
    "rendering": "#00e5ff", "done": "#64ffda", "error": "#ff5722", "narration": "#9c88ff", "pending": "#ffc947",
    "ink": "#f8f9fa", "ink2": "#9ca3af", "ink3": "#6b7280",
}

_FONTS = (
    ("Space Grotesk", "space-grotesk", (400, 500, 600)),
    ("Plus Jakarta Sans", "plus-jakarta-sans", (400, 500, 600)),
    ("JetBrains Mono", "jetbrains-mono", (400, 500)),
)


def _font_faces() -> str:
    rules = []
    for family, stem, weights in _FONTS:
        for weight in weights:
            rules.append(
                f"@font-face{{font-family:'{family}';font-style:normal;font-weight:{weight};font-display:swap;"
                f"src:url('{STATIC_URL}/fonts/{stem}-latin-{weight}-normal.woff2') format('woff2');}}"
            )
    return "".join(rules)


def head_html(version: str) -> str:
    """Fonts and the bundle's stylesheet (versioned so browsers refetch after an upgrade)."""
    return (
        f'<link rel="preload" href="{STATIC_URL}/fonts/space-grotesk-latin-500-normal.woff2" as="font" '
        f'type="font/woff2" crossorigin>'
        f"<style>{_font_faces()}"
        # our body face on the page itself: Quasar's default (Roboto) is then never used, so never fetched
        f"html,body{{background:{COLORS['bg']};margin:0;overflow:hidden;"
        "font-family:'Plus Jakarta Sans',ui-sans-serif,system-ui,sans-serif}"
        ".nicegui-content{padding:0!important}.q-page{min-height:0!important}</style>"
        f'<link rel="stylesheet" href="{STATIC_URL}/flow/style.css?v={version}">'
    )


def frame(version: str) -> None:
    """The page chrome every canvas page shares (no header, no drawers: the canvas is the page)."""
    ui.add_head_html(head_html(version))
    ui.query("body").style(f"background:{COLORS['bg']}")
