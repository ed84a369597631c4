"""Metrics of the NLU on the held-out set (tests/nlu/heldout.yml). Plain Python.

Entities are compared as sets of (entity, canonical value, negated) triples
per message (spans are not compared; durations compare their words,
case-insensitively). Negation accuracy counts the expected triples whose
(entity, value) was found: right if found with the right polarity.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

import yaml

from bot.nlu.lexicon import DURATION, NEGATED, VALUE_ENTITIES

HELDOUT_PATH = Path(__file__).resolve().parents[2] / "tests" / "nlu" / "heldout.yml"
EVALUATED = tuple(VALUE_ENTITIES) + (DURATION,)

Triple = Tuple[str, str, bool]


@dataclass
class Example:
    text: str
    intent: str
    entities: Set[Triple]


def _norm_value(entity: str, value: Any) -> str:
    value = str(value)
    return " ".join(value.lower().split()) if entity == DURATION else value


def parse_label(label: str) -> Triple:
    entity, _, rest = str(label).partition(":")
    negated = False
    if rest.endswith(":negated"):
        rest, negated = rest[: -len(":negated")], True
    if entity not in EVALUATED or not rest:
        raise ValueError(f"bad entity label {label!r}")
    return entity, _norm_value(entity, rest), negated


def load_heldout(path: Path | str = HELDOUT_PATH) -> List[Example]:
    with Path(path).open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    return [Example(str(e["text"]), str(e["intent"]), {parse_label(x) for x in e.get("entities") or []})
            for e in raw["examples"]]


def triples(entities: Iterable[Mapping[str, Any]]) -> Set[Triple]:
    out = set()
    for e in entities:
        name = e.get("entity")
        if name in EVALUATED:
            out.add((name, _norm_value(name, e.get("value")), e.get("role") == NEGATED))
    return out


@dataclass
class Report:
    n: int
    intent_macro_f1: float
    intent_accuracy: float
    intent_per_label: Dict[str, Dict[str, float]]
    entity_micro: Dict[str, float]
    entity_per_type: Dict[str, Dict[str, float]]
    negation_accuracy: float
    negation_support: int
    red_flag_violations: List[Tuple[str, str]]
    latency_ms: Dict[str, float] = field(default_factory=dict)
    intent_errors: List[Tuple[str, str, str]] = field(default_factory=list)
    entity_errors: List[Tuple[str, List[Triple], List[Triple]]] = field(default_factory=list)

    def format(self, details: bool = True) -> str:
        lines = [f"held-out examples: {self.n}",
                 f"intent macro F1: {self.intent_macro_f1:.3f} (accuracy {self.intent_accuracy:.3f})"]
        m = self.entity_micro
        lines.append(f"entity micro P/R/F1 on (entity, value, negated): "
                     f"{m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f} (support {int(m['support'])})")
        for name, s in self.entity_per_type.items():
            lines.append(f"  {name:<14} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                         f"(support {int(s['support'])})")
        lines.append(f"negation accuracy: {self.negation_accuracy:.3f} (over {self.negation_support} found mentions)")
        lines.append(f"negated red flags reported as present: {len(self.red_flag_violations)}")
        if self.latency_ms:
            lines.append("parse latency ms: p50 {p50:.1f}  p95 {p95:.1f}  mean {mean:.1f}".format(**self.latency_ms))
        if details:
            for text, gold, pred in self.intent_errors:
                lines.append(f"  intent  {gold:>14} -> {pred:<14} {text!r}")
            for text, missing, extra in self.entity_errors:
                lines.append(f"  entity  {text!r}\n           missing {missing}\n           extra   {extra}")
        return "\n".join(lines)


def _prf(tp: int, fp: int, fn: int) -> Dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": float(tp + fn)}


def evaluate(
    examples: Sequence[Example],
    predictions: Sequence[Mapping[str, Any]],
    red_flags: Iterable[str] = (),
    latencies_s: Optional[Sequence[float]] = None,
) -> Report:
    """`predictions`: one parse result per example ({"intent": {"name"}, "entities": [...]})."""
    red_flags = set(red_flags)
    gold_intents = [e.intent for e in examples]
    pred_intents = [((p.get("intent") or {}).get("name") or "") for p in predictions]
    labels = sorted(set(gold_intents))
    per_label = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold_intents, pred_intents))
        fp = sum(g != label and p == label for g, p in zip(gold_intents, pred_intents))
        fn = sum(g == label and p != label for g, p in zip(gold_intents, pred_intents))
        per_label[label] = _prf(tp, fp, fn)
    macro = sum(s["f1"] for s in per_label.values()) / len(per_label) if per_label else 1.0
    accuracy = sum(g == p for g, p in zip(gold_intents, pred_intents)) / max(len(examples), 1)

    counts: Dict[str, Counter] = defaultdict(Counter)
    neg_right = neg_total = 0
    violations: List[Tuple[str, str]] = []
    entity_errors = []
    for ex, pred in zip(examples, predictions):
        got = triples(pred.get("entities") or [])
        for t in got | ex.entities:
            c = counts[t[0]]
            if t in got and t in ex.entities:
                c["tp"] += 1
            elif t in got:
                c["fp"] += 1
            else:
                c["fn"] += 1
        for entity, value, negated in ex.entities:
            if (entity, value, negated) in got:
                neg_right += 1
                neg_total += 1
            elif (entity, value, not negated) in got:
                neg_total += 1
            if negated and value in red_flags and (entity, value, False) in got:
                violations.append((ex.text, value))
        if got != ex.entities:
            entity_errors.append((ex.text, sorted(ex.entities - got), sorted(got - ex.entities)))
    per_type = {name: _prf(c["tp"], c["fp"], c["fn"]) for name, c in sorted(counts.items())}
    total = Counter()
    for c in counts.values():
        total.update(c)
    latency: Dict[str, float] = {}
    if latencies_s:
        ms = sorted(x * 1000 for x in latencies_s)
        latency = {"p50": statistics.median(ms), "p95": ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))],
                   "mean": statistics.fmean(ms)}
    intent_errors = [(e.text, g, p) for e, g, p in zip(examples, gold_intents, pred_intents) if g != p]
    return Report(
        n=len(examples),
        intent_macro_f1=macro,
        intent_accuracy=accuracy,
        intent_per_label=per_label,
        entity_micro=_prf(total["tp"], total["fp"], total["fn"]),
        entity_per_type=per_type,
        negation_accuracy=neg_right / neg_total if neg_total else 1.0,
        negation_support=neg_total,
        red_flag_violations=violations,
        latency_ms=latency,
        intent_errors=intent_errors,
        entity_errors=entity_errors,
    )


def parse_timed(agent: Any, texts: Sequence[str]) -> Tuple[List[Dict[str, Any]], List[float]]:
    """Parse texts with a loaded Rasa Agent: (parse results, latencies in seconds).
    One warm-up parse first, so the latencies do not include lazy loading."""

    async def run() -> Tuple[List[Dict[str, Any]], List[float]]:
        await agent.parse_message("warm up")
        results, latencies = [], []
        for text in texts:
            start = time.perf_counter()
            results.append(await agent.parse_message(text))
            latencies.append(time.perf_counter() - start)
        return results, latencies

    return asyncio.run(run())
