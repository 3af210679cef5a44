"""HF transformers' bf16 RoPE (LlamaRotaryEmbedding + apply_rotary_pos_emb, rotate_half) served to
rope-audit. Pass --bf16-positions to reproduce the DeepSpeed zero.Init bug (positions held in bf16)."""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from rope_audit_adapter import serve  # noqa: E402

BASE = 10000.0
BF16_POSITIONS = "--bf16-positions" in sys.argv
torch.set_num_threads(1)


def rope(x, positions):
    d = x.shape[-1]
    inv_freq = 1.0 / (BASE ** (torch.arange(0, d, 2, dtype=torch.int64).float() / d))
    pos = positions[None, None, :].to(torch.bfloat16).float() if BF16_POSITIONS else positions[None, None, :].float()
    freqs = (inv_freq[None, :, None] @ pos).transpose(1, 2)[0]
    emb = torch.cat((freqs, freqs), dim=-1)
    cos, sin = emb.cos().to(x.dtype), emb.sin().to(x.dtype)
    return x * cos + torch.cat((-x[:, d // 2:], x[:, : d // 2]), dim=-1) * sin


serve(rope, dtype="bf16", layout="neox", base=BASE, name="torch-hf-bf16" + ("-bf16-positions" if BF16_POSITIONS else ""))
