"""Run every benchmark in this folder (except this one) with this Python; ``make bench`` calls it.

Each benchmark reads real data from ``../shared``; when that folder is absent they are skipped.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"


def main() -> int:
    if not SHARED.is_dir():
        sys.stdout.write(f"skipping benchmarks: {SHARED} is absent (they need its gold data)\n")
        return 0
    failed = []
    for script in sorted(HERE.glob("*.py")):
        if script.name == Path(__file__).name or script.name.startswith("_"):
            continue
        sys.stdout.write(f"\n=== {script.name} ===\n")
        sys.stdout.flush()
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, check=False)
        if result.returncode != 0:
            failed.append(f"{script.name} (exit {result.returncode})")
    if failed:
        sys.stdout.write(f"\nfailed: {', '.join(failed)}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
