"""Directives: stage prefixes reach only their stage; workflow slots are directives of their own name."""

from __future__ import annotations

import pytest

from mesh.errors import DirectiveError
from mesh.model.directives import Directives, parse_directives
from mesh.model.jobs import parse_directives as reexported


def test_jobs_still_exports_the_parser() -> None:
    assert reexported is parse_directives


def test_a_stage_prefix_wins_for_its_stage_and_does_not_leak() -> None:
    d = parse_directives({"workflow": "flux1_dev_t2i", "clip.workflow": "wan21_i2v_720p", "still.steps": 20,
                          "steps": 30, "clip.priority": 0, "priority": 5, "seed": 7})
    still, clip = d.for_stage("still"), d.for_stage("clip")
    assert (still.workflow, still.extra["steps"], still.priority, still.seed) == ("flux1_dev_t2i", 20, 5, 7)
    assert (clip.workflow, clip.extra["steps"], clip.priority, clip.seed) == ("wan21_i2v_720p", 30, 0, 7)
    assert d.for_stage("sheet").workflow == "flux1_dev_t2i"  # unprefixed: every stage
    assert d.workflow == "flux1_dev_t2i" and "clip.workflow" not in d.as_params()
    assert clip.stages == {} and clip.for_stage("clip") == clip


def test_only_a_stage_prefixed_directive_leaves_other_stages_alone() -> None:
    d = parse_directives({"still.workflow": "illustrious_sdxl_t2i"})
    assert d.for_stage("still").workflow == "illustrious_sdxl_t2i"
    assert d.for_stage("clip").workflow is None and "workflow" not in d.for_stage("clip").as_params()


def test_stage_prefixed_values_are_checked_and_named() -> None:
    with pytest.raises(DirectiveError, match=r"clip\.fps"):
        parse_directives({"clip.fps": 300})
    with pytest.raises(DirectiveError, match="steps"):
        parse_directives({"still.steps": "many"})


def test_a_slot_is_a_directive_of_its_own_name() -> None:
    d = parse_directives({"color": 255, "slot.lora": " castle_v2 ", "guidance": "3.5", "denoise": 0.6})
    assert d.slots == {"color": 255, "lora": "castle_v2"}
    assert d.as_params() == {"slot.color": 255, "slot.lora": "castle_v2", "guidance": 3.5, "denoise": 0.6}
    assert parse_directives({"clip.color": 3}).for_stage("clip").slots == {"color": 3}


@pytest.mark.parametrize(("raw", "match"), [
    ({"denoise": 1.5}, "denoise"), ({"guidance": "x"}, "guidance"),
    ({"prompt": "a castle"}, "filled by the pipeline"), ({"input_image": "x.png"}, "filled by the pipeline"),
    ({"color": [1, 2]}, "number or a short text"), ({"color": True}, "number or a short text"),
    ({"color": ""}, "number or a short text"), ({"bad name": 1}, "unknown directive 'bad name'"),
    ({"foo.bar": 1}, "unknown directive 'foo.bar'"),
])
def test_nonsense_is_refused(raw: dict[str, object], match: str) -> None:
    with pytest.raises(DirectiveError, match=match):
        parse_directives(raw)


def test_known_slots_make_unknown_names_errors_that_list_them() -> None:
    assert parse_directives({"color": 1}, slots={"color"}).slots == {"color": 1}
    with pytest.raises(DirectiveError, match=r"unknown directive 'colour' .*seed.*slots of the known workflows: color"):
        parse_directives({"colour": 1}, slots={"color"})


def test_defaults() -> None:
    assert parse_directives({}) == Directives() and parse_directives({}).for_stage("clip").as_params() == {}
