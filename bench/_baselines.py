"""Baselines for the dataset benchmarks; runs inside the separate venv that has Presidio and detect-secrets.

    python _baselines.py eval FILE.jsonl    -> JSON {tool: {record: [category, ...]}} on stdout
    python _baselines.py speed FILE.jsonl   -> JSON {tool: {"seconds": wall, "cpu": cpu, "text_bytes": n}}

Presidio runs twice, both times without NER (spaCy's trained models cannot be downloaded here):
- presidio-engine: the way its documentation and users call it, `AnalyzerEngine().analyze(text, "en")`, with a
  blank spaCy English pipeline in place of the NER model. Every predefined English recognizer runs (the
  pattern recognizers, the phone recognizer built on `phonenumbers`), then context enhancement and
  de-duplication.
- presidio-pattern: the predefined `PatternRecognizer`s called directly, skipping the engine: the fastest
  way to run Presidio's patterns, but without its phone recognizer and its context step.
DATE_TIME, URL, NRP and LOCATION results are not counted as personal data. detect-secrets runs its default
plugins over each line of each text field.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator

_IGNORED = {"DATE_TIME", "URL", "NRP", "LOCATION"}


def _texts(path: str) -> Iterator[tuple[int, str]]:
    with open(path, encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            record = json.loads(line)
            yield i, "\n".join(_strings(record))


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _counted(results: list[object]) -> set[str]:
    return {"pii." + r.entity_type.lower() for r in results  # type: ignore[attr-defined]
            if r.entity_type not in _IGNORED and r.score >= 0.3}  # type: ignore[attr-defined]


def presidio_engine() -> object:
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    with tempfile.TemporaryDirectory(prefix="mlward-presidio-") as folder:  # loaded into memory, then gone
        model = os.path.join(folder, "blank_en")
        spacy.blank("en").to_disk(model)
        nlp = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}).create_engine()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"])
    engine = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])

    def run(text: str) -> set[str]:
        return _counted(engine.analyze(text, language="en"))

    return run


def presidio() -> object:
    from presidio_analyzer import PatternRecognizer, RecognizerRegistry

    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"])
    recognizers = [r for r in registry.recognizers if isinstance(r, PatternRecognizer)]

    def run(text: str) -> set[str]:
        return _counted([result for recognizer in recognizers
                         for result in recognizer.analyze(text, recognizer.supported_entities, None)])

    return run


def detect_secrets() -> object:
    from detect_secrets.core.scan import scan_line
    from detect_secrets.settings import default_settings

    def run(text: str) -> set[str]:
        found = set()
        with default_settings():
            for line in text.splitlines():
                for secret in scan_line(line):
                    found.add("secret." + secret.type.lower().replace(" ", "_"))
        return found

    return run


def main() -> int:
    mode, path = sys.argv[1], sys.argv[2]
    tools = {"presidio-engine": presidio_engine(), "presidio-pattern": presidio(),
             "detect-secrets": detect_secrets()}
    out: dict[str, object] = {}
    for name, run in tools.items():
        start, cpu = time.perf_counter(), time.process_time()
        preds: dict[int, list[str]] = {}
        size = 0
        for i, text in _texts(path):
            size += len(text.encode("utf-8"))
            got = run(text)  # type: ignore[operator]
            if got:
                preds[i] = sorted(got)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        out[name] = preds if mode == "eval" else {"seconds": seconds, "cpu": cpu, "text_bytes": size}
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
