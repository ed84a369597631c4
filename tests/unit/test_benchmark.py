"""scripts/benchmark.py's own logic, without servers: how load is spread and reported."""

from __future__ import annotations

import threading
import time
from collections import Counter

from tests.scripts import script

benchmark = script("benchmark")


def test_each_conversation_stays_on_one_instance_and_the_instances_share_the_load():
    seen = Counter()
    per_conversation = {}
    lock = threading.Lock()

    def conversation(client, index, messages):
        with lock:
            seen[client.base_url] += 1
            per_conversation.setdefault(index, set()).add(client.base_url)
        return [1.0] * messages

    load = benchmark.closed_loop(["http://a", "http://b"], conversation, concurrency=4, rounds=3, messages=5)
    assert seen == {"http://a": 6, "http://b": 6}
    assert all(len(urls) == 1 for urls in per_conversation.values()), "sticky: a conversation never moves"
    assert len(load.latencies) == 4 * 3 * 5 and load.errors == 0


def test_at_any_moment_the_conversations_are_spread_over_the_instances():
    active, most = Counter(), Counter()
    lock = threading.Lock()

    def conversation(client, index, messages):
        with lock:
            active[client.base_url] += 1
            most[client.base_url] = max(most[client.base_url], active[client.base_url])
        time.sleep(0.05)  # the senders' conversations overlap
        with lock:
            active[client.base_url] -= 1
        return [1.0] * messages

    benchmark.closed_loop(["http://a", "http://b"], conversation, concurrency=6, rounds=2, messages=1)
    assert most == {"http://a": 3, "http://b": 3}, "never more than its share on one instance"


def test_a_failing_sender_is_counted_not_fatal():
    def conversation(client, index, messages):
        if index == 0:
            raise ConnectionError("refused")
        return [2.0] * messages

    load = benchmark.closed_loop(["http://a"], conversation, concurrency=2, rounds=1, messages=3)
    assert load.errors == 1 and load.latencies == [2.0] * 3


def test_the_scale_out_report_prints_the_two_to_one_ratio(capsys):
    one = benchmark.BotRun("1 inst", loads=[benchmark.Load(20, [100.0] * 10, 2.0, 0)])
    two = benchmark.BotRun("2 inst", loads=[benchmark.Load(20, [100.0] * 15, 2.0, 0)])
    benchmark.report_scale_out([one, two])
    out = capsys.readouterr().out
    assert "1.50x" in out and "2 inst" in out


# --- CPU use during a load -----------------------------------------------------------------

STAT = """cpu  100 0 50 800 50 0 0 0 0 0
cpu0 50 0 25 400 25 0 0 0 0 0
"""


def test_machine_cpu_counts_idle_and_iowait_as_not_busy():
    busy, total = benchmark.machine_cpu(STAT)
    assert (busy, total) == (150.0, 1000.0)


def test_a_busy_process_is_measured_in_cores():
    import os

    pid = os.getpid()
    before = benchmark.process_cpu_seconds(pid)

    def spin():
        end = time.process_time() + 0.3
        while time.process_time() < end:
            pass
        return benchmark.Load(1, [1.0], 0.3, 0)

    load = benchmark.measure_cpu({"me": pid, "nobody": None}, spin)
    assert benchmark.process_cpu_seconds(pid) - before >= 0.25  # clock ticks of 10 ms
    assert 0.2 < load.cpu.servers["me"] <= 1.2, "one thread spinning: up to one core (less when others share it)"
    assert load.cpu.servers["nobody"] != load.cpu.servers["nobody"], "no pid: not a number"
    assert 0 < load.cpu.machine <= load.cpu.cores
    assert "of" in load.cpu.summary() and "me " in load.cpu.summary()
