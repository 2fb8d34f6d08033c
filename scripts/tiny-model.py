#!/usr/bin/env python3
"""Writes tests/fixtures/tiny-model.gguf: a real GGUF model small enough to commit (about 0.5 MB).

A llama-architecture model with random weights (2 layers, width 64), a SentencePiece-style
vocabulary (the 256 byte tokens, "▁", printable ASCII and a few words), a 4,096-token context and
a ChatML chat template. It says nothing sensible, but node-llama-cpp loads it, tokenizes, streams
tokens and follows a JSON-schema grammar with it, so the embedded provider is tested for real.

Run by `npm run fixtures:model`. Needs PyPI's `gguf` and `numpy`
(`python3 -m pip install gguf numpy`). The seed is fixed, so the file is the same each time.
"""

import os
import sys

try:
    import numpy as np
    from gguf import GGUFWriter, TokenType
except ImportError:
    sys.exit("This script needs PyPI's gguf and numpy: python3 -m pip install gguf numpy")

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "tiny-model.gguf")

N_EMBD = 64
N_FF = 128
N_LAYER = 2
N_HEAD = 4
N_CTX = 4096

CHATML = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


def vocabulary():
    tokens, scores, types = [], [], []

    def add(text, kind, score=0.0):
        tokens.append(text.encode("utf-8"))
        scores.append(score)
        types.append(kind)

    add("<unk>", TokenType.UNKNOWN)
    add("<s>", TokenType.CONTROL)
    add("</s>", TokenType.CONTROL)
    add("<|im_start|>", TokenType.CONTROL)
    add("<|im_end|>", TokenType.CONTROL)
    for byte in range(256):
        add(f"<0x{byte:02X}>", TokenType.BYTE)
    add("▁", TokenType.NORMAL, -1.0)
    for code in range(33, 127):
        add(chr(code), TokenType.NORMAL, -2.0)
    words = ["task", "tasks", "add", "list", "done", "buy", "the", "a", "to", "reply", "tool"]
    for word in words:
        add("▁" + word, TokenType.NORMAL, -0.5)
    return tokens, scores, types


def main():
    rng = np.random.default_rng(20261129)
    tokens, scores, types = vocabulary()
    n_vocab = len(tokens)

    writer = GGUFWriter(OUT, "llama")
    writer.add_name("tiny test model")
    writer.add_context_length(N_CTX)
    writer.add_embedding_length(N_EMBD)
    writer.add_block_count(N_LAYER)
    writer.add_feed_forward_length(N_FF)
    writer.add_head_count(N_HEAD)
    writer.add_head_count_kv(N_HEAD)
    writer.add_rope_dimension_count(N_EMBD // N_HEAD)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(1)  # mostly F16

    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores(scores)
    writer.add_token_types(types)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(4)  # <|im_end|> ends a turn
    writer.add_unk_token_id(0)
    writer.add_add_bos_token(True)
    writer.add_add_eos_token(False)
    writer.add_chat_template(CHATML)

    def weights(*shape):
        return (rng.standard_normal(shape) * 0.02).astype(np.float16)

    def ones(n):
        return np.ones(n, dtype=np.float32)

    writer.add_tensor("token_embd.weight", weights(n_vocab, N_EMBD))
    for i in range(N_LAYER):
        writer.add_tensor(f"blk.{i}.attn_norm.weight", ones(N_EMBD))
        for name in ("attn_q", "attn_k", "attn_v", "attn_output"):
            writer.add_tensor(f"blk.{i}.{name}.weight", weights(N_EMBD, N_EMBD))
        writer.add_tensor(f"blk.{i}.ffn_norm.weight", ones(N_EMBD))
        writer.add_tensor(f"blk.{i}.ffn_gate.weight", weights(N_FF, N_EMBD))
        writer.add_tensor(f"blk.{i}.ffn_up.weight", weights(N_FF, N_EMBD))
        writer.add_tensor(f"blk.{i}.ffn_down.weight", weights(N_EMBD, N_FF))
    writer.add_tensor("output_norm.weight", ones(N_EMBD))
    writer.add_tensor("output.weight", weights(n_vocab, N_EMBD))

    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    print(f"wrote {os.path.relpath(OUT)} ({os.path.getsize(OUT):,} bytes)")


if __name__ == "__main__":
    main()
