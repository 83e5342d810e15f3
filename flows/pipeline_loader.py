"""Pipeline files: the bundled defaults in `flows/pipelines/` and the user's own in `MULTIPLEX_HOME/pipelines/`.

A pipeline file is TOML (or JSON with the same fields); `mesh.model.pipelines` says what the fields mean
and checks the graph. Here the files are read, and each stage's ``template`` is checked against the
workflows this peer knows (the bundled templates and the user's folder): it must exist and be a workflow
of the stage's kind. Every error names the file and the field. A broken bundled pipeline is a bug (it
raises); a broken user pipeline is skipped with its error kept, so one typo never stops a peer.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mesh._log import get_logger
from mesh.model.pipelines import Pipeline, PipelineError, PipelineSet, parse_pipeline
from mesh.model.scheduling import PeerCaps

from .workflows import Workflow

__all__ = ["PIPELINES_DIR", "check_templates", "describe", "load_pipeline", "load_pipelines", "peer_pipelines",
           "user_pipelines_dir"]

log = get_logger("flows.pipelines")

PIPELINES_DIR = Path(__file__).resolve().parent / "pipelines"
MAX_PIPELINE_BYTES = 256 * 1024  # a pipeline is a few stages; anything this big is not one
SUFFIXES = (".toml", ".json")


def user_pipelines_dir(home: Path) -> Path:
    return Path(home) / "pipelines"


def load_pipeline(path: Path, workflows: Iterable[Workflow] | None = None) -> Pipeline:
    """Read and check one file; PipelineError names the file and the field at fault."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PipelineError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_PIPELINE_BYTES:
        raise PipelineError(f"{path}: {len(raw)} bytes is over the limit of {MAX_PIPELINE_BYTES}")
    try:
        text = raw.decode("utf-8-sig")
        data = json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    except UnicodeDecodeError:
        raise PipelineError(f"{path}: not UTF-8 text") from None
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise PipelineError(f"{path}: not valid {path.suffix[1:].upper()}: {exc}") from None
    pipeline = parse_pipeline(data, str(path), default_name=path.stem.lower())
    if workflows is not None:
        check_templates(pipeline, workflows)
    return pipeline


def check_templates(pipeline: Pipeline, workflows: Iterable[Workflow]) -> None:
    """Every stage's template names a known workflow of the stage's kind."""
    known = {w.name: w for w in workflows}
    for i, stage in enumerate(pipeline.stages):
        if not stage.template:
            continue
        where = f"{pipeline.source or pipeline.name}: stages[{i}] ({stage.id}).template"
        if stage.kind == "flow":  # a LangFlow flow, named by the stage's `flow` field
            raise PipelineError(f"{where}: a flow stage runs a LangFlow flow (its `flow` field), not a workflow "
                                "template")
        wf = known.get(stage.template)
        if wf is None:
            names = ", ".join(sorted(known)) or "none"
            raise PipelineError(f"{where}: no template or user workflow named {stage.template!r} (known: {names})")
        if wf.stage != stage.kind:
            raise PipelineError(f"{where}: {stage.template!r} is a {wf.stage} workflow, this stage is a {stage.kind}")


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())


def load_pipelines(home: Path | None = None, *, workflows: Iterable[Workflow] | None = None,
                   errors: list[PipelineError] | None = None, bundled: Path = PIPELINES_DIR) -> PipelineSet:
    """The bundled pipelines, then the user's (a user pipeline of the same name replaces a bundled one).

    `workflows`: what this peer can run, to check template references (None skips that check). A bad user
    file is logged and appended to `errors`, never raised."""
    known = list(workflows) if workflows is not None else None
    found = [load_pipeline(p, known) for p in _files(bundled)]
    if home is not None:
        for path in _files(user_pipelines_dir(home)):
            try:
                found.append(load_pipeline(path, known))
            except PipelineError as exc:
                log.warning("skipping user pipeline: %s", exc)
                if errors is not None:
                    errors.append(exc)
    return PipelineSet(found)


def peer_pipelines(home: Path | None, user_workflows: Path | None = None,
                   errors: list[PipelineError] | None = None) -> PipelineSet:
    """What a peer offers: bundled and user pipelines, templates checked against the bundled templates and
    the user's workflows folder (a broken user workflow only means a template reference to it fails)."""
    from .workflows import load_templates, load_user_workflows

    known = load_templates()
    if user_workflows is not None and Path(user_workflows).is_dir():
        known += load_user_workflows(Path(user_workflows))
    return load_pipelines(home, workflows=known, errors=errors)


def describe(pipelines: PipelineSet, live: Iterable[PeerCaps]) -> list[dict[str, Any]]:
    """Each pipeline with the capabilities it needs and the live peers that can run it (for the CLI, the
    API and the canvas): `runnable_by` can run every stage it must run; `stages[].peers` per stage."""
    peers = list(live)
    out = []
    for p in pipelines:
        entry = p.to_dict()
        needs = [s.kind for s in p.stages if not s.optional]
        entry["needs"] = needs
        entry["optional"] = [s.kind for s in p.stages if s.optional]
        for stage in entry["stages"]:
            stage["peers"] = sorted(x.name or x.peer_id for x in peers if stage["kind"] in x.stages)
        entry["runnable_by"] = sorted(x.name or x.peer_id for x in peers if all(k in x.stages for k in needs))
        out.append(entry)
    return out
