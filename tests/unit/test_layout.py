"""The house rules a reviewer would otherwise check by hand: dependency direction, and ruff."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("mesh", "flows", "peers", "canvas", "relay", "multiplex")
# What each package may import among the project's packages (mesh imports no sibling; peers, canvas
# and relay talk only through the shared document; multiplex is the composition root).
ALLOWED = {
    "mesh": set(),
    "flows": {"mesh"},
    "peers": {"mesh", "flows"},
    "canvas": {"mesh", "flows"},
    "relay": {"mesh", "flows"},
    "multiplex": {"mesh", "flows", "peers", "canvas", "relay"},
}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names & set(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_dependencies_point_one_way(package: str) -> None:
    offenders = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        bad = imported_packages(path) - ALLOWED[package] - {package}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert not offenders, f"{package} must not import {offenders}"


# Inside mesh: the document model is pure; storage (disk) and net (wire) build on it and not on each other;
# the shared roots (_log, const, errors) import no layer.
MESH_LAYERS = ("model", "storage", "net")
MESH_ALLOWED = {"model": set(), "storage": {"model"}, "net": {"model"}, "": set()}


def mesh_layers_imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        modules = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for module in modules:
            parts = module.split(".")
            if parts[0] == "mesh" and len(parts) > 1 and parts[1] in MESH_LAYERS:
                names.add(parts[1])
    return names


def test_mesh_layers_point_one_way() -> None:
    offenders = {}
    for path in sorted((ROOT / "mesh").rglob("*.py")):
        rel = path.relative_to(ROOT / "mesh")
        layer = rel.parts[0] if len(rel.parts) > 1 else ""
        bad = mesh_layers_imported(path) - MESH_ALLOWED[layer] - {layer}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert not offenders, f"mesh layers import the wrong way: {offenders}"


def test_each_mesh_layer_says_what_it_owns() -> None:
    for layer in MESH_LAYERS:
        doc = ast.get_docstring(ast.parse((ROOT / "mesh" / layer / "__init__.py").read_text(encoding="utf-8")))
        assert doc and len(doc) > 80, f"mesh/{layer}/__init__.py needs a docstring saying what it owns"
    loose = sorted(p.name for p in (ROOT / "mesh").glob("*.py") if p.name not in {"__init__.py", "_log.py",
                                                                                    "const.py", "errors.py"})
    assert not loose, f"every mesh module belongs to a layer (model, storage, net): {loose}"


@pytest.mark.skipif(shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(),
                    reason="ruff is not installed (it comes with the test extra)")
def test_ruff_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _module_imports(path: Path, known: set[str]) -> set[str]:
    """Project modules `path` imports anywhere in it (deferred imports inside functions included)."""
    me = _module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            candidates = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for name in candidates:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != me and not me.startswith(name + "."):  # a package's own __init__ is not a cycle
                found.add(name)
    return found


def test_no_import_cycles_between_modules() -> None:
    """A deferred import inside a function hides a cycle from the import system, not from the design."""
    paths = [p for package in PACKAGES for p in (ROOT / package).rglob("*.py")]
    known = {_module_name(p) for p in paths}
    graph = {_module_name(p): _module_imports(p, known) - {_module_name(p)} for p in paths}
    # packages' __init__ modules only re-export: drop edges into them so "a imports its package" is no cycle
    packages = {m for m, p in ((_module_name(p), p) for p in paths) if p.name == "__init__.py"}
    graph = {m: deps - packages for m, deps in graph.items()}
    cycles, state = [], {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = "open"
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == "open":
                cycles.append([*stack[stack.index(dep):], dep])
            elif dep not in state:
                visit(dep, [*stack, dep])
        state[node] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert not cycles, f"import cycles: {cycles[:5]}"
