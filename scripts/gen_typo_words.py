#!/usr/bin/env python
"""Write `typos.known_words` of bot/clinical/lexicon.yml from an English word list.

The typo corrector (bot/nlu/typos.py) reads a word that is one or two typing
mistakes away from a lexicon word as that word. Real English words must never
be changed ("chess" is not "chest", "painting" is not "fainting"), so the
lexicon lists every word of an English word list that the corrector would
otherwise change. Rerun after adding words to the lexicon (tests/nlu checks
that the list is up to date where a word list is installed):

    .venv/bin/python scripts/gen_typo_words.py            # rewrite the list
    .venv/bin/python scripts/gen_typo_words.py --check    # exit 1 if stale

Word lists: Debian's `wamerican` and `wbritish` packages
(/usr/share/dict/american-english, /usr/share/dict/british-english), or
--words FILE (one word a line). Only the words that collide are stored.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Iterable, List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from bot.nlu.lexicon import LEXICON_PATH  # noqa: E402
from bot.nlu.typos import build_typos, vocabulary  # noqa: E402

DEFAULT_LISTS = [Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english")]
BLOCK = re.compile(r"^  known_words: \[[^\]]*\]", re.MULTILINE)


def available_lists() -> List[Path]:
    return [p for p in DEFAULT_LISTS if p.exists()]


def colliding_words(raw: dict, word_lists: Iterable[Path]) -> List[str]:
    """English words that the corrector would change, were they not listed."""
    typos = dict(raw.get("typos") or {})
    typos["known_words"] = []
    corrector = build_typos(typos, vocabulary(raw))
    out = set()
    for path in word_lists:
        for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
            word = line.strip().lower()
            if word.endswith("'s"):
                continue
            word = word.replace("'", "")
            # Text-speak (`shorthand`) is read as its word on purpose, even when it is English too.
            if not word.isascii() or not word.isalpha() or word in corrector.known or word in corrector.shorthand:
                continue
            if corrector.correction(word) is not None:
                out.add(word)
            elif word.endswith("ing") and len(word) >= 6 and corrector.correction(word[:-1]) not in (None, word):
                # A dropped g ("paintin'") is read as its -ing word only when that word is known.
                out.add(word)
    return sorted(out)


def render(words: List[str], width: int = 110) -> str:
    lines, line = [], "  known_words: ["
    indent = " " * len("  known_words: [")
    for i, word in enumerate(words):
        piece = word + (", " if i < len(words) - 1 else "")
        if len(line) + len(piece.rstrip()) > width:
            lines.append(line.rstrip())
            line = indent
        line += piece
    lines.append(line + "]")
    return "\n".join(lines)


def main(argv: List[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check that the list is up to date")
    parser.add_argument("--words", type=Path, action="append", help="an English word list (one word a line)")
    args = parser.parse_args(argv)
    lists = args.words or available_lists()
    if not lists:
        print("no English word list: apt-get install wamerican wbritish, or pass --words FILE", file=sys.stderr)
        return 2
    text = LEXICON_PATH.read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    block = render(colliding_words(raw, lists))
    if not BLOCK.search(text):
        print(f"{LEXICON_PATH}: no `typos.known_words: [...]` to rewrite", file=sys.stderr)
        return 2
    new = BLOCK.sub(lambda _: block, text, count=1)
    if new == text:
        return 0
    if args.check:
        print("typos.known_words is out of date (run scripts/gen_typo_words.py)", file=sys.stderr)
        return 1
    LEXICON_PATH.write_text(new, encoding="utf-8")
    print(f"wrote typos.known_words in {LEXICON_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
