"""Benchmarks: the project against a stock `rasa init` bot. Prints numbers, asserts nothing.

    make bench                                   # everything below, one run
    python scripts/benchmark.py --levels 1,4 --rounds 1
    python scripts/benchmark.py --project-only --profile /tmp/prof

One run: the engine's own timings; then each bot in turn (the project, then a
stock `rasa init` bot trained once on the same Rasa and cached under
.cache/stock-bot/) is started on loopback with the same SQLite tracker store
and put under the same closed-loop load: C concurrent conversations
(C = 1, 4, 20) of 20 messages each, every sender waiting for the reply
before the next message, `--rounds` conversations per sender. Printed: per
load level throughput and p50/p95/p99, the project-to-stock ratios, RSS of
the Rasa and action servers after the load, start-to-ready time and training
time. The project's conversations are typed words (through the NLU), with a
digression, and go on (restart, new opening) after each result so every
conversation has 20 messages. `--profile DIR` records the servers with
py-spy during the highest load and prints where the time goes.

Then the scale-out deployment of docs/deploy.md: the project on one PostgreSQL
tracker store and one Redis lock store (the local services, or throwaway ones
started from Debian's packages), as one instance and then as two instances
(each with its own action server), the conversations spread over them as a
load balancer with sticky sessions would (`--scale-levels`, default 4 and 20
concurrent). Printed: the same figures and the two-to-one throughput ratio.
`--no-scale-out` skips it.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import fcntl
import functools
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.clinical.engine import default_spec  # noqa: E402
from bot.clinical.interview import new_state, next_question, read_message  # noqa: E402
from tests.harness import (  # noqa: E402
    RASA, RestClient, Servers, api_url, base_env, free_port, http_json, start_servers, trained_model,
    wait_until_up,
)

STOCK_DIR = ROOT / ".cache" / "stock-bot"
# Many conversations from one loopback address: the rate limits would measure themselves.
NO_LIMITS = {"RATE_LIMIT_PER_IP": "0", "RATE_LIMIT_PER_SENDER": "0"}
OPENINGS = [
    "my lower back has been burning for three days",
    "there's a hot patch between my shoulder blades, no fever",
    "burning band on the left side of my back and a rash",
    "my back feels warm at night, I use an electric blanket",
    "lower back burning and pain going down my leg",
    "I strained my back lifting boxes and it feels hot",
]
# Answers in words by question type; a choice is answered by its button.
WORD_ANSWERS = {"yes_no": "no", "multiple": "none of those", "duration": "about three days",
                "number": "I'm 40", "free_text": "no medicines"}
DIGRESSION = "why do you ask?"
# The stock bot's intents (greet, mood, affirm/deny, bot challenge, goodbye), in words.
STOCK_MESSAGES = ["hello", "I am feeling sad", "yes", "hi there", "very good", "are you a bot?",
                  "no", "good morning", "I'm unhappy", "yes it did", "am I talking to a human?",
                  "great", "bye", "hey", "not good", "indeed", "perfect", "never", "goodbye", "hello"]


# --------------------------------------------------------------------------
# numbers


def pick(ordered: List[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def percentiles(samples: List[float]) -> str:
    ordered = sorted(samples)
    return (f"n={len(ordered)} p50={pick(ordered, 0.50):.2f} p95={pick(ordered, 0.95):.2f} "
            f"p99={pick(ordered, 0.99):.2f} max={ordered[-1]:.2f}")


def timed(fn: Callable[[], object], repeat: int) -> List[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def rss_mb(pid: Optional[int]) -> float:
    if pid is None:
        return float("nan")
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def machine_cpu(stat: Optional[str] = None) -> Tuple[float, float]:
    """(busy, total) clock ticks of all cores since boot, from /proc/stat (nan, nan where there is none)."""
    try:
        text = Path("/proc/stat").read_text() if stat is None else stat
    except OSError:
        return float("nan"), float("nan")
    values = [float(v) for v in text.splitlines()[0].split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0.0)  # idle + iowait
    total = sum(values[:8])  # user nice system idle iowait irq softirq steal (guest is inside user)
    return total - idle, total


def process_cpu_seconds(pid: Optional[int]) -> float:
    """User + system CPU seconds of a process (its threads included)."""
    if pid is None:
        return float("nan")
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (float(fields[11]) + float(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


@dataclass
class CpuUse:
    """How busy the machine's cores and each server were during a load."""

    cores: int
    machine: float  # cores busy on average (all processes)
    servers: Dict[str, float]  # cores used on average, per server

    def summary(self) -> str:
        parts = [f"{n} {v:.2f}" for n, v in self.servers.items() if v == v]
        return f"{self.machine:.2f} of {self.cores} cores busy ({', '.join(parts)})"


def measure_cpu(pids: Dict[str, Optional[int]], run: Callable[[], "Load"]) -> "Load":
    """Runs a load and records the cores it kept busy."""
    pids = {**pids, "load client": os.getpid()}  # this process: the closed-loop senders
    busy0, total0 = machine_cpu()
    procs0 = {name: process_cpu_seconds(pid) for name, pid in pids.items()}
    start = time.perf_counter()
    load = run()
    wall = time.perf_counter() - start
    busy1, total1 = machine_cpu()
    cores = os.cpu_count() or 1
    machine = cores * (busy1 - busy0) / (total1 - total0) if total1 > total0 else float("nan")
    servers = {name: (process_cpu_seconds(pid) - procs0[name]) / wall for name, pid in pids.items()}
    load.cpu = CpuUse(cores, machine, servers)
    return load


def bench_engine() -> None:
    spec = default_spec()
    findings = {"rash": "present", "fever": "absent", "age": 52, "duration": 4}
    print("engine evaluate (ms):        ", percentiles(timed(lambda: spec.evaluate(findings), 2000)))
    state = {**new_state(), "findings": {f: "absent" for f in spec.red_flags()}}
    def cold() -> None:
        spec._level_memo.clear()  # as for a findings state never seen before
        next_question(spec, state)

    print("next_question, cold (ms):    ", percentiles(timed(cold, 300)))
    print("next_question, memo warm (ms):", percentiles(timed(lambda: next_question(spec, state), 300)))
    entities = [{"entity": "symptom", "value": "fever", "role": "negated"}]
    print("interview read_message (ms): ", percentiles(
        timed(lambda: read_message(spec, new_state(), "warning_signs", "deny", entities, "no fever"), 500)))


# --------------------------------------------------------------------------
# conversations (each returns the latency of every message, in ms)


def _timed_say(client: RestClient, sender: str, message: str, latencies: List[float]) -> List[Dict]:
    start = time.perf_counter()
    reply = client.say(sender, message)
    latencies.append((time.perf_counter() - start) * 1000)
    return reply


def project_conversation(client: RestClient, index: int, messages: int) -> List[float]:
    """An interview in words, with one digression; after a result it starts again."""
    sender = f"bench-{uuid.uuid4().hex[:10]}"
    latencies: List[float] = []
    message = OPENINGS[index % len(OPENINGS)]
    for turn in range(messages):
        reply = _timed_say(client, sender, message, latencies)
        questions = client.questions(reply)
        if client.triage(reply) or not questions:
            message = "/restart" if message != "/restart" else OPENINGS[(index + turn) % len(OPENINGS)]
        elif turn == 2:
            message = DIGRESSION
        else:
            question = questions[0]
            message = WORD_ANSWERS.get(question["type"]) or '/inform{"answer": "%s"}' % question["choices"][0]["id"]
    return latencies


def stock_conversation(client: RestClient, index: int, messages: int) -> List[float]:
    sender = f"bench-{uuid.uuid4().hex[:10]}"
    latencies: List[float] = []
    for turn in range(messages):
        _timed_say(client, sender, STOCK_MESSAGES[(index + turn) % len(STOCK_MESSAGES)], latencies)
    return latencies


@dataclass
class Load:
    concurrency: int
    latencies: List[float]
    elapsed: float
    errors: int
    cpu: Optional["CpuUse"] = None

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else float("nan")

    def p(self, q: float) -> float:
        return pick(sorted(self.latencies), q)


def closed_loop(urls: Sequence[str], conversation: Callable[[RestClient, int, int], List[float]], concurrency: int,
                rounds: int, messages: int) -> Load:
    """`concurrency` senders, each playing `rounds` conversations one after the other.

    With several instances, each sender keeps to one instance (sender w to
    instance w mod n), as a load balancer with sticky sessions would send its
    conversations; at any moment the senders are spread evenly. (Choosing by
    conversation number sent every sender's first conversation to the first
    instance and every second one to the second: one instance at a time.)"""
    clients = [RestClient(url) for url in urls]
    latencies: List[float] = []
    errors = 0

    def sender(worker: int) -> List[float]:
        out: List[float] = []
        for r in range(rounds):
            index = worker * rounds + r
            out += conversation(clients[worker % len(clients)], index, messages)
        return out

    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        for future in [pool.submit(sender, w) for w in range(concurrency)]:
            try:
                latencies += future.result()
            except Exception:  # noqa: BLE001 - counted and reported, the run goes on
                errors += 1
    return Load(concurrency, latencies, time.perf_counter() - start, errors)


# --------------------------------------------------------------------------
# the bots


@dataclass
class BotRun:
    name: str
    loads: List[Load] = field(default_factory=list)
    ready_s: float = float("nan")
    train_s: Optional[float] = None
    rss: Dict[str, float] = field(default_factory=dict)
    profile: List[str] = field(default_factory=list)


def project_model() -> tuple:
    """The project's model (trained if stale, cached) and its training time when known."""
    model = trained_model()
    record = model.parent / (model.name[: -len(".tar.gz")] + ".train_seconds")  # written by the harness
    return model, (float(record.read_text()) if record.exists() else None)


def stock_model() -> tuple:
    """A stock `rasa init` bot on this Rasa, trained once under .cache/stock-bot/."""
    version = subprocess.run([RASA, "--version"], capture_output=True, text=True).stdout.split("\n")[0].split()[-1]
    project = STOCK_DIR / f"rasa-{version}"
    record = project / "train_seconds"
    STOCK_DIR.mkdir(parents=True, exist_ok=True)
    with (STOCK_DIR / "init.lock").open("w") as lock, (ROOT / ".cache" / "models" / "train.lock").open("a") as train:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not record.exists():
            fcntl.flock(train, fcntl.LOCK_EX)  # one training at a time, with the project's
            project.mkdir(parents=True, exist_ok=True)
            start = time.perf_counter()
            subprocess.run([RASA, "init", "--no-prompt", "--init-dir", str(project)], cwd=project,
                           env=base_env({"PYTHONPATH": str(project)}), check=True,
                           stdout=(project / "init.log").open("w"), stderr=subprocess.STDOUT)
            record.write_text(f"{time.perf_counter() - start:.0f}")
    models = sorted((project / "models").glob("*.tar.gz"))
    return project, models[-1], float(record.read_text())


def start_stock(project: Path, model: Path, workdir: Path) -> tuple:
    """The stock bot's Rasa server (it has no custom actions); returns (process, url, seconds to ready)."""
    port = free_port()
    endpoints = workdir / "stock-endpoints.yml"
    endpoints.write_text(yaml.safe_dump({
        "tracker_store": {"type": "SQL", "dialect": "sqlite", "db": str(workdir / "stock-trackers.db")}}))
    log = workdir / "stock-rasa.log"
    start = time.perf_counter()
    proc = subprocess.Popen(
        [RASA, "run", "--enable-api", "-i", "127.0.0.1", "-p", str(port), "--model", str(model),
         "--endpoints", str(endpoints), "--credentials", str(project / "credentials.yml")],
        cwd=project, env=base_env({"PYTHONPATH": str(project)}), stdout=log.open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_until_up(f"{url}/status", proc, log, 300)
    return proc, url, time.perf_counter() - start


def run_loads(run: BotRun, urls: Sequence[str], conversation: Callable, args: argparse.Namespace,
              pids: Dict[str, Optional[int]], levels: Optional[Sequence[int]] = None) -> None:
    # One warm-up conversation per instance: the first parse builds TensorFlow's graph.
    for url in urls:
        closed_loop([url], conversation, 1, 1, 3)
    for level in levels or args.levels:
        profiler = _start_profiler(args, run.name, pids, level)
        load = functools.partial(closed_loop, urls, conversation, level, args.rounds, args.messages)
        run.loads.append(measure_cpu(pids, load))
        run.profile += _stop_profiler(profiler)
    run.rss = {name: rss_mb(pid) for name, pid in pids.items()}


def bench_project(args: argparse.Namespace, workdir: Path) -> BotRun:
    run = BotRun("project")
    model, run.train_s = project_model()
    servers = _start_project(model, workdir, run)
    try:
        pids = {"rasa": servers.pid("rasa"), "actions": servers.pid("actions")}
        texts = iter(OPENINGS * (args.parses // len(OPENINGS) + 1))
        samples = timed(lambda: http_json("POST", api_url(servers.rasa_url, "/model/parse"), {"text": next(texts)}),
                        args.parses)
        print("project NLU /model/parse (ms):", percentiles(samples))
        run_loads(run, [servers.rasa_url], project_conversation, args, pids)
    finally:
        servers.stop()
    return run


def _start_project(model: Path, workdir: Path, run: BotRun):
    """The action server, then the Rasa server, timed from its launch to its first answer."""
    rasa_port = free_port()
    servers = Servers(f"http://127.0.0.1:{rasa_port}", free_port(), workdir, model, dict(NO_LIMITS))
    try:
        servers.start_actions()
        start = time.perf_counter()
        servers.start_rasa(rasa_port)
        run.ready_s = time.perf_counter() - start
    except BaseException:
        servers.stop()
        raise
    return servers


def bench_stock(args: argparse.Namespace, workdir: Path) -> BotRun:
    run = BotRun("stock")
    project, model, run.train_s = stock_model()
    proc, url, run.ready_s = start_stock(project, model, workdir)
    try:
        run_loads(run, [url], stock_conversation, args, {"rasa": proc.pid, "actions": None})
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return run


# --------------------------------------------------------------------------
# scale-out: one instance, then two, on one PostgreSQL and one Redis


def bench_scale_out(args: argparse.Namespace, workdir: Path) -> List[BotRun]:
    """The deployment of docs/deploy.md: instances (each with its action server) on one
    PostgreSQL tracker store and one Redis lock store, one instance then two, same load."""
    from bot import settings
    from tests.integration import services  # local services, or throwaway ones from Debian's packages

    model, _ = project_model()
    pg_port, pg = services.shared_postgres_port()
    redis_port, red = services.shared_redis_port()
    database = f"bench_{uuid.uuid4().hex[:10]}"
    env = {"TRACKER_DB_URL": services.create_database(pg_port, database),
           "LOCK_STORE_URL": f"redis://{services.HOST}:{redis_port}/2", **NO_LIMITS}
    endpoints = settings.endpoints(env)
    endpoints.pop("action_endpoint")  # each instance's own action server (the harness writes it)
    try:
        return [_bench_instances(args, workdir / f"instances-{n}", model, env, endpoints, n) for n in (1, 2)]
    finally:
        services.drop_database(pg_port, database)
        for throwaway in (pg, red):
            if throwaway is not None:
                throwaway.close()


def _bench_instances(args: argparse.Namespace, workdir: Path, model: Path, env: Dict[str, str],
                     endpoints: Dict, count: int) -> BotRun:
    run = BotRun(f"{count} inst")
    started: List[Servers] = []
    try:
        for i in range(count):
            folder = workdir / f"i{i}"
            folder.mkdir(parents=True)
            start = time.perf_counter()
            started.append(start_servers(model, folder, env, endpoints))
            run.ready_s = time.perf_counter() - start
        pids = {f"{name}{i}": s.pid(name) for i, s in enumerate(started) for name in ("rasa", "actions")}
        run_loads(run, [s.rasa_url for s in started], project_conversation, args, pids, args.scale_levels)
    finally:
        for servers in started:
            servers.stop()
    return run


def report_scale_out(runs: List[BotRun]) -> None:
    print("\nscale-out on PostgreSQL + Redis, conversations spread over the instances (latency in ms)")
    print(f"{'concurrent':>10} {'instances':>9} {'msgs':>6} {'msg/s':>7} {'p50':>7} {'p95':>7} {'p99':>7} "
          f"{'errors':>6}")
    one, two = runs
    for i, lo1 in enumerate(one.loads):
        for run in runs:
            lo = run.loads[i]
            print(f"{lo.concurrency:>10} {run.name:>9} {len(lo.latencies):>6} {lo.throughput:>7.1f} "
                  f"{lo.p(0.5):>7.0f} {lo.p(0.95):>7.0f} {lo.p(0.99):>7.0f} {lo.errors:>6}")
        for run in runs:
            if run.loads[i].cpu is not None:
                print(f"{'':>10} {run.name:>9} cpu: {run.loads[i].cpu.summary()}")
        print(f"{'':>10} {'2 / 1':>9} {'':>6} {two.loads[i].throughput / lo1.throughput:>6.2f}x")
    for run in runs:
        rss = "  ".join(f"{n}={v:.0f} MB" for n, v in run.rss.items() if v == v)
        print(f"{run.name:>9}: RSS after load {rss}")


# --------------------------------------------------------------------------
# profiling (py-spy, optional)


def _start_profiler(args: argparse.Namespace, bot: str, pids: Dict[str, Optional[int]], level: int):
    if not args.profile or level != max(args.levels):
        return None
    spy = Path(sys.executable).parent / "py-spy"
    out = Path(args.profile)
    out.mkdir(parents=True, exist_ok=True)
    procs = {}
    for name, pid in pids.items():
        if pid is not None:
            path = out / f"{bot}-{name}.txt"
            procs[name] = (subprocess.Popen([str(spy), "record", "--pid", str(pid), "--format", "raw", "--rate", "50",
                                             "--output", str(path), "--nonblocking"],
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), path)
    return procs


def _stop_profiler(procs) -> List[str]:
    if not procs:
        return []
    lines = []
    for name, (proc, path) in procs.items():
        proc.send_signal(2)  # SIGINT: py-spy writes its file and exits
        proc.wait(timeout=60)
        lines.append(f"{name}: " + summarise_profile(path))
    return lines


def summarise_profile(path: Path, top: int = 12) -> str:
    """Share of samples (inclusive) per module area, from py-spy's collapsed stacks."""
    if not path.exists():
        return "(no profile)"
    areas = {"tensorflow": "tensorflow", "keras": "tensorflow", "rasa/nlu": "rasa NLU", "rasa/core/policies":
             "rasa policies", "rasa/core/featurizers": "rasa featurizers", "rasa/core/tracker_store": "tracker store",
             "sqlalchemy": "tracker store", "bot/nlu": "bot NLU (lexicon)", "bot/clinical": "clinical engine",
             "actions/": "custom actions", "rasa/core/actions/action.py": "action server call",
             "aiohttp": "http client", "sanic": "sanic", "rasa/shared/core/trackers": "tracker events",
             "rasa/shared/core/domain": "domain", "json": "json", "yaml": "yaml", "spacy": "spacy",
             "rasa/engine": "rasa graph"}
    totals: Counter = Counter()
    samples = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        samples += int(count)
        for area in {label for key, label in areas.items() if key in stack}:
            totals[area] += int(count)
    if not samples:
        return "(no samples)"
    return ", ".join(f"{area} {100 * n / samples:.0f}%" for area, n in totals.most_common(top)) + \
        f" (of {samples} samples; inclusive, areas overlap)"


# --------------------------------------------------------------------------
# report


def report(runs: List[BotRun]) -> None:
    print("\nclosed loop, 20 messages per conversation (latency in ms)")
    print(f"{'concurrent':>10} {'bot':>8} {'msgs':>6} {'msg/s':>7} {'p50':>7} {'p95':>7} {'p99':>7} {'errors':>6}")
    by_name = {r.name: r for r in runs}
    for i in range(len(runs[0].loads)):
        for run in runs:
            lo = run.loads[i]
            print(f"{lo.concurrency:>10} {run.name:>8} {len(lo.latencies):>6} {lo.throughput:>7.1f} "
                  f"{lo.p(0.5):>7.0f} {lo.p(0.95):>7.0f} {lo.p(0.99):>7.0f} {lo.errors:>6}")
        for run in runs:
            if run.loads[i].cpu is not None:
                print(f"{'':>10} {run.name:>8} cpu: {run.loads[i].cpu.summary()}")
        if "stock" in by_name and "project" in by_name:
            p, s = by_name["project"].loads[i], by_name["stock"].loads[i]
            print(f"{'':>10} {'ratio':>8} {'':>6} {p.throughput / s.throughput:>6.2f}x "
                  f"{p.p(0.5) / s.p(0.5):>6.2f}x {p.p(0.95) / s.p(0.95):>6.2f}x {p.p(0.99) / s.p(0.99):>6.2f}x")
    print("\n(ratio: project / stock; throughput above 1 and latency below 1 favour the project)")
    for run in runs:
        train = f"{run.train_s:.0f} s" if run.train_s else "cached (not timed)"
        rss = "  ".join(f"{n}={v:.0f} MB" for n, v in run.rss.items() if v == v)
        print(f"{run.name:>8}: RSS after load {rss}; start to ready {run.ready_s:.0f} s; training {train}")
        for line in run.profile:
            print(f"{'':>10}profile {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--levels", default="1,4,20", help="concurrent conversations, comma-separated")
    parser.add_argument("--messages", type=int, default=20, help="messages per conversation")
    parser.add_argument("--rounds", type=int, default=2, help="conversations per sender at each level")
    parser.add_argument("--parses", type=int, default=100)
    parser.add_argument("--project-only", action="store_true")
    parser.add_argument("--profile", help="record the servers with py-spy at the highest level into this folder")
    parser.add_argument("--scale-levels", default="4,20",
                        help="concurrent conversations for the one-instance / two-instance comparison")
    parser.add_argument("--no-scale-out", action="store_true", help="skip the PostgreSQL + Redis instances")
    args = parser.parse_args()
    args.levels = [int(x) for x in args.levels.split(",")]
    args.scale_levels = [int(x) for x in args.scale_levels.split(",")]
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

    bench_engine()
    runs, scaled = [], []
    with tempfile.TemporaryDirectory() as tmp:
        runs.append(bench_project(args, Path(tmp)))
        if not args.project_only:
            runs.append(bench_stock(args, Path(tmp)))
        if not args.no_scale_out:
            scaled = bench_scale_out(args, Path(tmp))
    report(runs)
    if scaled:
        report_scale_out(scaled)
    print(json.dumps({r.name: {"ready_s": round(r.ready_s, 1), "train_s": r.train_s, "rss_mb": r.rss,
                               "loads": [{"concurrency": lo.concurrency, "msgs": len(lo.latencies),
                                          "msg_per_s": round(lo.throughput, 2), "p50": round(lo.p(0.5)),
                                          "p95": round(lo.p(0.95)), "p99": round(lo.p(0.99)),
                                          "errors": lo.errors,
                                          "cores_busy": None if lo.cpu is None else round(lo.cpu.machine, 2)}
                                         for lo in r.loads]} for r in runs + scaled}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
