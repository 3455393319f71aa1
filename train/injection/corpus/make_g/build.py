"""Build corpus G (g_handwritten.jsonl) from the hand-written tuples in this folder.

Run from anywhere:  python3 train/injection/corpus/make_g/build.py
Every module defines RECORDS = [(label, kind, text), ...] and LANG; the checks and the writing are
shared with the other hand-written corpora (../handwritten.py).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from handwritten import build  # noqa: E402

KINDS = {
    1: {"indirect-document", "subtle-override", "tool-exfiltration", "authority-forgery",
        "jailbreak-roleplay", "extraction", "obfuscated"},
    0: {"human-instructions", "ai-product-text", "security-discussion", "benign-roleplay-and-formats",
        "operator-prompts"},
}


if __name__ == "__main__":
    build(HERE, "g_handwritten.jsonl", KINDS, "handwritten-g")
