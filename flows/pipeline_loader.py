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

from mesh._log import get_logger
from mesh.model.pipelines import Pipeline, PipelineError, PipelineSet, parse_pipeline

from .workflows import Workflow

__all__ = ["PIPELINES_DIR", "check_templates", "load_pipeline", "load_pipelines", "user_pipelines_dir"]

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
