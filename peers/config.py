"""One frozen configuration per process, built once from `MULTIPLEX_*` environment variables and flags.

Nothing else in the project reads `os.environ`. Every error names the variable at fault.
"""

from __future__ import annotations

import os
import re
import socket
import ssl
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from platformdirs import user_data_dir

from mesh.errors import MultiplexError, SchemaError
from mesh.model.names import valid_board_name
from mesh.storage.assets import DEFAULT_UPLOAD_QUOTA
from peers.narration.settings import NARRATOR_ENV_VARS, NarratorSettings, NarratorSpecError, narrator_settings

__all__ = ["ENV_VARS", "ConfigError", "LangflowSettings", "PeerConfig", "load_peer_id"]


class ConfigError(MultiplexError):
    """A configuration value is missing or malformed; the message names the variable."""


ENV_VARS: dict[str, str] = {
    "MULTIPLEX_HOME": "data directory: boards, assets, peer id, API token (default: per-user data dir)",
    "MULTIPLEX_BOARD": "board served by default (default: demo)",
    "MULTIPLEX_NAME": "display name of this peer (default: host name)",
    "MULTIPLEX_HOST": "address to listen on (default: 0.0.0.0, every interface)",
    "MULTIPLEX_PORT": "HTTP port for canvas, API, assets and sync (default: 8470)",
    "MULTIPLEX_CPU_SLOTS": "CPU backend jobs run at once (default: 1; 0 disables the CPU backend)",
    "MULTIPLEX_COMFYUI": "comma-separated ComfyUI server URLs, one per GPU (default: none)",
    "MULTIPLEX_WORKFLOWS": "folder of your own ComfyUI API-format workflows (default: HOME/workflows)",
    "MULTIPLEX_LANGFLOW": "LangFlow server URL that runs flow stages, e.g. http://127.0.0.1:7860 (default: none)",
    "MULTIPLEX_LANGFLOW_API_KEY": "LangFlow API key (sent as x-api-key; create one in LangFlow's Settings > API Keys)",
    "MULTIPLEX_LANGFLOW_FLOW": "flow id or endpoint name a flow stage runs when it names none (default: none)",
    "MULTIPLEX_LANGFLOW_TIMEOUT": "seconds one flow run may take (default: 300)",
    "MULTIPLEX_LANGFLOW_SLOTS": "flow runs at once on the LangFlow server (default: 2)",
    "MULTIPLEX_LANGFLOW_STREAM": "1 to stream a run's events (tokens show as progress), 0 for one answer (default: 1)",
    "MULTIPLEX_INTERFACES": "comma-separated IPs for zeroconf (default: all)",
    "MULTIPLEX_DISCOVERY": "1 to find peers with zeroconf, 0 to stay alone (default: 1)",
    **NARRATOR_ENV_VARS,
    "MULTIPLEX_LOG": "log level: DEBUG, INFO, WARNING (default: INFO)",
    "MULTIPLEX_UPLOAD_QUOTA": "bytes people may upload to each board, e.g. 10G or 500M (default: 2G)",
    "MULTIPLEX_RELAY": "relay to keep a link to, e.g. wss://relay.example (ws:// only on this machine; default: none)",
    "MULTIPLEX_RELAY_TOKEN": "peer token for the board, from `multiplex relay token create --role peer` on the relay",
    "MULTIPLEX_RELAY_CA": "PEM file of a private CA (or self-signed certificate) the relay's TLS is checked against",
}

_HOST = re.compile(r"^[A-Za-z0-9.:\-\[\]]{1,255}$")


def _int(env: Mapping[str, str], key: str, default: int, lo: int, hi: int) -> int:
    raw = env.get(key)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{key}={raw!r}: expected an integer") from None
    if not lo <= value <= hi:
        raise ConfigError(f"{key}={value}: expected {lo}..{hi}")
    return value


_SIZE = re.compile(r"^\s*(\d+)\s*([KMGT]?)(?:I?B)?\s*$", re.IGNORECASE)


def _size(env: Mapping[str, str], key: str, default: int) -> int:
    """A number of bytes, plain or with a binary suffix (500M, 10G, 1TiB)."""
    raw = env.get(key)
    if raw is None or raw.strip() == "":
        return default
    match = _SIZE.match(raw)
    if match is None:
        raise ConfigError(f"{key}={raw!r}: expected a number of bytes, e.g. 2147483648, 500M or 10G")
    return int(match.group(1)) * 1024 ** "_KMGT".index(match.group(2).upper() or "_")


def _bool(env: Mapping[str, str], key: str, default: bool) -> bool:
    raw = (env.get(key) or "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{key}={raw!r}: expected 1 or 0 (true/false, yes/no, on/off)")


def _board(env: Mapping[str, str], key: str, default: str) -> str:
    raw = env.get(key) or default
    try:
        return valid_board_name(raw)
    except SchemaError as exc:
        raise ConfigError(f"{key}: {exc}") from None


def _list(env: Mapping[str, str], key: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in env.get(key, "").split(",") if item.strip())


_RELAY_TOKEN = re.compile(r"mxr_[0-9a-f]{8}_[A-Za-z0-9_-]{16,128}", re.ASCII)
_LOOPBACK = ("127.0.0.1", "::1", "localhost")


def _relay(env: Mapping[str, str]) -> tuple[str, str, Path | None]:
    """(relay base URL, token, CA file) from MULTIPLEX_RELAY*, or ("", "", None) without a relay.

    The token is a credential: no message ever repeats it. ws:// is refused beyond this machine because
    the token would cross the internet in clear; https:// and http:// are read as wss:// and ws://.
    """
    raw = (env.get("MULTIPLEX_RELAY") or "").strip()
    token = (env.get("MULTIPLEX_RELAY_TOKEN") or "").strip()
    ca_raw = (env.get("MULTIPLEX_RELAY_CA") or "").strip()
    if not raw:
        stray = [k for k, v in (("MULTIPLEX_RELAY_TOKEN", token), ("MULTIPLEX_RELAY_CA", ca_raw)) if v]
        if stray:
            raise ConfigError(f"{stray[0]} is set but MULTIPLEX_RELAY is not: set the relay's URL too, "
                              "e.g. MULTIPLEX_RELAY=wss://relay.example")
        return "", "", None
    parts = urlsplit(raw)
    scheme = {"https": "wss", "http": "ws"}.get(parts.scheme.lower(), parts.scheme.lower())
    try:
        host, _port = parts.hostname, parts.port
    except ValueError:
        host = None
    if scheme not in ("ws", "wss") or not host:
        raise ConfigError(f"MULTIPLEX_RELAY={raw!r}: expected the relay's URL, e.g. wss://relay.example")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ConfigError(f"MULTIPLEX_RELAY: expected just the relay's URL ({parts.scheme}://{host}...), without "
                          "a user, query or fragment; the token goes in MULTIPLEX_RELAY_TOKEN")
    if scheme == "ws" and host not in _LOOPBACK:
        raise ConfigError(f"MULTIPLEX_RELAY={raw!r}: ws:// would send the token unencrypted; use wss:// "
                          "(ws:// is allowed only for a relay on this machine: 127.0.0.1, ::1 or localhost)")
    if not token:
        raise ConfigError("MULTIPLEX_RELAY is set but MULTIPLEX_RELAY_TOKEN is not: create a peer token on the "
                          "relay (multiplex relay token create --board NAME --role peer) and set it here")
    if not _RELAY_TOKEN.fullmatch(token):
        raise ConfigError("MULTIPLEX_RELAY_TOKEN: not a relay token (expected mxr_<id>_<secret>, as printed by "
                          "`multiplex relay token create --role peer`)")
    ca = Path(ca_raw) if ca_raw else None
    if ca is not None:
        try:
            ssl.create_default_context().load_verify_locations(cafile=str(ca))
        except FileNotFoundError:
            raise ConfigError(f"MULTIPLEX_RELAY_CA={ca_raw!r}: no such file") from None
        except (OSError, ssl.SSLError, ValueError) as exc:
            raise ConfigError(f"MULTIPLEX_RELAY_CA={ca_raw!r}: not a readable PEM certificate file ({exc})") from None
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/"), "", "")), token, ca


@dataclass(frozen=True, kw_only=True, slots=True)
class LangflowSettings:
    """Where this peer's flow stages run (MULTIPLEX_LANGFLOW*): LangFlow is its own server, in its own venv."""

    url: str = ""  # '' : no LangFlow backend
    api_key: str = field(default="", repr=False)  # a credential: never printed with the config
    flow: str = ""
    timeout_s: float = 300.0
    slots: int = 2
    stream: bool = True


_FLOW_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")


def _langflow(env: Mapping[str, str]) -> LangflowSettings:
    """LangflowSettings from MULTIPLEX_LANGFLOW*; the key is never repeated in a message."""
    url = (env.get("MULTIPLEX_LANGFLOW") or "").strip().rstrip("/")
    key = (env.get("MULTIPLEX_LANGFLOW_API_KEY") or "").strip()
    flow = (env.get("MULTIPLEX_LANGFLOW_FLOW") or "").strip()
    if not url:
        stray = [k for k, v in (("MULTIPLEX_LANGFLOW_API_KEY", key), ("MULTIPLEX_LANGFLOW_FLOW", flow)) if v]
        if stray:
            raise ConfigError(f"{stray[0]} is set but MULTIPLEX_LANGFLOW is not: set the LangFlow server's URL too, "
                              "e.g. MULTIPLEX_LANGFLOW=http://127.0.0.1:7860")
        return LangflowSettings()
    parts = urlsplit(url)
    try:
        host = parts.hostname
    except ValueError:
        host = None
    if parts.scheme not in ("http", "https") or not host or parts.query or parts.fragment or parts.username:
        raise ConfigError(f"MULTIPLEX_LANGFLOW={url!r}: expected the LangFlow server's URL, e.g. http://127.0.0.1:7860")
    if any(c.isspace() or not c.isprintable() for c in key):
        raise ConfigError("MULTIPLEX_LANGFLOW_API_KEY: contains spaces or control characters")
    if flow and not _FLOW_NAME.match(flow):
        raise ConfigError(f"MULTIPLEX_LANGFLOW_FLOW={flow!r}: expected a flow id or endpoint name "
                          "(letters, digits, - _ .)")
    return LangflowSettings(url=url, api_key=key, flow=flow,
                            timeout_s=float(_int(env, "MULTIPLEX_LANGFLOW_TIMEOUT", 300, 1, 86_400)),
                            slots=_int(env, "MULTIPLEX_LANGFLOW_SLOTS", 2, 1, 64),
                            stream=_bool(env, "MULTIPLEX_LANGFLOW_STREAM", True))


@dataclass(frozen=True, kw_only=True, slots=True)
class PeerConfig:
    home: Path
    board: str = "demo"
    name: str = field(default_factory=socket.gethostname)
    host: str = "0.0.0.0"
    port: int = 8470
    cpu_slots: int = 1
    comfyui: tuple[str, ...] = ()
    workflows: Path | None = None
    interfaces: tuple[str, ...] = ()
    discovery: bool = True
    narrator: str = "builtin"  # the engine spec as given: builtin, llama:<path.gguf>, openai:<URL>/v1
    narrator_settings: NarratorSettings = field(default_factory=NarratorSettings)
    log_level: str = "INFO"
    canvas: bool = True
    upload_quota: int = DEFAULT_UPLOAD_QUOTA
    relay: str = ""  # base URL of the relay this peer links out to ("": none)
    relay_token: str = field(default="", repr=False)  # a credential: never printed with the config
    relay_ca: Path | None = None
    langflow: LangflowSettings = field(default_factory=LangflowSettings)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> PeerConfig:
        env = os.environ if env is None else env
        home = Path(env.get("MULTIPLEX_HOME") or user_data_dir("multiplex", appauthor=False))
        for url in _list(env, "MULTIPLEX_COMFYUI"):
            if not re.match(r"^https?://[^\s/]+", url):
                raise ConfigError(f"MULTIPLEX_COMFYUI: {url!r} is not an http(s) URL")
        host = env.get("MULTIPLEX_HOST") or "0.0.0.0"
        if not _HOST.match(host):
            raise ConfigError(f"MULTIPLEX_HOST={host!r}: not a host name or IP address")
        level = (env.get("MULTIPLEX_LOG") or "INFO").upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ConfigError(f"MULTIPLEX_LOG={level!r}: expected DEBUG, INFO, WARNING or ERROR")
        workflows = env.get("MULTIPLEX_WORKFLOWS")
        relay, relay_token, relay_ca = _relay(env)
        config = cls(
            home=home,
            board=_board(env, "MULTIPLEX_BOARD", "demo"),
            name=env.get("MULTIPLEX_NAME") or socket.gethostname(),
            host=host,
            port=_int(env, "MULTIPLEX_PORT", 8470, 1, 65535),
            cpu_slots=_int(env, "MULTIPLEX_CPU_SLOTS", 1, 0, 64),
            comfyui=_list(env, "MULTIPLEX_COMFYUI"),
            workflows=Path(workflows) if workflows else home / "workflows",
            interfaces=_list(env, "MULTIPLEX_INTERFACES"),
            discovery=_bool(env, "MULTIPLEX_DISCOVERY", True),
            narrator=env.get("MULTIPLEX_NARRATOR") or "builtin",
            log_level=level,
            upload_quota=_size(env, "MULTIPLEX_UPLOAD_QUOTA", DEFAULT_UPLOAD_QUOTA),
            relay=relay,
            relay_token=relay_token,
            relay_ca=relay_ca,
            langflow=_langflow(env),
        )
        overrides = {k: v for k, v in overrides.items() if v is not None}
        config = replace(config, **overrides) if overrides else config
        try:  # the --narrator flag (an override) is checked like MULTIPLEX_NARRATOR
            return replace(config, narrator_settings=narrator_settings(env, config.narrator))
        except NarratorSpecError as exc:
            raise ConfigError(str(exc)) from None

    @property
    def api_url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        return f"http://{host}:{self.port}"


def load_peer_id(home: Path) -> str:
    """This machine's stable peer id, created once and kept in HOME/peer_id."""
    path = Path(home) / "peer_id"
    if path.exists():
        value = path.read_text(encoding="utf-8").strip()
        if re.fullmatch(r"[A-Za-z0-9_-]{4,64}", value):
            return value
        raise ConfigError(f"{path}: malformed peer id {value!r} (delete the file to make a new one)")
    path.parent.mkdir(parents=True, exist_ok=True)
    value = f"p{uuid.uuid4().hex[:12]}"
    path.write_text(value, encoding="utf-8")
    return value
