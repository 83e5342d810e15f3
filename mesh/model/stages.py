"""The one stage vocabulary: what a pipeline stage, a job, a capability and a workflow template call a step.

- ``still``: text (or a reference image, ``input_image``) -> image;
- ``sheet``: a character sheet (front / three-quarter / side) -> image, optionally from a reference image;
- ``clip``: ``input_image`` -> video (image-to-video, Wan2.1 I2V);
- ``restyle``: ``input_video`` + ``style_image`` -> video (reference/video-to-video, Wan2.1 VACE);
- ``transition``: ``input_image`` (first frame) + ``end_image`` (last frame) -> video (Wan2.1 FLF2V);
- ``flow``: text (the intent's, or another stage's) -> text through a LangFlow flow (prompt expansion, a
  shot list...); a later stage takes it as its ``prompt``.

Visual narration is a ``still`` job at the lowest priority, not a stage of its own.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["STAGES", "STAGE_OUTPUT", "OutputKind", "Stage"]

Stage = str
OutputKind = Literal["image", "video", "audio", "text", "asset"]

STAGE_OUTPUT: dict[Stage, OutputKind] = {
    "still": "image",
    "sheet": "image",
    "clip": "video",
    "restyle": "video",
    "transition": "video",
    "flow": "text",
}
STAGES: tuple[Stage, ...] = tuple(STAGE_OUTPUT)
