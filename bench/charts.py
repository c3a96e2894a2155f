"""How long each crew chart takes to compute and draw, on the real store.

    python bench/charts.py              # data/ -> temp db, each chart 15 times
    python bench/charts.py --repeat 30 --json

Measures, in one process: the cold start (importing matplotlib and drawing the first
chart, which the bot does once at start-up in a thread) and then, per chart, the data
step (facts -> plain values) and the whole render to PNG: p50 / p90 / max wall-clock ms,
the CPU-time p50 (less disturbed by other processes on a shared machine), and the PNG size. The cache is not used: every run draws afresh. Target: render p50 <= 150 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.charts import Window  # noqa: E402
from bot.charts.make import ChartRequest, chart_data, expedition_id, render  # noqa: E402
from bot.store.build import build  # noqa: E402
from bot.store.facts import load_facts  # noqa: E402

TARGET_MS = 150.0


def requests(facts) -> dict[str, ChartRequest]:
    return {
        "aboard iss 2015-03-01 (±60 d)": ChartRequest("aboard", "iss", Window.around(date(2015, 3, 1))),
        "aboard iss 2009 (a year, 44 people)": ChartRequest("aboard", "iss", Window.year(2009)),
        "aboard mir March 1995": ChartRequest("aboard", "mir", Window.month(1995, 3)),
        "expedition iss 42": ChartRequest("expedition", expedition=expedition_id(facts, "iss", 42)),
        "person peggy-whitson": ChartRequest("person", person="peggy-whitson"),
        "person gennady-padalka": ChartRequest("person", person="gennady-padalka"),
        "crew-count iss": ChartRequest("crew-count", station="iss"),
        "crew-count mir": ChartRequest("crew-count", station="mir"),
        "aboard mir 2005 (no one)": ChartRequest("aboard", "mir", Window.around(date(2005, 3, 1))),
    }  # fmt: skip


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        assert build(ROOT / "data", db).ok
        facts = load_facts(db)
    reqs = requests(facts)
    started = time.perf_counter()
    render(chart_data(facts, next(iter(reqs.values()))))
    cold = time.perf_counter() - started
    rows = []
    for label, req in reqs.items():
        data_t, render_t, cpu_t, size = [], [], [], 0
        for _ in range(args.repeat):
            c0 = time.process_time()
            t0 = time.perf_counter()
            chart = chart_data(facts, req)
            t1 = time.perf_counter()
            drawn = render(chart)
            t2 = time.perf_counter()
            cpu_t.append(time.process_time() - c0)
            data_t.append(t1 - t0)
            render_t.append(t2 - t0)
            size = len(drawn.data)
        render_t.sort()
        rows.append({
            "chart": label,
            "data_p50_ms": ms(statistics.median(data_t)),
            "render_p50_ms": ms(statistics.median(render_t)),
            "render_p90_ms": ms(render_t[int(0.9 * (len(render_t) - 1))]),
            "render_max_ms": ms(render_t[-1]),
            "cpu_p50_ms": ms(statistics.median(cpu_t)),
            "png_kb": round(size / 1024),
            "ok": statistics.median(render_t) * 1000 <= TARGET_MS,
        })  # fmt: skip
    if args.json:
        print(json.dumps({"cold_start_ms": ms(cold), "charts": rows}, indent=1))
        return 0
    print(f"cold start (import matplotlib + first chart): {ms(cold):.0f} ms")
    print(
        f"{'chart':38} {'data p50':>9} {'p50':>7} {'p90':>7} {'max':>7} {'CPU p50':>8} {'PNG':>6}"
    )
    for r in rows:
        print(f"{r['chart']:38} {r['data_p50_ms']:>7.1f}ms {r['render_p50_ms']:>5.0f}ms "
              f"{r['render_p90_ms']:>5.0f}ms {r['render_max_ms']:>5.0f}ms {r['cpu_p50_ms']:>6.0f}ms "
              f"{r['png_kb']:>4}KB {'ok' if r['ok'] else 'MISSED'}")  # fmt: skip
    print(f"target: render p50 <= {TARGET_MS:.0f} ms per chart (wall clock; CPU p50 is what a busy"
          " machine cannot inflate)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
