"""Build corpus F (f_handwritten.jsonl) from the hand-written tuples in this folder.

Run from anywhere:  python3 train/injection/corpus/make_f/build.py
Every module defines RECORDS = [(label, kind, text), ...] and LANG; the checks and the writing are
shared with the other hand-written corpora (../handwritten.py).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from handwritten import build  # noqa: E402

KINDS = {
    1: {"operator-extraction", "minutes-and-transcripts", "review-aggregation", "tool-result-policy",
        "image-exfil"},
    0: {"discussion-quoting", "code-and-api", "fiction-person-questions", "operator-setup"},
}


if __name__ == "__main__":
    build(HERE, "f_handwritten.jsonl", KINDS, "handwritten-f")
