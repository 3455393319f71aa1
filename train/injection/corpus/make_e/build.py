"""Build corpus E (e_handwritten.jsonl) from the hand-written tuples in this folder.

Run from anywhere:  python3 train/injection/corpus/make_e/build.py
Every module defines RECORDS = [(label, kind, text), ...] and LANG; the checks and the writing are
shared with the other hand-written corpora (../handwritten.py).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from handwritten import build  # noqa: E402

MODULES = ("en_pos", "en_neg", "long_en", "de", "long_de", "fr", "long_fr", "ja", "long_ja", "ru", "long_ru")
KINDS = {
    1: {"doc-directive", "exfil-tooluse", "split-payload", "authority-smuggle", "subtle-override"},
    0: {"human-directive", "tool-use-legit", "string-games-benign", "authority-benign", "summary-request"},
}


if __name__ == "__main__":
    build(HERE, "e_handwritten.jsonl", KINDS, "handwritten-e", MODULES)
