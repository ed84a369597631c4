"""Red flags close in meaning to what the person wrote (issue 9, item 2: "a
semantic layer proposes and the person confirms"). Plain Python and numpy,
no Rasa, no PyTorch, no network.

The lexicon (bot/nlu/lexicon.py) finds a red flag in the words its classes
know; its `hints` (bot/nlu/hints.py) catch words that point towards one. People
still describe an emergency in words nobody listed ("went all swimmy and ended
up on the pavement"). This layer compares the meaning of the whole message with
the red flags:

- `StaticEmbedder` turns a message into one vector: the mean of its tokens'
  vectors. The vectors and the tokenizer are WordLlama's `l2_supercat` 256-d
  model (MIT licence), whose files ship inside the `wordllama` wheel on PyPI;
  `scripts/fetch_semantic_model.py` (run by `make setup`) takes the two files
  out of the wheel, and they are loaded only when their SHA-256 is the one
  pinned in `MODEL_FILES`. The wheel itself is not installed (it needs numpy 2
  and pydantic 2, which Rasa 3.6 excludes): `BpeTokenizer` reads the
  tokenizer's own file and gives the same token ids as Hugging Face's
  `tokenizers` (tests/nlu/test_semantic.py checks ids recorded from it).
- `RedFlagProximity` holds, per red flag, a logistic regression over those
  vectors and the probability above which it speaks, fitted on the labelled
  lay development sentences by scripts/fit_semantic_hints.py (which writes
  `bot/nlu/semantic_hints.json`, with the sets it was fitted on and what it
  measured on sets left out).

A red flag close in meaning becomes a HINT, exactly like a lexicon hint: the
interview asks that red flag's own yes/no question first, and the person's
answer decides. It never records a finding, present or absent, and a red flag
the message states or denies is never hinted.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
#: Where `make setup` puts the model's files (env SEMANTIC_MODEL_DIR overrides).
DEFAULT_MODEL_DIR = ROOT / ".cache" / "semantic-model"
#: The fitted red-flag classifiers (scripts/fit_semantic_hints.py).
DEFAULT_HINTS_PATH = Path(__file__).with_name("semantic_hints.json")

#: The wheel the files come from, and the files' pinned SHA-256 (checked at every load).
WHEEL = "wordllama==0.4.0.post1"
MODEL_FILES = {
    "weights": ("wordllama/weights/l2_supercat_256.safetensors",
                "64b47a2dc493cb8e85944076601189739852d7b64e0e1eedcb1937a251cd9fd5"),
    "tokenizer": ("wordllama/tokenizers/l2_supercat_tokenizer_config.json",
                  "93248f2a9ec36c7b35f700a033d5f36228aae48db61aee31007fa49062cdeb68"),
}

#: Values of env SEMANTIC_HINTS that turn the layer off (the lexicon and its hints still work).
OFF = {"0", "off", "false", "no"}

WORD_START = "\u2581"  # "▁": SentencePiece's mark of a space


class SemanticModelError(RuntimeError):
    pass


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def configured_model_dir() -> Path:
    """Where the model's files are: env SEMANTIC_MODEL_DIR, else `DEFAULT_MODEL_DIR`
    (the fetch script writes where the layer reads)."""
    return Path(os.environ.get("SEMANTIC_MODEL_DIR") or DEFAULT_MODEL_DIR)


def model_file(model_dir: Path, kind: str) -> Path:
    """The file `kind` ("weights" or "tokenizer") in `model_dir`, after checking its SHA-256."""
    inside, expected = MODEL_FILES[kind]
    path = model_dir / Path(inside).name
    if not path.is_file():
        raise SemanticModelError(f"{path} is missing: run `make setup` (scripts/fetch_semantic_model.py), "
                                 "or set SEMANTIC_HINTS=off to run without the semantic layer")
    actual = sha256_of(path)
    if actual != expected:
        raise SemanticModelError(f"{path}: SHA-256 {actual} is not the pinned {expected}")
    return path


# --- tokenizer ---------------------------------------------------------------------------

class BpeTokenizer:
    """The SentencePiece-style BPE of the model's tokenizer file (Hugging Face
    `tokenizers` JSON: normalizer "prepend ▁, spaces to ▁", no pre-tokenizer,
    byte fallback, `<s>` first). No merge joins across a "▁" that follows
    another character (checked when loading), so each word is merged on its
    own and remembered."""

    def __init__(self, vocab: Mapping[str, int], merges: Sequence[Tuple[str, str]], bos: str = "<s>",
                 unk: str = "<unk>") -> None:
        self.vocab = dict(vocab)
        self.ranks = {pair: rank for rank, pair in enumerate(merges)}
        self.bos_id = self.vocab[bos]
        self.unk_id = self.vocab[unk]
        if any(re.search(f"[^{WORD_START}]{WORD_START}", token) for token in self.vocab):
            raise SemanticModelError("a token joins a space after a character: words cannot be merged alone")
        self._word_ids = lru_cache(maxsize=65536)(self._merge_word)

    @classmethod
    def from_file(cls, path: Path) -> "BpeTokenizer":
        spec = json.loads(Path(path).read_text(encoding="utf-8"))
        model = spec["model"]
        if model.get("type") != "BPE" or not model.get("byte_fallback"):
            raise SemanticModelError(f"{path}: expected a byte-fallback BPE tokenizer")
        merges = [tuple(m.split(" ", 1)) if isinstance(m, str) else tuple(m) for m in model["merges"]]
        return cls(model["vocab"], merges)  # type: ignore[arg-type]

    def encode(self, text: str) -> List[int]:
        ids = [self.bos_id]
        if not text:
            return ids  # the normalizer prepends "▁" only to some text
        normalized = WORD_START + text.replace(" ", WORD_START)
        for word in re.findall(f"{WORD_START}+[^{WORD_START}]*|[^{WORD_START}]+", normalized):
            ids.extend(self._word_ids(word))
        return ids

    def _symbols(self, word: str) -> List[str]:
        """The word's characters; one the vocabulary lacks becomes its UTF-8 bytes (`<0xNN>`)."""
        symbols: List[str] = []
        for char in word:
            if char in self.vocab:
                symbols.append(char)
            else:
                symbols.extend(f"<0x{byte:02X}>" for byte in char.encode("utf-8"))
        return symbols

    def _merge_word(self, word: str) -> Tuple[int, ...]:
        symbols = self._symbols(word)
        while len(symbols) > 1:
            ranked = [(self.ranks.get((a, b)), i) for i, (a, b) in enumerate(zip(symbols, symbols[1:]))]
            known = [(rank, i) for rank, i in ranked if rank is not None]
            if not known:
                break
            _, i = min(known)
            symbols[i:i + 2] = [symbols[i] + symbols[i + 1]]
        return tuple(self.vocab.get(s, self.unk_id) for s in symbols)


# --- vectors -------------------------------------------------------------------------------

_DTYPES = {"F16": np.float16, "F32": np.float32}


def read_safetensors(path: Path) -> Dict[str, np.ndarray]:
    """The tensors of a .safetensors file (an 8-byte header length, a JSON header, the data)."""
    data = Path(path).read_bytes()
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + size])
    body = memoryview(data)[8 + size:]
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        dtype = _DTYPES.get(info["dtype"])
        if dtype is None:
            raise SemanticModelError(f"{path}: tensor {name} has unsupported dtype {info['dtype']}")
        tensors[name] = np.frombuffer(body[begin:end], dtype=dtype).reshape(info["shape"])
    return tensors


class StaticEmbedder:
    """A message as the mean of its tokens' vectors, of length 1."""

    def __init__(self, tokenizer: BpeTokenizer, table: np.ndarray) -> None:
        self.tokenizer = tokenizer
        self.table = table  # kept as stored (16-bit: 16 MB); a message's rows are widened to 32 bits

    @classmethod
    def load(cls, model_dir: Path) -> "StaticEmbedder":
        tensors = read_safetensors(model_file(model_dir, "weights"))
        if len(tensors) != 1:
            raise SemanticModelError(f"expected one embedding table, found {sorted(tensors)}")
        return cls(BpeTokenizer.from_file(model_file(model_dir, "tokenizer")), next(iter(tensors.values())))

    @property
    def dimension(self) -> int:
        return int(self.table.shape[1])

    def embed(self, text: str) -> np.ndarray:
        ids = np.clip(self.tokenizer.encode(text), 0, self.table.shape[0] - 1)
        vector = self.table[ids].astype(np.float32).mean(axis=0)
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm > 0 else vector


# --- red flags -----------------------------------------------------------------------------

@dataclass(frozen=True)
class RedFlagProximity:
    """Per red flag (in the spec's order), a logistic regression over message
    vectors and the probability from which it hints."""

    flags: Tuple[str, ...]
    weights: np.ndarray  # (flags, dimension)
    bias: np.ndarray  # (flags,)
    thresholds: np.ndarray  # (flags,)

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> "RedFlagProximity":
        flags = tuple(str(f) for f in raw["flags"])
        per = [raw["classifiers"][f] for f in flags]
        return cls(flags, np.array([p["weights"] for p in per], dtype=np.float32),
                   np.array([p["bias"] for p in per], dtype=np.float32),
                   np.array([p["threshold"] for p in per], dtype=np.float32))

    def probabilities(self, vector: np.ndarray) -> Dict[str, float]:
        logits = self.weights @ vector + self.bias
        return {f: float(p) for f, p in zip(self.flags, 1.0 / (1.0 + np.exp(-logits)))}

    def near(self, vector: np.ndarray) -> List[str]:
        """The red flags whose probability reaches their threshold, the clearest
        first (the largest ratio of probability to threshold; ties: the spec's order)."""
        probabilities = self.probabilities(vector)
        above = [(probabilities[f] / float(t), -i, f) for i, (f, t) in enumerate(zip(self.flags, self.thresholds))
                 if probabilities[f] >= t]
        return [f for _, _, f in sorted(above, reverse=True)]


@dataclass(frozen=True)
class SemanticHints:
    embedder: StaticEmbedder
    proximity: RedFlagProximity

    def hints(self, text: str, said: Iterable[str] = ()) -> List[str]:
        """The red flags `text` is close to in meaning, the clearest first,
        except those in `said` (stated or denied by the message)."""
        if not text or not text.strip():
            return []
        said = set(said)
        return [f for f in self.proximity.near(self.embedder.embed(text)) if f not in said]


def load_semantic_hints(model_dir: Optional[Path] = None, hints_path: Optional[Path] = None) -> SemanticHints:
    hints_path = hints_path or DEFAULT_HINTS_PATH
    raw = json.loads(Path(hints_path).read_text(encoding="utf-8"))
    embedder = StaticEmbedder.load(Path(model_dir) if model_dir else configured_model_dir())
    proximity = RedFlagProximity.from_mapping(raw)
    if proximity.weights.shape[1] != embedder.dimension:
        raise SemanticModelError(f"{hints_path}: fitted on {proximity.weights.shape[1]}-d vectors, "
                                 f"the model gives {embedder.dimension}-d")
    return SemanticHints(embedder, proximity)


def semantic_hints_enabled() -> bool:
    return os.environ.get("SEMANTIC_HINTS", "on").strip().lower() not in OFF


@lru_cache(maxsize=1)
def default_semantic_hints() -> Optional[SemanticHints]:
    """The project's semantic layer, loaded once; None when SEMANTIC_HINTS=off.
    A missing or altered model file is an error, not a silent fallback."""
    return load_semantic_hints() if semantic_hints_enabled() else None
