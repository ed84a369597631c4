"""Metrics of the NLU on a held-out set (tests/nlu/heldout.yml, heldout_blind.yml,
lay_dev.yml, lay_final.yml). Plain Python.

Entities are compared as sets of (entity, canonical value, negated) triples
per message (spans are not compared; durations compare their words,
case-insensitively). Negation accuracy counts the expected triples whose
(entity, value) was found: right if found with the right polarity.

A file with a top-level ``durations_unlabelled: true`` (the lay sets) has no
duration labels: durations are left out of its scores (on both sides).

Gold intent ``unclear`` (a hesitation or filler that is neither yes nor no; not
an intent of the domain) is right when the prediction is anything but
``affirm`` or ``deny`` (nlu_fallback, out_of_scope, dont_know, ...): such a
prediction is counted as ``unclear`` in the intent metrics.

The red-flag report: per red flag of the spec, recall over the gold mentions
stated present (symptom, not negated) and precision over the predicted
present ones; the false-emergency rate: among the messages whose gold states
no emergency sign present, the share where the prediction states one present;
and the negated red flags reported as present.

The hints (bot/nlu/hints.py; a prediction's ``red_flag_hints``): a red flag
stated present that the NLU missed but hinted at is asked first, alone, and the
person's answer records it. The report counts those ("recognised or asked
first"), and the cost: hints on messages that state no red flag present, each
an extra first question.
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

from bot.nlu.hints import HINTS_KEY
from bot.nlu.lexicon import DURATION, NEGATED, VALUE_ENTITIES

HELDOUT_PATH = Path(__file__).resolve().parents[2] / "tests" / "nlu" / "heldout.yml"
EVALUATED = tuple(VALUE_ENTITIES) + (DURATION,)

UNCLEAR = "unclear"
#: Predictions that are wrong for a gold ``unclear`` (an answer it is not).
YES_NO = frozenset({"affirm", "deny"})
SYMPTOM = "symptom"

Triple = Tuple[str, str, bool]


@dataclass
class Example:
    text: str
    intent: str
    entities: Set[Triple]
    durations_unlabelled: bool = False


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
    unlabelled = bool(raw.get("durations_unlabelled", False))
    return [Example(str(e["text"]), str(e["intent"]), {parse_label(x) for x in e.get("entities") or []},
                    durations_unlabelled=unlabelled)
            for e in raw["examples"]]


def scored_intent(gold: str, pred: str) -> str:
    """The predicted intent as scored: for a gold ``unclear``, anything but yes/no is ``unclear``."""
    if gold == UNCLEAR and pred not in YES_NO:
        return UNCLEAR
    return pred


def _present_symptoms(entities: Iterable[Triple], among: Set[str]) -> Set[str]:
    return {value for entity, value, negated in entities if entity == SYMPTOM and not negated and value in among}


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
    #: red flag -> {"support": gold present, "predicted": predicted present, "correct": both,
    #: "recall", "precision"} (None when there is nothing to divide by), in the order given.
    red_flag_table: Dict[str, Dict[str, Optional[float]]] = field(default_factory=dict)
    #: Messages whose gold states no emergency sign present ("safe"), how many of
    #: them the prediction states one present in, and the rate (None: no safe messages
    #: or no emergency signs given).
    false_emergency: Dict[str, Optional[float]] = field(default_factory=dict)
    false_emergency_examples: List[Tuple[str, List[str]]] = field(default_factory=list)
    #: Red-flag errors, per message: (text, missed present red flags, red flags wrongly present).
    red_flag_errors: List[Tuple[str, List[str], List[str]]] = field(default_factory=list)
    durations_ignored: int = 0
    #: {"missed_hinted": gold present red flags missed but hinted, "hints": all hints,
    #:  "hints_right": hints of a gold present red flag, "quiet": messages stating no red flag
    #:  present, "quiet_hinted": those with a hint}.
    hints: Dict[str, int] = field(default_factory=dict)

    def format_hints(self) -> str:
        """Red flags recognised or asked first, and what the hints cost."""
        h = self.hints
        support = sum(int(r["support"] or 0) for r in self.red_flag_table.values())
        correct = sum(int(r["correct"] or 0) for r in self.red_flag_table.values())
        if not support or not h:
            return ""
        asked = correct + h["missed_hinted"]
        quiet = h["quiet"]
        return (f"red flags recognised, or hinted and asked first: {asked}/{support} = {asked / support:.3f} "
                f"({h['missed_hinted']} of the {support - correct} missed were hinted)\n"
                f"hints: {h['hints']} ({h['hints_right']} of a red flag stated present); messages stating no "
                f"red flag with a hint (an extra first question): {h['quiet_hinted']}/{quiet}"
                + (f" = {100 * h['quiet_hinted'] / quiet:.1f}%" if quiet else ""))

    def format_red_flags(self, details: bool = False, table: bool = True) -> str:
        """The red-flag table, the false-emergency rate and the negated red flags reported
        present (`table`); with `details`, the messages behind them."""
        def num(x: Optional[float]) -> str:
            return "   -  " if x is None else f"{x:6.3f}"

        lines = []
        if table and self.red_flag_table:
            lines.append("red flags stated present (symptom, not negated):")
            lines.append(f"  {'finding':<26} {'support':>7} {'recall':>6} {'precision':>9}  (predicted)")
            for fid, row in self.red_flag_table.items():
                lines.append(f"  {fid:<26} {int(row['support'] or 0):>7} {num(row['recall'])} "
                             f"{num(row['precision']):>9}  ({int(row['predicted'] or 0)})")
            support = sum(int(r["support"] or 0) for r in self.red_flag_table.values())
            predicted = sum(int(r["predicted"] or 0) for r in self.red_flag_table.values())
            correct = sum(int(r["correct"] or 0) for r in self.red_flag_table.values())
            lines.append(f"  {'all red flags':<26} {support:>7} {num(correct / support if support else None)} "
                         f"{num(correct / predicted if predicted else None):>9}  ({predicted})")
        fe = self.false_emergency
        if table and fe:
            rate = "-" if fe["rate"] is None else f"{100 * fe['rate']:.1f}%"
            lines.append(f"false emergencies: {int(fe['false'] or 0)}/{int(fe['safe'] or 0)} = {rate} "
                         "(messages with no emergency sign present in the gold, "
                         "an emergency sign present in the prediction)")
            if fe.get("emergency"):
                lines.append(f"emergency messages with an emergency sign found present: "
                             f"{int(fe['emergency_found'] or 0)}/{int(fe['emergency'] or 0)}")
        if table:
            lines.append(f"negated red flags reported as present: {len(self.red_flag_violations)}")
            if self.format_hints():
                lines.append(self.format_hints())
        if details:
            for text, value in self.red_flag_violations:
                lines.append(f"  NEGATED-AS-PRESENT {value}: {text!r}")
            for text, signs in self.false_emergency_examples:
                lines.append(f"  false emergency {signs}: {text!r}")
            for text, missed, wrong in self.red_flag_errors:
                lines.append(f"  red flag  {text!r}\n           missed {missed}\n           wrong  {wrong}")
        return "\n".join(lines)

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
        if self.durations_ignored:
            lines.append(f"durations not labelled in this set: {self.durations_ignored} found durations left out")
        lines.append(self.format_red_flags(details=False))
        if self.latency_ms:
            lines.append("parse latency ms: p50 {p50:.1f}  p95 {p95:.1f}  mean {mean:.1f}".format(**self.latency_ms))
        if details:
            for text, gold, pred in self.intent_errors:
                lines.append(f"  intent  {gold:>14} -> {pred:<14} {text!r}")
            for text, missing, extra in self.entity_errors:
                lines.append(f"  entity  {text!r}\n           missing {missing}\n           extra   {extra}")
            for text, value in self.red_flag_violations:
                lines.append(f"  NEGATED-AS-PRESENT {value}: {text!r}")
            for text, signs in self.false_emergency_examples:
                lines.append(f"  false emergency {signs}: {text!r}")
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
    emergency_signs: Optional[Iterable[str]] = None,
) -> Report:
    """`predictions`: one parse result per example ({"intent": {"name"}, "entities": [...]}).

    `red_flags` and `emergency_signs`: finding ids (the spec's ``red_flags()`` and
    ``emergency_signs()``); without `emergency_signs` there is no false-emergency rate."""
    if len(predictions) != len(examples):
        raise ValueError(f"{len(predictions)} predictions for {len(examples)} examples")
    gold_intents = [e.intent for e in examples]
    pred_intents = [scored_intent(g, (p.get("intent") or {}).get("name") or "")
                    for g, p in zip(gold_intents, predictions)]
    per_label, macro, accuracy = _intent_scores(gold_intents, pred_intents)
    tally = _Tally(list(dict.fromkeys(red_flags)), None if emergency_signs is None else set(emergency_signs))
    for ex, pred in zip(examples, predictions):
        tally.add(ex, pred)
    total: Counter = Counter()
    for c in tally.counts.values():
        total.update(c)
    return Report(
        n=len(examples),
        intent_macro_f1=macro,
        intent_accuracy=accuracy,
        intent_per_label=per_label,
        entity_micro=_prf(total["tp"], total["fp"], total["fn"]),
        entity_per_type={name: _prf(c["tp"], c["fp"], c["fn"]) for name, c in sorted(tally.counts.items())},
        negation_accuracy=tally.neg_right / tally.neg_total if tally.neg_total else 1.0,
        negation_support=tally.neg_total,
        red_flag_violations=tally.violations,
        latency_ms=_latency(latencies_s),
        intent_errors=[(e.text, g, p) for e, g, p in zip(examples, gold_intents, pred_intents) if g != p],
        entity_errors=tally.entity_errors,
        red_flag_table=tally.red_flag_table(),
        false_emergency=tally.false_emergency(),
        false_emergency_examples=tally.false_emergency_examples,
        red_flag_errors=tally.red_flag_errors,
        durations_ignored=tally.durations_ignored,
        hints=dict(tally.hints) if tally.hinting else {},
    )


def _intent_scores(gold: List[str], pred: List[str]) -> Tuple[Dict[str, Dict[str, float]], float, float]:
    """Per-label precision/recall/F1, their macro F1, and the accuracy."""
    per_label = {}
    for label in sorted(set(gold)):
        tp = sum(g == label and p == label for g, p in zip(gold, pred))
        fp = sum(g != label and p == label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        per_label[label] = _prf(tp, fp, fn)
    macro = sum(s["f1"] for s in per_label.values()) / len(per_label) if per_label else 1.0
    accuracy = sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1)
    return per_label, macro, accuracy


def _latency(latencies_s: Optional[Sequence[float]]) -> Dict[str, float]:
    if not latencies_s:
        return {}
    ms = sorted(x * 1000 for x in latencies_s)
    return {"p50": statistics.median(ms), "p95": ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))],
            "mean": statistics.fmean(ms)}


class _Tally:
    """The entity, negation, red-flag and false-emergency counts, one example at a time."""

    def __init__(self, red_flag_order: List[str], signs: Optional[Set[str]]) -> None:
        self.red_flag_order = red_flag_order
        self.red_flags = set(red_flag_order)
        self.signs = signs
        self.counts: Dict[str, Counter] = defaultdict(Counter)
        self.neg_right = self.neg_total = 0
        self.violations: List[Tuple[str, str]] = []
        self.entity_errors: List[Tuple[str, List[Triple], List[Triple]]] = []
        self.rf: Dict[str, Counter] = {fid: Counter() for fid in red_flag_order}
        self.red_flag_errors: List[Tuple[str, List[str], List[str]]] = []
        self.safe = self.false_emergencies = self.emergency_messages = self.emergency_found = 0
        self.durations_ignored = 0
        self.false_emergency_examples: List[Tuple[str, List[str]]] = []
        self.hints: Counter = Counter({"missed_hinted": 0, "hints": 0, "hints_right": 0, "quiet": 0,
                                       "quiet_hinted": 0})
        self.hinting = False  # whether any prediction carried hints

    def add(self, ex: Example, pred: Mapping[str, Any]) -> None:
        got = triples(pred.get("entities") or [])
        gold = ex.entities
        if ex.durations_unlabelled:
            self.durations_ignored += sum(t[0] == DURATION for t in got)
            got = {t for t in got if t[0] != DURATION}
            gold = {t for t in gold if t[0] != DURATION}
        self._red_flags(ex.text, gold, got)
        self._hints(gold, got, pred)
        if self.signs is not None:
            self._emergency(ex.text, gold, got)
        self._entities(ex.text, gold, got)

    def _red_flags(self, text: str, gold: Set[Triple], got: Set[Triple]) -> None:
        gold_present = _present_symptoms(gold, self.red_flags)
        pred_present = _present_symptoms(got, self.red_flags)
        for fid in self.red_flag_order:
            c = self.rf[fid]
            c["support"] += fid in gold_present
            c["predicted"] += fid in pred_present
            c["correct"] += fid in gold_present and fid in pred_present
        if gold_present != pred_present:
            self.red_flag_errors.append((text, sorted(gold_present - pred_present),
                                         sorted(pred_present - gold_present)))

    def _hints(self, gold: Set[Triple], got: Set[Triple], pred: Mapping[str, Any]) -> None:
        if HINTS_KEY in pred:
            self.hinting = True
        hints = set(pred.get(HINTS_KEY) or [])
        gold_present = _present_symptoms(gold, self.red_flags)
        missed = gold_present - _present_symptoms(got, self.red_flags)
        self.hints["missed_hinted"] += len(missed & hints)
        self.hints["hints"] += len(hints)
        self.hints["hints_right"] += len(hints & gold_present)
        if not gold_present:
            self.hints["quiet"] += 1
            self.hints["quiet_hinted"] += bool(hints)

    def _emergency(self, text: str, gold: Set[Triple], got: Set[Triple]) -> None:
        signs = self.signs or set()
        gold_signs = _present_symptoms(gold, signs)
        pred_signs = _present_symptoms(got, signs)
        if gold_signs:
            self.emergency_messages += 1
            self.emergency_found += bool(pred_signs)
        else:
            self.safe += 1
            if pred_signs:
                self.false_emergencies += 1
                self.false_emergency_examples.append((text, sorted(pred_signs)))

    def _entities(self, text: str, gold: Set[Triple], got: Set[Triple]) -> None:
        for t in got | gold:
            c = self.counts[t[0]]
            if t in got and t in gold:
                c["tp"] += 1
            elif t in got:
                c["fp"] += 1
            else:
                c["fn"] += 1
        for entity, value, negated in gold:
            if (entity, value, negated) in got:
                self.neg_right += 1
                self.neg_total += 1
            elif (entity, value, not negated) in got:
                self.neg_total += 1
            if negated and value in self.red_flags and (entity, value, False) in got:
                self.violations.append((text, value))
        if got != gold:
            self.entity_errors.append((text, sorted(gold - got), sorted(got - gold)))

    def red_flag_table(self) -> Dict[str, Dict[str, Optional[float]]]:
        return {
            fid: {"support": float(c["support"]), "predicted": float(c["predicted"]), "correct": float(c["correct"]),
                  "recall": c["correct"] / c["support"] if c["support"] else None,
                  "precision": c["correct"] / c["predicted"] if c["predicted"] else None}
            for fid, c in self.rf.items()}

    def false_emergency(self) -> Dict[str, Optional[float]]:
        if self.signs is None:
            return {}
        return {"safe": float(self.safe), "false": float(self.false_emergencies),
                "rate": self.false_emergencies / self.safe if self.safe else None,
                "emergency": float(self.emergency_messages), "emergency_found": float(self.emergency_found)}


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
