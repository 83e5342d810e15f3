"""End to end, as typed: `multiplex up`, a render on the CPU backend, then `multiplex export` of the
animatic (with progress), the PDF sheets and an EDL, each read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import av
import pytest

from tests.integration.test_cli_e2e import Peer, free_port

pytestmark = pytest.mark.slow


@pytest.fixture
def peer(tmp_path: Path) -> Iterator[Peer]:
    p = Peer(tmp_path / "home", free_port())
    try:
        yield p
    finally:
        p.stop()


def test_render_then_export_animatic_pdf_and_edl(peer: Peer, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    otio = pytest.importorskip("opentimelineio")
    peer.start()
    shot = peer.cli("intent", "add", "A lighthouse at dusk", "--duration", "2").stdout.strip()
    peer.cli("comp", "add", shot, "--directive", "duration=2", "--directive", "fps=8")
    peer.cli("render", shot, "--wait")

    animatic = tmp_path / "cut.mp4"
    done = peer.cli("export", "animatic", "-o", str(animatic), "--size", "320x180", "--burn-in")
    assert "wrote" in done.stdout and "10 s" in done.stdout  # the default intent (8 s, a card) + 2 s
    assert done.stderr.splitlines()[-1].startswith("100%")
    with av.open(str(animatic)) as c:
        assert abs(c.duration / 1_000_000 - 10.0) < 0.05
        assert {s.type for s in c.streams} == {"video", "audio"}

    sheet = tmp_path / "sheets.pdf"
    peer.cli("export", "pdf", "-o", str(sheet), "--per-page", "3")
    text = pypdf.PdfReader(str(sheet)).pages[0].extract_text()
    assert text.count("SHOT ") == 2 and "A lighthouse at dusk" in text

    edl = tmp_path / "cut.edl"
    peer.cli("export", "edl", "-o", str(edl))
    clips = list(otio.adapters.read_from_file(str(edl), adapter_name="cmx_3600").find_clips())
    assert [c.duration().to_seconds() for c in clips] == [8.0, 2.0]

    bad = peer.cli("export", "pdf", "--board", "nope", "-o", str(tmp_path / "x.pdf"), check=False)
    assert bad.returncode == 1 and "not served by this peer" in bad.stderr
