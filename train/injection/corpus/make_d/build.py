import json, collections, glob, importlib.util, sys
recs = []
for name in ["en1", "en2", "en3", "de", "fr", "ja", "ru", "extra"]:
    p = f"make_d/{name}.py"
    try:
        spec = importlib.util.spec_from_file_location(name, p); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    except FileNotFoundError:
        continue
    for lang, label, kind, text in m.R:
        recs.append({"text": text, "label": label, "lang": lang, "kind": kind, "source": "handwritten-d"})
existing = set()
for f in glob.glob("*.jsonl"):
    if f == "weak_classes.jsonl": continue
    for line in open(f):
        existing.add(json.loads(line)["text"].strip())
seen = set(); bad = 0
for r in recs:
    assert r["label"] in (0, 1) and r["lang"] in ("en","de","fr","ja","ru") and r["text"].strip()
    t = r["text"].strip()
    if t in seen or t in existing: print("DUP", t[:60]); bad += 1
    seen.add(t)
assert not bad
with open("weak_classes.jsonl", "w") as f:
    for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs), collections.Counter(r["label"] for r in recs), collections.Counter(r["lang"] for r in recs))
c = collections.Counter((r["label"], r["lang"]) for r in recs); print(sorted(c.items()))
