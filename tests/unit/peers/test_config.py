"""Peer configuration from MULTIPLEX_* variables: every error names the variable; the peer id is stable."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import certifi
import pytest

from peers.config import ENV_VARS, ConfigError, PeerConfig, load_peer_id

TOKEN = "mxr_0123abcd_" + "s3cr3t-_" * 5 + "xyz"


def test_defaults_from_an_empty_environment(tmp_path: Path) -> None:
    config = PeerConfig.from_env({"MULTIPLEX_HOME": str(tmp_path)})
    assert config.home == tmp_path
    assert (config.board, config.host, config.port, config.cpu_slots) == ("demo", "0.0.0.0", 8470, 1)
    assert config.comfyui == () and config.interfaces == () and config.discovery is True
    assert config.workflows == tmp_path / "workflows"
    assert (config.narrator, config.log_level, config.canvas) == ("builtin", "INFO", True)
    assert config.name
    assert config.api_url == "http://127.0.0.1:8470"


def test_every_variable_is_read(tmp_path: Path) -> None:
    env = {
        "MULTIPLEX_HOME": str(tmp_path / "home"), "MULTIPLEX_BOARD": "ep01", "MULTIPLEX_NAME": "studio-a",
        "MULTIPLEX_HOST": "192.168.1.20", "MULTIPLEX_PORT": "9000", "MULTIPLEX_CPU_SLOTS": "0",
        "MULTIPLEX_COMFYUI": " http://127.0.0.1:8188 , http://127.0.0.1:8189,", "MULTIPLEX_WORKFLOWS":
        str(tmp_path / "wf"), "MULTIPLEX_INTERFACES": "192.168.1.20", "MULTIPLEX_DISCOVERY": "off",
        "MULTIPLEX_NARRATOR": "openai:http://127.0.0.1:8080/v1", "MULTIPLEX_LOG": "debug",
        "MULTIPLEX_UPLOAD_QUOTA": "10G", "MULTIPLEX_RELAY": "wss://relay.example/mx/", "MULTIPLEX_RELAY_TOKEN":
        TOKEN, "MULTIPLEX_RELAY_CA": certifi.where(),
        "MULTIPLEX_LANGFLOW": "http://127.0.0.1:7860/", "MULTIPLEX_LANGFLOW_API_KEY": "sk-abc",
        "MULTIPLEX_LANGFLOW_FLOW": "expand-prompt", "MULTIPLEX_LANGFLOW_TIMEOUT": "60",
        "MULTIPLEX_LANGFLOW_SLOTS": "3", "MULTIPLEX_LANGFLOW_STREAM": "0",
        **NARRATOR_ENV,
    }
    assert set(env) == set(ENV_VARS)
    config = PeerConfig.from_env(env)
    assert config.board == "ep01" and config.name == "studio-a" and config.port == 9000 and config.cpu_slots == 0
    assert config.comfyui == ("http://127.0.0.1:8188", "http://127.0.0.1:8189")
    assert config.workflows == tmp_path / "wf" and config.interfaces == ("192.168.1.20",)
    assert config.discovery is False and config.log_level == "DEBUG"
    assert config.upload_quota == 10 * 1024**3
    lf = config.langflow
    assert (lf.url, lf.api_key, lf.flow, lf.timeout_s, lf.slots, lf.stream) == (
        "http://127.0.0.1:7860", "sk-abc", "expand-prompt", 60.0, 3, False)
    assert "sk-abc" not in repr(config), "the LangFlow key is a credential"
    assert config.api_url == "http://192.168.1.20:9000"
    assert (config.relay, config.relay_token, config.relay_ca) == ("wss://relay.example/mx", TOKEN,
                                                                   Path(certifi.where()))
    n = config.narrator_settings
    assert (n.engine, n.target, n.model, n.key, n.gpu_layers, n.split_mode, n.tensor_split, n.main_gpu, n.n_ctx,
            n.threads, n.temperature, n.top_p, n.max_tokens) == (
        "openai", "http://127.0.0.1:8080/v1", "r1", "sk-local", 40, 2, (0.6, 0.4), 1, 4096, 8, 0.5, 0.9, 512)
    assert "sk-local" not in repr(config)


NARRATOR_ENV = {
    "MULTIPLEX_NARRATOR_MODEL": "r1", "MULTIPLEX_NARRATOR_KEY": "sk-local", "MULTIPLEX_NARRATOR_GPU_LAYERS": "40",
    "MULTIPLEX_NARRATOR_SPLIT_MODE": "row", "MULTIPLEX_NARRATOR_TENSOR_SPLIT": "0.6,0.4",
    "MULTIPLEX_NARRATOR_MAIN_GPU": "1", "MULTIPLEX_NARRATOR_CTX": "4096", "MULTIPLEX_NARRATOR_THREADS": "8",
    "MULTIPLEX_NARRATOR_TEMPERATURE": "0.5", "MULTIPLEX_NARRATOR_TOP_P": "0.9", "MULTIPLEX_NARRATOR_MAX_TOKENS": "512",
}


@pytest.mark.parametrize(("key", "value"), [
    ("MULTIPLEX_PORT", "http"), ("MULTIPLEX_PORT", "0"), ("MULTIPLEX_PORT", "70000"), ("MULTIPLEX_PORT", "8470.5"),
    ("MULTIPLEX_CPU_SLOTS", "-1"), ("MULTIPLEX_CPU_SLOTS", "many"), ("MULTIPLEX_COMFYUI", "127.0.0.1:8188"),
    ("MULTIPLEX_COMFYUI", "http://ok:1,ftp://x"), ("MULTIPLEX_HOST", "my host"), ("MULTIPLEX_HOST", "a;b"),
    ("MULTIPLEX_LOG", "LOUD"), ("MULTIPLEX_DISCOVERY", "maybe"), ("MULTIPLEX_BOARD", "CON"),
    ("MULTIPLEX_BOARD", "../etc"), ("MULTIPLEX_UPLOAD_QUOTA", "lots"), ("MULTIPLEX_UPLOAD_QUOTA", "-1"),
    ("MULTIPLEX_UPLOAD_QUOTA", "1.5G"),
])
def test_a_bad_value_raises_naming_the_variable(tmp_path: Path, key: str, value: str) -> None:
    with pytest.raises(ConfigError, match=key):
        PeerConfig.from_env({"MULTIPLEX_HOME": str(tmp_path), key: value})


@pytest.mark.parametrize(("value", "expected"), [("", 2 * 1024**3), ("1048576", 1024**2), ("500M", 500 * 1024**2),
                                                 ("2g", 2 * 1024**3), ("1TiB", 1024**4), ("0", 0)])
def test_upload_quota_in_bytes_or_with_a_suffix(tmp_path: Path, value: str, expected: int) -> None:
    config = PeerConfig.from_env({"MULTIPLEX_HOME": str(tmp_path), "MULTIPLEX_UPLOAD_QUOTA": value})
    assert config.upload_quota == expected


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("yes", True), ("TRUE", True), ("0", False),
                                                 ("no", False), ("False", False), ("", True)])
def test_discovery_switch(tmp_path: Path, value: str, expected: bool) -> None:
    config = PeerConfig.from_env({"MULTIPLEX_HOME": str(tmp_path), "MULTIPLEX_DISCOVERY": value})
    assert config.discovery is expected


def test_overrides_win_and_none_means_not_given(tmp_path: Path) -> None:
    config = PeerConfig.from_env({"MULTIPLEX_HOME": str(tmp_path), "MULTIPLEX_PORT": "9000"}, port=9100,
                                 host=None, canvas=False)
    assert (config.port, config.host, config.canvas) == (9100, "0.0.0.0", False)


def test_config_is_frozen(tmp_path: Path) -> None:
    config = PeerConfig.from_env({"MULTIPLEX_HOME": str(tmp_path)})
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.port = 1  # type: ignore[misc]


def test_peer_id_is_created_once_and_stable(tmp_path: Path) -> None:
    home = tmp_path / "new home"
    first = load_peer_id(home)
    assert first == load_peer_id(home) == (home / "peer_id").read_text(encoding="utf-8")
    assert load_peer_id(tmp_path / "other") != first


def test_peer_id_written_by_hand_is_kept_and_whitespace_ignored(tmp_path: Path) -> None:
    (tmp_path / "peer_id").write_text("studio-a_01\r\n", encoding="utf-8")  # Notepad adds CRLF
    assert load_peer_id(tmp_path) == "studio-a_01"


@pytest.mark.parametrize("garbage", ["", "abc", "has space", "../../etc", "x" * 65, "pé-unicode", "a/b"])
def test_a_malformed_peer_id_is_refused_naming_the_file(tmp_path: Path, garbage: str) -> None:
    (tmp_path / "peer_id").write_text(garbage, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"peer_id.*delete the file"):
        load_peer_id(tmp_path)
    assert (tmp_path / "peer_id").read_text(encoding="utf-8") == garbage  # never overwritten silently


def _relay_env(tmp_path: Path, **env: str) -> dict[str, str]:
    return {"MULTIPLEX_HOME": str(tmp_path), "MULTIPLEX_RELAY_TOKEN": TOKEN, **env}


@pytest.mark.parametrize(("value", "expected"), [
    ("wss://relay.example", "wss://relay.example"), ("https://relay.example:8443/", "wss://relay.example:8443"),
    ("ws://127.0.0.1:9000", "ws://127.0.0.1:9000"), ("http://localhost:9000", "ws://localhost:9000"),
    ("ws://[::1]:9000/", "ws://[::1]:9000"), ("WSS://Relay.Example/base/", "wss://Relay.Example/base"),
])
def test_the_relay_url_is_a_websocket_base(tmp_path: Path, value: str, expected: str) -> None:
    assert PeerConfig.from_env(_relay_env(tmp_path, MULTIPLEX_RELAY=value)).relay == expected


def test_no_relay_by_default(tmp_path: Path) -> None:
    config = PeerConfig.from_env({"MULTIPLEX_HOME": str(tmp_path)})
    assert (config.relay, config.relay_token, config.relay_ca) == ("", "", None)


@pytest.mark.parametrize(("env", "key", "says"), [
    ({"MULTIPLEX_RELAY": "relay.example"}, "MULTIPLEX_RELAY", "expected the relay's URL"),
    ({"MULTIPLEX_RELAY": "ftp://relay.example"}, "MULTIPLEX_RELAY", "expected the relay's URL"),
    ({"MULTIPLEX_RELAY": "wss://relay.example:http"}, "MULTIPLEX_RELAY", "expected the relay's URL"),
    ({"MULTIPLEX_RELAY": "ws://relay.example"}, "MULTIPLEX_RELAY", "unencrypted"),
    ({"MULTIPLEX_RELAY": "http://192.168.1.9:8470"}, "MULTIPLEX_RELAY", "unencrypted"),
    ({"MULTIPLEX_RELAY": "wss://relay.example/?token=x"}, "MULTIPLEX_RELAY", "MULTIPLEX_RELAY_TOKEN"),
    ({"MULTIPLEX_RELAY": "wss://me:pw@relay.example"}, "MULTIPLEX_RELAY", "without a user"),
    ({"MULTIPLEX_RELAY": "wss://relay.example", "MULTIPLEX_RELAY_TOKEN": ""}, "MULTIPLEX_RELAY_TOKEN",
     "token create"),
    ({"MULTIPLEX_RELAY": "wss://relay.example", "MULTIPLEX_RELAY_TOKEN": "hunter2"}, "MULTIPLEX_RELAY_TOKEN",
     "not a relay token"),
    ({"MULTIPLEX_RELAY": "", "MULTIPLEX_RELAY_TOKEN": "", "MULTIPLEX_RELAY_CA": "ca.pem"}, "MULTIPLEX_RELAY_CA",
     "MULTIPLEX_RELAY is not"),
    ({"MULTIPLEX_RELAY": ""}, "MULTIPLEX_RELAY_TOKEN", "MULTIPLEX_RELAY is not"),
    ({"MULTIPLEX_RELAY": "wss://relay.example", "MULTIPLEX_RELAY_CA": "missing.pem"}, "MULTIPLEX_RELAY_CA",
     "no such file"),
])
def test_a_bad_relay_setting_names_its_variable_and_never_the_token(tmp_path: Path, env: dict[str, str], key: str,
                                                                    says: str) -> None:
    with pytest.raises(ConfigError) as caught:
        PeerConfig.from_env(_relay_env(tmp_path, **env))
    message = str(caught.value)
    assert key in message and says in message
    assert TOKEN not in message and "hunter2" not in message


def test_a_relay_ca_that_is_not_a_certificate_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "ca.pem"
    junk.write_text("not a certificate", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"MULTIPLEX_RELAY_CA.*PEM"):
        PeerConfig.from_env(_relay_env(tmp_path, MULTIPLEX_RELAY="wss://relay.example",
                                       MULTIPLEX_RELAY_CA=str(junk)))


def test_the_relay_token_is_not_in_the_configs_repr(tmp_path: Path) -> None:
    config = PeerConfig.from_env(_relay_env(tmp_path, MULTIPLEX_RELAY="wss://relay.example"))
    assert config.relay_token == TOKEN and TOKEN not in repr(config)


@pytest.mark.parametrize(("env", "problem"), [
    ({"MULTIPLEX_LANGFLOW_API_KEY": "sk-secret1"}, "MULTIPLEX_LANGFLOW_API_KEY is set but MULTIPLEX_LANGFLOW is not"),
    ({"MULTIPLEX_LANGFLOW": "localhost:7860"}, "MULTIPLEX_LANGFLOW='localhost:7860': expected the LangFlow"),
    ({"MULTIPLEX_LANGFLOW": "http://127.0.0.1:7860", "MULTIPLEX_LANGFLOW_FLOW": "a flow"},
     "MULTIPLEX_LANGFLOW_FLOW='a flow'"),
    ({"MULTIPLEX_LANGFLOW": "http://127.0.0.1:7860", "MULTIPLEX_LANGFLOW_SLOTS": "0"}, "MULTIPLEX_LANGFLOW_SLOTS=0"),
    ({"MULTIPLEX_LANGFLOW": "http://127.0.0.1:7860", "MULTIPLEX_LANGFLOW_API_KEY": "sk-secret1 x"},
     "MULTIPLEX_LANGFLOW_API_KEY: contains spaces"),
])
def test_a_bad_langflow_setting_names_its_variable_and_never_the_key(tmp_path: Path, env: dict[str, str],
                                                                     problem: str) -> None:
    with pytest.raises(ConfigError) as err:
        PeerConfig.from_env({"MULTIPLEX_HOME": str(tmp_path), **env})
    assert problem in str(err.value) and "sk-secret1" not in str(err.value)


def test_no_langflow_by_default(tmp_path: Path) -> None:
    assert PeerConfig.from_env({"MULTIPLEX_HOME": str(tmp_path)}).langflow.url == ""
