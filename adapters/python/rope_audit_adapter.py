"""rope-audit process-protocol adapter (docs/protocol.md). Standard library only; torch is optional.

Wrap a plain function and serve it to `rope-audit ... --kernels exec:"python3 my_kernel.py"`:

    from rope_audit_adapter import serve
    def fn(x, positions):          # x: [n, d] tensor (or list of lists), positions: [n] int64
        return ...                 # same shape, in the declared dtype
    serve(fn, dtype="bf16", layout="neox", base=10000.0, name="my-kernel")

Messages are one JSON object per line on stdin/stdout; tensors travel as base64 of little-endian bits.
With torch installed, fn receives and returns torch tensors of the declared dtype; without it, lists of
floats (exact for every declared dtype) and positions as a list of ints.
"""
import base64
import json
import struct
import sys

PROTOCOL_VERSION = 1
_SIZE = {"bf16": 2, "fp16": 2, "fp32": 4, "fp64": 8}


_USE_TORCH = [True]


def _torch():
    if not _USE_TORCH[0]:
        return None
    try:
        import torch  # noqa: F401
        return torch
    except ImportError:
        return None


def _decode(dtype, raw, n, d):
    torch = _torch()
    if torch is not None:
        tdt = {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32, "fp64": torch.float64}[dtype]
        return torch.frombuffer(bytearray(raw), dtype=tdt).reshape(n, d)
    if dtype == "bf16":
        vals = [struct.unpack("<f", b"\x00\x00" + raw[2 * i:2 * i + 2])[0] for i in range(n * d)]
    else:
        fmt = {"fp16": "e", "fp32": "f", "fp64": "d"}[dtype]
        vals = list(struct.unpack("<%d%s" % (n * d, fmt), raw))
    return [vals[r * d:(r + 1) * d] for r in range(n)]


def _encode(dtype, y, n, d):
    torch = _torch()
    if torch is not None and isinstance(y, torch.Tensor):
        tdt = {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32, "fp64": torch.float64}[dtype]
        if y.dtype != tdt or tuple(y.shape) != (n, d):
            raise ValueError("fn returned %s %s, expected %s [%d, %d]" % (y.dtype, tuple(y.shape), tdt, n, d))
        return y.contiguous().view({2: torch.int16, 4: torch.int32, 8: torch.int64}[y.element_size()]).numpy().tobytes()
    flat = [v for row in y for v in row]
    if len(flat) != n * d:
        raise ValueError("fn returned %d values, expected %d" % (len(flat), n * d))
    if dtype == "bf16":
        out = bytearray()
        for v in flat:
            bits = struct.unpack("<I", struct.pack("<f", v))[0]
            bits = (bits + 0x7FFF + ((bits >> 16) & 1)) >> 16
            out += struct.pack("<H", bits & 0xFFFF)
        return bytes(out)
    return struct.pack("<%d%s" % (n * d, {"fp16": "e", "fp32": "f", "fp64": "d"}[dtype]), *flat)


def serve(fn, dtype, layout, base, name="python-kernel", rotary_dim=None, scaling=None, use_torch=True):
    """use_torch=False hands fn plain lists even where torch is installed (and skips importing it)."""
    _USE_TORCH[0] = use_torch
    if dtype not in _SIZE:
        raise ValueError("dtype must be one of %s" % ", ".join(_SIZE))
    out = sys.stdout
    for line in sys.stdin:
        msg = json.loads(line)
        if msg.get("type") == "hello":
            reply = {"type": "hello", "version": PROTOCOL_VERSION, "name": name, "dtype": dtype, "layout": layout,
                     "base": base, "rotary_dim": rotary_dim, "scaling": scaling or {"type": "none"}}
        elif msg.get("type") == "rotate":
            n, d = msg["n"], msg["head_dim"]
            try:
                x = _decode(dtype, base64.b64decode(msg["x"]), n, d)
                pos = list(struct.unpack("<%dq" % n, base64.b64decode(msg["positions"])))
                torch = _torch()
                positions = torch.tensor(pos, dtype=torch.int64) if torch is not None else pos
                y = _encode(dtype, fn(x, positions), n, d)
                reply = {"type": "result", "id": msg["id"], "y": base64.b64encode(y).decode()}
            except Exception as e:  # the kernel's failure is reported, the adapter keeps serving
                reply = {"type": "error", "id": msg["id"], "message": "%s: %s" % (type(e).__name__, e)}
        elif msg.get("type") == "bye":
            return
        else:
            reply = {"type": "error", "message": "unknown message type %r" % msg.get("type")}
        out.write(json.dumps(reply) + "\n")
        out.flush()
