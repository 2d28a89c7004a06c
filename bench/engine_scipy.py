"""Reference side of the engine rows of `npm run bench` (bench/engine-bench.ts): the same computations with
numpy / scipy on the same arrays, timed in-process after loading (the Node side times the engine the same way).

Usage: python3 bench/engine_scipy.py DIR ROUNDS [CASES] -> prints {"case": {"seconds": [...], "statistic": s, "pvalue": p}}.
- t_test: scipy.stats.ttest_ind(ref, cur) on DIR/ttest_{ref,cur}.f64 (1M float64 each side).
- z: Evidently's two-proportion z-test (value counts, pooled proportion, 2 * norm.sf(|z|)) on DIR/z_{ref,cur}.f64.
- tvd: Evidently's permutation test (1000 permutations of the pooled rows, TVD of the re-split value counts) on
  DIR/tvd_{ref,cur}.i32 category codes (2M rows, 100k categories). One round only: it takes tens of seconds.
Exits 3 when numpy or scipy is missing (Debian: apt-get install python3-scipy).
"""
import json
import sys
import time

try:
    import numpy as np
    from scipy import stats
except ImportError as error:  # pragma: no cover - environment check
    print(f"engine_scipy.py: {error}; install numpy and scipy (apt-get install -y python3-scipy)", file=sys.stderr)
    sys.exit(3)

directory, rounds = sys.argv[1], int(sys.argv[2])


def load(name, dtype):
    return np.fromfile(f"{directory}/{name}", dtype=dtype)


def timed(fn, times):
    seconds, result = [], None
    for _ in range(times):
        started = time.perf_counter()
        result = fn()
        seconds.append(time.perf_counter() - started)
    return {"seconds": seconds, "statistic": float(result[0]), "pvalue": float(result[1])}


def ttest():
    ref, cur = load("ttest_ref.f64", np.float64), load("ttest_cur.f64", np.float64)
    return lambda: tuple(stats.ttest_ind(ref, cur))


def ztest():
    ref, cur = load("z_ref.f64", np.float64), load("z_cur.f64", np.float64)

    def run():
        values = np.unique(np.concatenate([np.unique(ref), np.unique(cur)]))
        second = values[1]
        n1, n2 = len(ref), len(cur)
        p1 = np.count_nonzero(ref == second) / n1
        p2 = np.count_nonzero(cur == second) / n2
        pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
        z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        return z, 2 * stats.norm.sf(abs(z))

    return run


def tvd():
    ref, cur = load("tvd_ref.i32", np.int32), load("tvd_cur.i32", np.int32)
    k = int(max(ref.max(), cur.max())) + 1

    def distance(a, b):
        return 0.5 * np.abs(np.bincount(a, minlength=k) / len(a) - np.bincount(b, minlength=k) / len(b)).sum()

    def run():
        observed = distance(ref, cur)
        pooled = np.concatenate([ref, cur])
        rng = np.random.default_rng(0)
        at_least = 0
        for _ in range(1000):
            shuffled = rng.permutation(pooled)
            at_least += distance(shuffled[: len(ref)], shuffled[len(ref):]) >= observed
        return observed, at_least / 1000

    return run


cases = sys.argv[3].split(",") if len(sys.argv) > 3 else ["t_test", "z", "tvd"]
runs = {"t_test": lambda: timed(ttest(), rounds), "z": lambda: timed(ztest(), rounds), "tvd": lambda: timed(tvd(), 1)}
result = {name: runs[name]() for name in cases}
json.dump(result, sys.stdout)
