#!/usr/bin/env python3
"""Makes Fixtures/hunspell-oracle.tsv: a seeded sample of words (corpus words, dictionary stems,
inflections, names, case variants, hyphenated and numeric forms, misspellings) with the verdict
of Debian's hunspell (libhunspell 1.7) on the committed dictionaries/hunspell/en_US files.

Needs: apt-get install hunspell libhunspell-dev gcc pkg-config. Run from the repository root:
    python3 tests/Proofread.Lexicon.Tests/Fixtures/tools/make-oracle.py
"""
import gzip
import os
import random
import subprocess
import sys

ROOT = os.getcwd()
TOOLS = os.path.dirname(os.path.abspath(__file__))
AFF = os.path.join(ROOT, "dictionaries/hunspell/en_US.aff")
DIC = os.path.join(ROOT, "dictionaries/hunspell/en_US.dic")
FREQ = os.path.join(ROOT, "dictionaries/frequency/brown.tsv.gz")
OUT = os.path.join(TOOLS, "..", "hunspell-oracle.tsv")

rng = random.Random(20261128)

with gzip.open(FREQ, "rt", encoding="utf-8") as f:
    corpus = sorted(line.split("\t")[0] for line in f if line.strip())
corpus = [w for w in corpus if w.isascii() and len(w) > 1 and "." not in w]
with open(DIC, encoding="utf-8") as f:
    stems = sorted(line.split("/")[0].strip() for line in list(f)[1:] if line.strip())

letters = "abcdefghijklmnopqrstuvwxyz"

def misspell(w):
    i = rng.randrange(len(w))
    op = rng.randrange(4)
    if op == 0 and len(w) > 3:
        return w[:i] + w[i + 1:]
    if op == 1:
        return w[:i] + rng.choice(letters) + w[i:]
    if op == 2:
        return w[:i] + rng.choice(letters) + w[i + 1:]
    if i + 1 < len(w):
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return w + rng.choice(letters)

words = set()
words.update(rng.sample(corpus, 1500))
words.update(rng.sample(stems, 900))
lower_stems = [s for s in stems if s.islower() and s.isalpha() and len(s) > 2]
names = [s for s in stems if s[:1].isupper() and s[1:].islower() and s.isalpha()]
for s in rng.sample(lower_stems, 700):
    words.add(s + rng.choice(["s", "es", "ed", "d", "ing", "er", "est", "ly", "ness", "'s", "ies", "ied", "able", "ment"]))
for s in rng.sample(lower_stems, 300):
    words.add(rng.choice(["un", "re", "dis", "in", "de", "con", "pro"]) + s)
for w in rng.sample([c for c in corpus if len(c) >= 4 and c.isalpha()], 1300):
    words.add(misspell(w))
for w in rng.sample([c for c in corpus if len(c) >= 6 and c.isalpha()], 300):
    words.add(misspell(misspell(w)))
for s in rng.sample(lower_stems, 200):
    words.add(s.upper())
    words.add(s.capitalize())
for s in rng.sample(names, 200):
    words.add(s.lower() if rng.random() < 0.5 else s.upper())
    words.add(s + "'s")
for _ in range(200):
    a, b = rng.choice(lower_stems), rng.choice(lower_stems)
    words.add(a + "-" + (b if rng.random() < 0.7 else misspell(b)))
for _ in range(150):
    n = rng.choice([rng.randrange(0, 30), rng.randrange(0, 1000), rng.randrange(0, 100000)])
    words.add(str(n) + rng.choice(["st", "nd", "rd", "th"]))
for _ in range(40):
    words.add(f"{rng.randrange(1, 1000)},{rng.randrange(0, 1000):03d}")
    words.add(f"{rng.randrange(0, 100)}.{rng.randrange(0, 100)}")
for w in rng.sample([c for c in corpus if "'" in c], 60):
    words.add(w)
    words.add(w.replace("'", "\u2019"))

words = sorted(w for w in words if w and "\t" not in w and " " not in w)
exe = os.path.join("/tmp", "hunspell-verdicts")
subprocess.run(["cc", "-O2", "-o", exe, os.path.join(TOOLS, "hunspell-verdicts.c")]
               + subprocess.run(["pkg-config", "--cflags", "--libs", "hunspell"], capture_output=True, text=True, check=True).stdout.split(),
               check=True)
result = subprocess.run([exe, AFF, DIC], input="\n".join(words) + "\n", capture_output=True, text=True, check=True)
lines = result.stdout.splitlines()
assert len(lines) == len(words), (len(lines), len(words))
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("# word\thunspell 1.7.1 verdict (1 = correct) on dictionaries/hunspell/en_US; made by tools/make-oracle.py\n")
    for line in lines:
        f.write(line + "\n")
print(f"{len(lines)} words, {sum(l.endswith(chr(9) + '1') for l in lines)} correct", file=sys.stderr)
