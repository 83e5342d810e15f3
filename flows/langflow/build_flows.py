"""Rebuild the example flows in this folder with LangFlow's own graph API (run it with LangFlow's python).

    ~/langflow-venv/bin/python flows/langflow/build_flows.py flows/langflow

- expand_prompt.json: Chat Input -> Combine Text (appends a shot description) -> Chat Output, endpoint
  ``expand-prompt``: the flow `flows/pipelines/expanded_scene.toml` runs as its ``flow`` stage (swap the
  Combine Text for a Prompt and a model to expand with an LLM);
- storyboard_script.json: Chat Input (a script) -> Multiplex Storyboard -> Chat Output, endpoint
  ``storyboard-script``: one intent per paragraph on a multiplex board, rendered.

It imports LangFlow (lfx), so it never runs in multiplex's own environment (docs/langflow.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SUFFIX = "cinematic film still, dramatic light, 35mm, shallow depth of field"


def export(graph: object, name: str, description: str) -> str:
    dumped = graph.dump(name=name)  # type: ignore[attr-defined]
    return json.dumps({"name": name, "endpoint_name": name, "description": description, **dumped}, indent=1)


def main(out: Path) -> None:
    sys.path.insert(0, str(out / "components" / "multiplex"))
    from lfx.components.input_output import ChatInput, ChatOutput
    from lfx.components.processing.combine_text import CombineTextComponent
    from lfx.graph import Graph
    from multiplex_board import MultiplexStoryboard

    chat_in, combine, chat_out = ChatInput(_id="ChatInput-in"), CombineTextComponent(_id="CombineText-expand"), \
        ChatOutput(_id="ChatOutput-out")
    combine.set(text1=chat_in.message_response, text2=SUFFIX, delimiter=", ")
    chat_out.set(input_value=combine.combine_texts)
    (out / "expand_prompt.json").write_text(export(Graph(chat_in, chat_out), "expand-prompt",
                                                   "Expands an intent's text into a detailed image prompt "
                                                   "(swap the Combine Text for an LLM)."), encoding="utf-8")

    chat_in, board, chat_out = ChatInput(_id="ChatInput-script"), MultiplexStoryboard(_id="MultiplexStoryboard-1"), \
        ChatOutput(_id="ChatOutput-out")
    board.set(script=chat_in.message_response)
    chat_out.set(input_value=board.summary)
    (out / "storyboard_script.json").write_text(export(Graph(chat_in, chat_out), "storyboard-script",
                                                       "Storyboards a short script into intents on a multiplex "
                                                       "board and renders them."), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent))
