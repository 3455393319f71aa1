"""Score `mlward data scan` on the fifth blind set (the scorer of the second set, pointed here).

    python bench/blind_eval5/run.py [--mlward CMD] [--save]
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.argv[1:1] = ["--dataset", str(HERE / "blind_set.jsonl"),
                     "--labels", str(HERE / "blind_set.labels.jsonl"), "--out", str(HERE)]
    runpy.run_path(str(HERE.parent / "blind_eval2" / "run.py"), run_name="__main__")
