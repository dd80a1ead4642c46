"""Gateway overhead on the embedded model, and CLI start-up.

In one run, on the same prompt:
- the embedded model through the gateway (LiteLLM custom provider, worker
  thread, timeout) against llama-cpp-python called directly: time to first
  token and tokens per second, median of N runs each, printed as ratios
  (target: overhead within 10% on both);
- `rehearse --help` wall time against `python -c "import textual"`.

Run: .venv/bin/python benchmarks/bench_gateway.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator

# A persona prompt of realistic size. Each call gets a fresh nonce at the start,
# so llama.cpp cannot reuse the previous call's prompt cache and both paths pay
# for the whole prompt, as a real rehearsal turn does.
SYSTEM = (
    "You are Marco, a senior backend engineer who built the billing system. Your tech "
    "lead wants the 12 billing jobs moved from cron to the workflow engine by March 31. "
    "You think the workflow engine's retries are fragile and that nobody will listen. "
    "Speak plainly, in at most three sentences, as Marco. Never say you are an assistant."
)
USER = "Marco, I know you have doubts about the workflow engine. What worries you most?"
MAX_TOKENS = 48
SETTLE_S = float(os.environ.get("BENCH_SETTLE_S", "0.05"))
_nonce = 0


def messages() -> list[dict[str, str]]:
    global _nonce
    _nonce += 1
    return [
        {"role": "system", "content": f"Session {_nonce}. {SYSTEM}"},
        {"role": "user", "content": USER},
    ]


def count_tokens(text: str) -> int:
    """Tokens as the model counts them (the gateway may deliver several per piece)."""
    from rehearse.model import llama_runtime

    llama = llama_runtime._load(2048)
    return len(llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))


def measure(stream: Callable[[], Iterator[str]]) -> tuple[float, float, int]:
    """(time to first piece in s, tokens per second after the first piece, tokens)."""
    started = time.perf_counter()
    first = None
    pieces: list[str] = []
    for piece in stream():
        pieces.append(piece)
        if first is None:
            first = time.perf_counter()
    ended = time.perf_counter()
    time.sleep(SETTLE_S)  # let background bookkeeping of the previous call finish
    assert first is not None, "the model produced nothing"
    after_first = count_tokens("".join(pieces[1:]))
    rate = after_first / (ended - first) if after_first and ended > first else float("nan")
    return first - started, rate, count_tokens("".join(pieces))


def direct_stream() -> Iterator[str]:
    from rehearse.model import llama_runtime

    # Same lock, same instance and same parameters as the provider uses.
    yield from llama_runtime.generate(
        messages(), n_ctx=2048, max_tokens=MAX_TOKENS, temperature=0.0, seed=1
    )


def gateway_stream() -> Iterator[str]:
    from rehearse.config import load_settings
    from rehearse.model import Gateway

    gateway = Gateway(load_settings(), litellm_kwargs={"seed": 1})
    yield from gateway.stream(messages(), max_tokens=MAX_TOKENS, temperature=0.0)


def wall(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("REHEARSE_HOME", tempfile.mkdtemp(prefix="rehearse-bench-"))

    # Warm up both paths (model load, litellm import) before measuring.
    measure(direct_stream)
    measure(gateway_stream)

    rows: dict[str, list[tuple[float, float, int]]] = {"direct": [], "gateway": []}
    for _ in range(args.runs):  # interleaved, so drift hits both alike
        rows["direct"].append(measure(direct_stream))
        rows["gateway"].append(measure(gateway_stream))

    def med(name: str, index: int) -> float:
        return statistics.median(r[index] for r in rows[name])

    print(f"embedded model, {args.runs} runs each, median, max_tokens={MAX_TOKENS}")
    print(f"{'path':<10} {'first token ms':>15} {'tokens/s':>10} {'tokens':>7}")
    for name in rows:
        print(f"{name:<10} {med(name, 0) * 1000:>15.1f} {med(name, 1):>10.1f} {med(name, 2):>7.0f}")
    ttft_ratio = med("gateway", 0) / med("direct", 0)
    rate_ratio = med("gateway", 1) / med("direct", 1)
    print(f"gateway/direct: first token x{ttft_ratio:.2f}, throughput x{rate_ratio:.2f}")
    print(
        "target (overhead within 10%): "
        + ("met" if ttft_ratio <= 1.10 and rate_ratio >= 0.90 else "NOT met")
    )

    bin_dir = os.path.dirname(sys.executable)
    help_s = wall([os.path.join(bin_dir, "rehearse"), "--help"], args.runs)
    textual_s = wall([sys.executable, "-c", "import textual"], args.runs)
    print()
    print(f"{'command':<32} {'median ms':>10}")
    print(f"{'rehearse --help':<32} {help_s * 1000:>10.1f}")
    reference = 'python -c "import textual"'
    print(f"{reference:<32} {textual_s * 1000:>10.1f}")
    print(f"rehearse --help / import textual: x{help_s / textual_s:.2f}")


if __name__ == "__main__":
    main()
