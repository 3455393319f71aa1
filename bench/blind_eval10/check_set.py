#!/usr/bin/env python3
"""Self-check for blind_set.jsonl / blind_set.labels.jsonl.

Validators here are written independently of vals.py.  Checks: record count and
schema, label/kind consistency, composition, record length, every logged
checksum value (valid positives validate, invalid negatives fail, and the value
really occurs in the record text), plus a leak scan for stray personal-data
look-alikes in records that are not labelled pii.
"""
import collections
import ipaddress
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    tot = sum(d[0::2]) + sum(sum(divmod(2 * x, 10)) for x in d[1::2])
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    lengths = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "AT": 20, "CH": 21, "BE": 16}
    if lengths.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    n = ""
    for ch in r:
        n += ch if ch.isdigit() else str(ord(ch) - 55)
    if int(n) % 97 != 1:
        return False
    if s[:2] == "FR":  # national RIB key
        b, g, a, k = s[4:9], s[9:14], s[14:25], s[25:27]
        if (89 * int(b) + 15 * int(g) + 3 * int(a) + int(k)) % 97 != 0:
            return False
    if s[:2] == "BE":
        k = int(s[4:14]) % 97 or 97
        if k != int(s[14:16]):
            return False
    if s[:2] == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(x):
            r_ = 11 - sum(int(c) * ww for c, ww in zip(x, w)) % 11
            return 0 if r_ == 11 else 1 if r_ == 10 else r_
        if dc("00" + s[4:12]) != int(s[12]) or dc(s[14:24]) != int(s[13]):
            return False
    return True


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and n != "0000"


def my_number_ok(s):
    if not re.fullmatch(r"\d{12}", s):
        return False
    digits = [int(c) for c in s]
    body, check = digits[:11], digits[11]
    tot = 0
    for i, p in enumerate(reversed(body), start=1):
        tot += p * (i + 1 if i <= 6 else i - 5)
    r = tot % 11
    return check == (0 if r <= 1 else 11 - r)


def inn_ok(s):
    if not re.fullmatch(r"\d{12}", s):
        return False
    d = [int(c) for c in s]
    c11 = sum(x * y for x, y in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    c12 = sum(x * y for x, y in zip(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    return d[10] == c11 and d[11] == c12


def snils_ok(s):
    digits = re.sub(r"\D", "", s)
    if len(digits) != 11:
        return False
    body, chk = digits[:9], int(digits[9:])
    tot = sum(int(c) * w for c, w in zip(body, range(9, 0, -1)))
    while tot > 101:
        tot %= 101
    exp = 0 if tot in (100, 101) else tot
    return exp == chk


VALIDATORS = {"luhn": luhn_ok, "iban": iban_ok, "ssn": ssn_ok, "my_number": my_number_ok, "inn": inn_ok, "snils": snils_ok}


def norm(t):
    return re.sub(r"[\s\-./]", "", unicodedata.normalize("NFKC", t)).upper()


def main():
    errors, warnings = [], []
    recs = [json.loads(l) for l in open(os.path.join(HERE, "blind_set.jsonl"), encoding="utf-8")]
    labs = [json.loads(l) for l in open(os.path.join(HERE, "blind_set.labels.jsonl"), encoding="utf-8")]
    vals = [json.loads(l) for l in open(os.path.join(HERE, "blind_set.values.jsonl"), encoding="utf-8")]
    if not (len(recs) == len(labs) == len(vals) == 300):
        errors.append("counts %d/%d/%d" % (len(recs), len(labs), len(vals)))
    comp = collections.Counter()
    nchk = collections.Counter()
    for i, (r, l, vv) in enumerate(zip(recs, labs, vals)):
        if set(r) != {"messages"}:
            errors.append("%d: keys %s" % (i, set(r)))
        for m in r["messages"]:
            if set(m) != {"role", "content"} or m["role"] not in ("system", "user", "assistant") or not m["content"]:
                errors.append("%d: bad message" % i)
        if l["record"] != i or set(l) != {"record", "labels", "kind", "lang"}:
            errors.append("%d: bad label row" % i)
        fam = l["kind"].split(".")[0]
        if fam == "clean":
            if l["labels"] != []:
                errors.append("%d: clean with labels" % i)
        elif l["labels"] != [fam]:
            errors.append("%d: labels %s vs kind %s" % (i, l["labels"], l["kind"]))
        comp[(fam, l["lang"])] += 1
        text = "\n".join(m["content"] for m in r["messages"])
        n = len(text)
        if n > 1500:
            warnings.append("%d: %d chars (%s)" % (i, n, l["kind"]))
        nt = norm(text)
        for typ, value, valid in vv["values"]:
            got = VALIDATORS[typ](re.sub(r"[\s\-]", "", value) if typ not in ("ssn", "snils") else value)
            nchk[(typ, valid)] += 1
            if got != valid:
                errors.append("%d: %s %s expected valid=%s got %s" % (i, typ, value, valid, got))
            if valid and fam != "pii":
                errors.append("%d: valid %s in non-pii record" % (i, typ))
            if not valid and fam == "pii" and typ != "luhn":
                errors.append("%d: invalid value in pii record" % i)
            if norm(value) not in nt:
                errors.append("%d: value %s not found in text" % (i, value))
        # ---- leak scan for records not labelled pii
        if fam != "pii":
            for m in re.finditer(r"(?<![\w.])(?:\d[ -]?){13,19}(?![\w])", text):
                d = re.sub(r"\D", "", m.group())
                if 13 <= len(d) <= 19 and luhn_ok(d) and d[0] in "2345678":
                    warnings.append("%d: Luhn-valid digit run %s in %s" % (i, m.group(), l["kind"]))
            for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", text):
                if iban_ok(m.group()):
                    errors.append("%d: valid IBAN %s in %s" % (i, m.group(), l["kind"]))
            for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+[A-Za-z]{2,}", text):
                dom = m.group().split("@", 1)[1].lower()
                if not re.search(r"(^|\.)example\.(com|org|net|fr|jp|de)$|\.example$|\.local$|\.internal$", dom):
                    warnings.append("%d: e-mail-like %s in %s" % (i, m.group(), l["kind"]))
            for m in re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])", text):
                try:
                    ip = ipaddress.ip_address(m.group(1))
                except ValueError:
                    continue
                doc = any(ip in ipaddress.ip_network(n_) for n_ in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"))
                resolvers = {"1.1.1.1", "8.8.8.8", "9.9.9.9", "77.88.8.8", "8.8.4.4"}
                if ip.is_global and not doc and str(ip) not in resolvers:
                    warnings.append("%d: public IP %s in %s" % (i, ip, l["kind"]))
            for m in re.finditer(r"\b\d{3}-\d{2}-\d{4}\b", text):
                if ssn_ok(m.group()):
                    errors.append("%d: valid-looking SSN %s in %s" % (i, m.group(), l["kind"]))
    fams = ["clean", "pii", "secret", "injection"]
    langs = ["en", "de", "fr", "ja", "ru"]
    print("family     " + " ".join("%4s" % x for x in langs) + "  total")
    for f in fams:
        print("%-10s " % f + " ".join("%4d" % comp[(f, x)] for x in langs) + "  %5d" % sum(comp[(f, x)] for x in langs))
    print("total      " + " ".join("%4d" % sum(comp[(f, x)] for f in fams) for x in langs) + "  %5d" % sum(comp.values()))
    print("checksum values checked:", dict(sorted(("%s/%s" % k, c) for k, c in nchk.items())))
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("errors: %d, warnings: %d" % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
