"""Benchmarks: print latency percentiles, throughput and memory. Asserts nothing.

    make bench                       # engine + NLU parse + REST conversations
    python scripts/benchmark.py --conversations 40 --concurrency 4

Starts its own servers on loopback (like the tests), with the cached model.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Callable, Dict, List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.clinical.engine import default_spec  # noqa: E402
from bot.clinical.interview import new_state, next_question, read_message  # noqa: E402
from tests.harness import RestClient, api_url, http_json, start_servers, trained_model  # noqa: E402

OPENINGS = [
    "my lower back has been burning for three days",
    "there's a hot patch between my shoulder blades, no fever",
    "burning band on the left side of my back and a rash",
    "my back feels warm at night, I use an electric blanket",
    "lower back burning and pain going down my leg",
    "I strained my back lifting boxes and it feels hot",
]


def percentiles(samples: List[float]) -> str:
    ordered = sorted(samples)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    return (f"n={len(ordered)} p50={pick(0.50):.2f} p95={pick(0.95):.2f} "
            f"p99={pick(0.99):.2f} max={ordered[-1]:.2f} mean={statistics.fmean(ordered):.2f}")


def timed(fn: Callable[[], object], repeat: int) -> List[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bench_engine() -> None:
    spec = default_spec()
    findings = {"rash": "present", "fever": "absent", "age": 52, "duration": 4}
    print("engine evaluate (ms):      ", percentiles(timed(lambda: spec.evaluate(findings), 2000)))
    state = {**new_state(), "findings": {f: "absent" for f in spec.red_flags()}}
    print("interview next_question (ms):", percentiles(timed(lambda: next_question(spec, state), 300)))
    entities = [{"entity": "symptom", "value": "fever", "role": "negated"}]
    print("interview read_message (ms):", percentiles(
        timed(lambda: read_message(spec, new_state(), "warning_signs", "deny", entities, "no fever"), 500)))


def play(client: RestClient, opening: str) -> List[float]:
    """One conversation answered with buttons; returns per-turn latencies (ms)."""
    sender = f"bench-{uuid.uuid4().hex[:10]}"
    latencies = []
    message = opening
    for _ in range(25):
        start = time.perf_counter()
        reply = client.say(sender, message)
        latencies.append((time.perf_counter() - start) * 1000)
        if client.triage(reply):
            break
        questions = client.questions(reply)
        if not questions:
            break
        q = questions[0]
        choice = {"yes_no": "absent", "multiple": "none", "duration": "few_days",
                  "choice": q["choices"][0]["id"], "free_text": "none"}.get(q["type"])
        message = '/inform{"answer": "%s"}' % choice if choice else "I'm 40"
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=24)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--parses", type=int, default=200)
    args = parser.parse_args()

    bench_engine()
    model = trained_model()
    with tempfile.TemporaryDirectory() as tmp:
        # Many conversations from one loopback address: the rate limits would measure themselves.
        servers = start_servers(model, Path(tmp), {"RATE_LIMIT_PER_IP": "0", "RATE_LIMIT_PER_SENDER": "0"})
        try:
            pids: Dict[str, int] = {n: servers.pid(n) for n in ("rasa", "actions")}
            print("RSS after start (MB):       " + "  ".join(f"{n}={rss_mb(p):.0f}" for n, p in pids.items()))
            texts = (OPENINGS * (args.parses // len(OPENINGS) + 1))[: args.parses]
            samples = []
            for text in texts:
                start = time.perf_counter()
                http_json("POST", api_url(servers.rasa_url, "/model/parse"), {"text": text})
                samples.append((time.perf_counter() - start) * 1000)
            print("NLU /model/parse (ms):      ", percentiles(samples))

            client = RestClient(servers.rasa_url)
            turns: List[float] = []
            start = time.perf_counter()
            with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
                for result in pool.map(lambda i: play(client, OPENINGS[i % len(OPENINGS)]),
                                       range(args.conversations)):
                    turns.extend(result)
            elapsed = time.perf_counter() - start
            print(f"REST turn latency (ms), {args.concurrency} concurrent:", percentiles(turns))
            print(f"REST throughput:            {len(turns) / elapsed:.1f} turns/s, "
                  f"{args.conversations / elapsed:.2f} conversations/s")
            print("RSS after load (MB):        " + "  ".join(f"{n}={rss_mb(p):.0f}" for n, p in pids.items()))
        finally:
            servers.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
