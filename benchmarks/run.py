"""`make bench`: run every benchmarks/bench_*.py and print one line per figure, with its floor and budget."""

from __future__ import annotations

import importlib
import json
import sys
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def main(argv: list[str]) -> int:
    only = set(argv)
    results = []
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem
        if only and name not in only and name.removeprefix("bench_") not in only:
            continue
        print(f"== {name}", flush=True)
        module = importlib.import_module(name)
        for result in module.run():
            print(result.line(), flush=True)
            results.append({"bench": name, **asdict(result)})
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2))
    over = [r for r in results if r["ok"] is False]
    print(f"\n{len(results)} figures, {len(over)} over budget.")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
