"""The sequence as an OpenTimelineIO timeline, and through OTIO's adapters as FCP7 XML, FCPXML and CMX 3600.

One video track, one clip per shot in sequence order: its source range is the shot's cut-in to cut-out
and its media's available range the whole rendered take, so the rest are handles for transitions. A clip points at its
chosen take (the video, else the still) and carries the take's provenance — intent, prompt, seed, model,
workflow, machine — under ``metadata["multiplex"]``, so an editor's timeline can always be traced back to
the board and re-rendered. A shot with nothing rendered yet stays in the cut as a clip with a missing
reference (it keeps its length: the cut's timing does not change when the take lands).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from flows.deliverables.shots import ExportError, Shot, Take

__all__ = ["ADAPTERS", "RATE", "build_timeline", "write_timeline"]

RATE = 24.0
# KIND -> (adapter name, the PyPI package that provides it); otio_json ships with opentimelineio itself
ADAPTERS = {
    "otio": ("otio_json", "opentimelineio"),
    "fcp7": ("fcp_xml", "otio-fcp-adapter"),
    "fcpxml": ("fcpx_xml", "otio-fcpx-xml-adapter"),
    "edl": ("cmx_3600", "otio-cmx3600-adapter"),
}

MediaUrl = Callable[[Take], str | None]


def _otio() -> Any:
    try:
        import opentimelineio
    except ImportError:
        raise ExportError("timeline exports need OpenTimelineIO: pip install opentimelineio") from None
    return opentimelineio


def _file_url(take: Take) -> str | None:
    return take.path.resolve().as_uri() if take.path is not None else None


def build_timeline(shots: list[Shot], *, name: str, media_url: MediaUrl = _file_url) -> Any:
    """An `otio.schema.Timeline`; `media_url` maps a take to what the clip points at (a file URL by default)."""
    otio = _otio()
    timeline = otio.schema.Timeline(name=name or "multiplex")
    timeline.global_start_time = otio.opentime.RationalTime(0, RATE)
    track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    timeline.tracks.append(track)
    for shot in shots:
        frames = max(round(shot.edit_s * RATE), 1)
        duration = otio.opentime.RationalTime(frames, RATE)
        cut_in = otio.opentime.RationalTime(round(shot.cut_in * RATE), RATE)
        take = shot.clip or shot.still
        url = media_url(take) if take is not None else None
        if take is not None and url:
            # the whole rendered take: what lies outside the cut points is the handles for transitions
            length = max(round(shot.duration_s * RATE), round(shot.cut_in * RATE) + frames)
            available = otio.opentime.TimeRange(otio.opentime.RationalTime(0, RATE),
                                                otio.opentime.RationalTime(length, RATE))
            ref = otio.schema.ExternalReference(target_url=url, available_range=available)
            ref.name = Path(url).name
        else:
            ref = otio.schema.MissingReference()
        clip = otio.schema.Clip(
            name=f"{shot.number} {shot.title}"[:80].strip(), media_reference=ref,
            source_range=otio.opentime.TimeRange(cut_in, duration),
        )
        clip.metadata["multiplex"] = _provenance(shot, take)
        clip.metadata["cmx_3600"] = {"reel": f"SH{shot.index + 1:03d}"}  # EDL reels are 8 characters at most
        track.append(clip)
    return timeline


def _provenance(shot: Shot, take: Take | None) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "intent": shot.intent_id, "shot": shot.number, "title": shot.title, "prompt": shot.prompt,
        "duration_s": shot.duration_s, "cut_in": shot.cut_in, "cut_out": shot.cut_out,
        "camera": dict(shot.camera),
    }
    if take is not None:
        meta.update(take=take.gen_art_id, stage=take.stage, asset=take.asset, seed=take.seed, model=take.model,
                    workflow=take.workflow, machine=take.machine, backend=take.backend, job=take.job_id)
    return meta


def write_timeline(shots: list[Shot], kind: str, out: Path, *, name: str, media_url: MediaUrl = _file_url) -> None:
    """Write `kind` (otio, fcp7, fcpxml, edl); a missing adapter is named with the package that provides it."""
    if kind not in ADAPTERS:
        raise ExportError(f"unknown timeline format {kind!r} (known: {', '.join(ADAPTERS)})")
    otio = _otio()
    adapter, package = ADAPTERS[kind]
    if adapter not in otio.adapters.available_adapter_names():
        raise ExportError(f"the {kind} export needs the OTIO adapter {adapter!r}: pip install {package}")
    timeline = build_timeline(shots, name=name, media_url=media_url)
    otio.adapters.write_to_file(timeline, str(out), adapter_name=adapter)
