"""Narrator settings from `MULTIPLEX_NARRATOR*` (read by `peers.config`, the one place that reads the environment).

``MULTIPLEX_NARRATOR`` chooses the engine: ``builtin`` (template narration, always available),
``llama:<path to .gguf>`` (llama-cpp-python in this process; a split model's first shard), or
``openai:<base URL ending in /v1>`` (any OpenAI-compatible server: llama-server, LM Studio, Ollama, vLLM).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from mesh.errors import MultiplexError

__all__ = ["NARRATOR_ENV_VARS", "NarratorSettings", "NarratorSpecError", "narrator_settings"]


class NarratorSpecError(MultiplexError):
    """A narrator setting is malformed; the message names the variable."""


NARRATOR_ENV_VARS: dict[str, str] = {
    "MULTIPLEX_NARRATOR": "builtin, llama:<path.gguf> (llama-cpp-python, the llm extra) or openai:<base URL "
                          "ending in /v1> (default: builtin)",
    "MULTIPLEX_NARRATOR_MODEL": "model name sent to an openai: endpoint (default: the endpoint's default)",
    "MULTIPLEX_NARRATOR_KEY": "API key for an openai: endpoint, sent as a bearer token (default: none)",
    "MULTIPLEX_NARRATOR_GPU_LAYERS": "llama: layers offloaded to the GPU, -1 all (default: -1)",
    "MULTIPLEX_NARRATOR_SPLIT_MODE": "llama: none, layer or row, how the model spreads over GPUs (default: layer)",
    "MULTIPLEX_NARRATOR_TENSOR_SPLIT": "llama: share of the model per GPU, e.g. 0.5,0.5 (default: by free memory)",
    "MULTIPLEX_NARRATOR_MAIN_GPU": "llama: GPU for the whole model (split none) or small tensors (row) (default: 0)",
    "MULTIPLEX_NARRATOR_CTX": "llama: context size in tokens (default: 8192)",
    "MULTIPLEX_NARRATOR_THREADS": "llama: CPU threads (default: llama.cpp's choice)",
    "MULTIPLEX_NARRATOR_TEMPERATURE": "sampling temperature (default: 0.6, R1's recommendation)",
    "MULTIPLEX_NARRATOR_TOP_P": "nucleus sampling (default: 0.95, R1's recommendation)",
    "MULTIPLEX_NARRATOR_MAX_TOKENS": "tokens per narration, reasoning included (default: 2048)",
}

SPLIT_MODES = {"none": 0, "layer": 1, "row": 2}


@dataclass(frozen=True, kw_only=True, slots=True)
class NarratorSettings:
    engine: str = "builtin"  # builtin | llama | openai
    target: str = ""  # the .gguf path or the /v1 base URL
    model: str = ""
    key: str = field(default="", repr=False)  # a credential: never printed
    gpu_layers: int = -1
    split_mode: int = 1
    tensor_split: tuple[float, ...] = ()
    main_gpu: int = 0
    n_ctx: int = 8192
    threads: int | None = None
    temperature: float = 0.6
    top_p: float = 0.95
    max_tokens: int = 2048

    @property
    def spec(self) -> str:
        return self.engine if self.engine == "builtin" else f"{self.engine}:{self.target}"


def parse_spec(raw: str) -> tuple[str, str]:
    """(engine, target) of a MULTIPLEX_NARRATOR / --narrator value, or NarratorSpecError saying what is allowed."""
    value = (raw or "builtin").strip()
    if value == "builtin":
        return "builtin", ""
    engine, sep, target = value.partition(":")
    target = target.strip()
    if sep and engine == "llama":
        if not target.lower().endswith(".gguf"):
            raise NarratorSpecError(f"MULTIPLEX_NARRATOR (or --narrator) {value!r}: expected llama:<path to a "
                                    ".gguf file> (for a split model, its first shard, ...-00001-of-0000N.gguf)")
        return "llama", target
    if sep and engine == "openai":
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https") or not parts.netloc or not parts.path.rstrip("/").endswith("/v1"):
            raise NarratorSpecError(f"MULTIPLEX_NARRATOR (or --narrator) {value!r}: expected openai:<base URL ending "
                                    "in /v1>, e.g. "
                                    "openai:http://127.0.0.1:8080/v1")
        return "openai", target.rstrip("/")
    raise NarratorSpecError(f"MULTIPLEX_NARRATOR (or --narrator) {value!r}: expected builtin, llama:<path.gguf> or "
                            "openai:<base URL ending in /v1>")


def _number(env: Mapping[str, str], key: str, default: float, lo: float, hi: float, *, integer: bool) -> float:
    raw = (env.get(key) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise NarratorSpecError(f"{key}={raw!r}: expected a number from {lo:g} to {hi:g}") from None
    if not lo <= value <= hi or (integer and not value.is_integer()):
        kind = "a whole number" if integer else "a number"
        raise NarratorSpecError(f"{key}={raw!r}: expected {kind} from {lo:g} to {hi:g}")
    return value


def narrator_settings(env: Mapping[str, str], spec: str | None = None) -> NarratorSettings:
    """Every narrator setting, checked; `spec` (the --narrator flag) wins over MULTIPLEX_NARRATOR."""
    engine, target = parse_spec(spec if spec is not None else env.get("MULTIPLEX_NARRATOR", ""))
    split_raw = (env.get("MULTIPLEX_NARRATOR_SPLIT_MODE") or "layer").strip().lower()
    if split_raw not in SPLIT_MODES:
        raise NarratorSpecError(f"MULTIPLEX_NARRATOR_SPLIT_MODE={split_raw!r}: expected none, layer or row")
    shares: tuple[float, ...] = ()
    raw_shares = (env.get("MULTIPLEX_NARRATOR_TENSOR_SPLIT") or "").strip()
    if raw_shares:
        try:
            shares = tuple(float(s) for s in raw_shares.split(","))
        except ValueError:
            shares = ()
        if not shares or any(not 0 <= s < 1e6 for s in shares) or sum(shares) <= 0:
            raise NarratorSpecError(f"MULTIPLEX_NARRATOR_TENSOR_SPLIT={raw_shares!r}: expected shares per GPU, "
                                    "e.g. 0.5,0.5")
    threads = _number(env, "MULTIPLEX_NARRATOR_THREADS", 0, 0, 1024, integer=True)
    return NarratorSettings(
        engine=engine, target=target,
        model=(env.get("MULTIPLEX_NARRATOR_MODEL") or "").strip(),
        key=(env.get("MULTIPLEX_NARRATOR_KEY") or "").strip(),
        gpu_layers=int(_number(env, "MULTIPLEX_NARRATOR_GPU_LAYERS", -1, -1, 100_000, integer=True)),
        split_mode=SPLIT_MODES[split_raw], tensor_split=shares,
        main_gpu=int(_number(env, "MULTIPLEX_NARRATOR_MAIN_GPU", 0, 0, 63, integer=True)),
        n_ctx=int(_number(env, "MULTIPLEX_NARRATOR_CTX", 8192, 0, 1_048_576, integer=True)),
        threads=int(threads) or None,
        temperature=_number(env, "MULTIPLEX_NARRATOR_TEMPERATURE", 0.6, 0, 2, integer=False),
        top_p=_number(env, "MULTIPLEX_NARRATOR_TOP_P", 0.95, 0, 1, integer=False),
        max_tokens=int(_number(env, "MULTIPLEX_NARRATOR_MAX_TOKENS", 2048, 16, 131_072, integer=True)),
    )


def model_path(settings: NarratorSettings) -> Path:
    return Path(settings.target)
