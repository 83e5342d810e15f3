"""A tiny scripted R1-style GGUF model (about 2.5 MB) for real llama-cpp-python runs without downloads.

Zero attention and FFN weights leave the residual a one-hot embedding of the last token, and
`output.weight` maps token i to its successor, so the model is a fixed bigram chain: after the
assistant tag it writes SCRIPT, token by token, then EOS. The closing tag is split over two tokens, as
streamed chunks may split it. `template_opens_think` makes the chat template append ``<think>\\n``
(older R1 and the distills), so the model's output then starts inside the reasoning.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np

SCRIPT = ("<think>\n", "The peers are busy.\n", "</th", "ink>\n\n", "Studio A renders ", "the castle at dawn.",
          "\nImage: a castle at dawn in mist")  # each piece <= 32 bytes: llama-cpp-python's piece buffer
ANSWER = "Studio A renders the castle at dawn."
THINK = "The peers are busy."
IMAGE = "a castle at dawn in mist"
BYTES = 5  # id of the first byte token
USER, ASSISTANT = "<\uff5cUser\uff5c>", "<\uff5cAssistant\uff5c>"  # DeepSeek's full-width bars


def write_tiny_r1(path: Path, *, template_opens_think: bool = False) -> Path:
    import gguf

    tokens: list[bytes] = [b"<unk>", b"<s>", b"</s>", USER.encode(), ASSISTANT.encode()]
    types = [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL,
             gguf.TokenType.USER_DEFINED, gguf.TokenType.USER_DEFINED]
    assert len(tokens) == BYTES
    tokens += [f"<0x{b:02X}>".encode() for b in range(256)]
    types += [gguf.TokenType.BYTE] * 256
    script_ids = []
    for piece in SCRIPT:
        script_ids.append(len(tokens))
        tokens.append(piece.encode())
        types.append(gguf.TokenType.USER_DEFINED)
    n_vocab, n_embd, n_ff, heads = len(tokens), 320, 32, 4
    assert n_vocab <= n_embd
    w = gguf.GGUFWriter(str(path), "llama")
    w.add_name("tiny-r1")
    w.add_context_length(4096)
    w.add_embedding_length(n_embd)
    w.add_block_count(1)
    w.add_feed_forward_length(n_ff)
    w.add_head_count(heads)
    w.add_head_count_kv(heads)
    w.add_rope_dimension_count(n_embd // heads)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_file_type(gguf.LlamaFileType.ALL_F32)
    w.add_tokenizer_model("llama")
    w.add_token_list(tokens)
    w.add_token_scores([0.0] * n_vocab)
    w.add_token_types(types)
    w.add_bos_token_id(1)
    w.add_eos_token_id(2)
    w.add_unk_token_id(0)
    opener = "<think>\n" if template_opens_think else ""
    w.add_chat_template(
        "{{ bos_token }}{% for m in messages %}{% if m['role'] == 'system' %}{{ m['content'] }}"
        "{% elif m['role'] == 'user' %}" + USER + "{{ m['content'] }}{% endif %}{% endfor %}"
        + ASSISTANT + opener)
    embd = np.zeros((n_vocab, n_embd), dtype=np.float32)
    embd[np.arange(n_vocab), np.arange(n_vocab)] = 1.0  # one-hot: the residual says which token came last
    out = np.zeros((n_vocab, n_embd), dtype=np.float32)
    chain = [4, *script_ids, 2]  # assistant tag -> script -> EOS
    for a, b in itertools.pairwise(chain):
        out[b, a] = 100.0
    if template_opens_think:  # Jinja drops the template's trailing newline: the prompt ends in the byte ">"
        out[script_ids[1], BYTES + ord(">")] = 100.0
    zeros = {"attn_q": (n_embd, n_embd), "attn_k": (n_embd, n_embd), "attn_v": (n_embd, n_embd),
             "attn_output": (n_embd, n_embd), "ffn_gate": (n_ff, n_embd), "ffn_up": (n_ff, n_embd),
             "ffn_down": (n_embd, n_ff)}
    w.add_tensor("token_embd.weight", embd)
    w.add_tensor("output_norm.weight", np.ones(n_embd, dtype=np.float32))
    w.add_tensor("output.weight", out)
    w.add_tensor("blk.0.attn_norm.weight", np.ones(n_embd, dtype=np.float32))
    w.add_tensor("blk.0.ffn_norm.weight", np.ones(n_embd, dtype=np.float32))
    for name, shape in zeros.items():
        w.add_tensor(f"blk.0.{name}.weight", np.zeros(shape, dtype=np.float32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path
