#!/usr/bin/env python3
"""Generates lookalikes.tsv and words.tsv beside this script (issue 17).

    pip download --no-deps pycorrector==1.1.4 jieba==0.42.1
    unzip pycorrector-1.1.4-py3-none-any.whl -d pyc && tar xzf jieba-0.42.1.tar.gz
    git clone https://github.com/amake/cjk-decomp   (commit c29b391, cjk-decomp.txt)
    python3 generate.py pyc/pycorrector/data jieba-0.42.1/jieba/dict.txt cjk-decomp/cjk-decomp.txt
    pip download --no-deps pypinyin==0.55.0 && python3 -m zipfile -e pypinyin-0.55.0-*.whl pyp
    python3 generate.py --readings pyp
    python3 generate.py --idioms jieba-0.42.1/jieba/dict.txt

lookalikes.tsv (形近字表): pairs of characters of similar shape, from pycorrector 1.1.4
(Apache License 2.0, (c) XuMing): data/same_stroke.txt, groups of characters that share a
component, and data/stroke.txt, the stroke-type sequence of each character. A pair is kept
when its first character stands in a canonical form of formulations.tsv, blends.tsv,
replacements.tsv or collocations.tsv, its second is one of the 6763 characters of
homophones.tsv (GB 2312), and the two share a group of same_stroke.txt or their stroke
sequences are more than 0.8 similar (1 - Levenshtein distance / the longer length). For the
ordinary-word rule, pairs between any two characters of GB 2312 are kept too: those of a
group, marked `group`, and those of the same number of strokes of which at most one is of
another type and a similarity of 0.75 or more (平/乎, 己/已), marked `onestroke` (which wins over the other two marks). Until
round 4 only group pairs were generated between characters outside the canonical forms, so
that look-alikes sharing no group of same_stroke.txt, such as 平/乎, never reached the
ordinary-word rule.

Pairs that share their main component (栽/裁/载 around 𢦏, 俩/辆 beside 两), marked
`component`, come from the CJK Decomposition Data of Gavin Grover, as kept at
https://github.com/amake/cjk-decomp (cjk-decomp.txt, offered under six licences, used here
under the Apache License 2.0): two characters of GB 2312 whose first-level decomposition has
the same configuration and two components, of which the one at the same place is the same
character, a component that at most COMPONENT_HOLDERS characters of GB 2312 hold there (so a
phonetic or a body, not a radical such as 亻 or 氵), of at least MIN_COMPONENT_STROKES strokes and
of no fewer than the component it stands beside in either character (stroke counts from
pycorrector's stroke.txt; a component it lacks, such as 𢦏, is one of many strokes). pycorrector's
evidence wins where both give a pair.

words.tsv (常用词词表): every word of two or three 汉字 of jieba 0.42.1's dict.txt (MIT
licence, (c) Sun Junyi), grouped by prefix, with the frequency of those of frequency more than 3 (jieba's
floor: the words it lists without corpus evidence have 3 or less).

Only the Python standard library is used. The output is sorted, so that a rerun on the
same input gives the same bytes.
"""

import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# jieba gives 3 to most of the words it lists without corpus evidence (128,098 of its words
# of two or three 汉字): words.tsv writes the frequency of every other word, and a word
# without one is of this floor.
FLOOR = 3
# The frequency from which src/validate/support/text/lexicon.rs takes a word as a correction (TARGET_FREQUENCY).
TARGET = 500
HANZI = re.compile(r"^[\u4e00-\u9fff]+$")
# One ideograph of the URO, extension A or the supplementary planes (a component of
# cjk-decomp.txt that is a character, not one of its five-digit intermediate shapes or a stroke).
IDEOGRAPH = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]$")
# A component held at the same place by more characters of GB 2312 than this is a radical.
COMPONENT_HOLDERS = 10
# The least strokes of a shared component.
MIN_COMPONENT_STROKES = 4


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def tsv_rows(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def component_pairs(decomp_path, common, strokes):
    """The pairs of characters of `common` that share their main component (see the module's
    documentation), from cjk-decomp.txt at `decomp_path`."""
    line_re = re.compile(r"^(.+?):([a-z0-9/]+)\((.*)\)$")
    parts = {}
    with open(decomp_path, encoding="utf-8") as f:
        for line in f:
            m = line_re.match(line.strip())
            if not m or m.group(1) not in common:
                continue
            char, kind, components = m.groups()
            components = components.split(",") if components else []
            if (
                len(components) == 2
                and all(IDEOGRAPH.match(x) for x in components)
                and char not in components
            ):
                parts[char] = (kind.split("/")[0], components)
    holders = collections.defaultdict(set)
    for char, (kind, components) in parts.items():
        for at, x in enumerate(components):
            holders[(kind, at, x)].add(char)

    def count(x):
        return len(strokes[x]) if x in strokes else None

    pairs = set()
    for (kind, at, x), chars in holders.items():
        n = count(x)
        if not 2 <= len(chars) <= COMPONENT_HOLDERS or (n is not None and n < MIN_COMPONENT_STROKES):
            continue
        for a in chars:
            for b in chars:
                if a >= b:
                    continue
                beside = (parts[a][1][1 - at], parts[b][1][1 - at])
                if n is not None and any(count(y) is not None and count(y) > n for y in beside):
                    continue
                pairs.add((a, b))
    return pairs


def main(pyc_data, jieba_dict, decomp_path):
    strokes = {}
    with open(os.path.join(pyc_data, "stroke.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(parts) == 2:
                strokes[parts[0]] = parts[1]
    group_of = collections.defaultdict(set)
    with open(os.path.join(pyc_data, "same_stroke.txt"), encoding="utf-8") as f:
        for line in f:
            group = line.split()
            for a in group:
                group_of[a].update(c for c in group if c != a)

    common = set()
    for row in tsv_rows("homophones.tsv"):
        common.update(row[1])
    canonical = set()
    for name in ("formulations.tsv", "blends.tsv", "replacements.tsv", "collocations.tsv"):
        for row in tsv_rows(name):
            for cell in row:
                canonical.update(c for c in cell if HANZI.match(c))

    def similarity(a, b):
        s, t = strokes.get(a), strokes.get(b)
        if not s or not t:
            return 0.0
        return 1 - levenshtein(s, t) / max(len(s), len(t))

    pairs = {}
    for a in sorted(canonical & common):
        for b in sorted(common):
            if a == b:
                continue
            s = similarity(a, b)
            if b in group_of[a] or s > 0.8:
                key = (min(a, b), max(a, b))
                pairs[key] = (s, "group" if b in group_of[a] else "strokes")
    for a in sorted(common):
        for b in sorted(group_of[a] & common):
            key = (min(a, b), max(a, b))
            if key not in pairs:
                pairs[key] = (similarity(a, b), "group")
    # Between any two characters of GB 2312: the same number of strokes, at most one of
    # another type, 0.75 similar or more (so of four strokes or more, unless the same: 平/乎,
    # 己/已). Found by bucketing each sequence with one place blanked.
    blanked = collections.defaultdict(set)
    for c in sorted(common):
        s = strokes.get(c)
        if s:
            for i in range(len(s)):
                blanked[(s[:i], s[i + 1 :])].add(c)
    for group in blanked.values():
        for a in group:
            for b in group:
                if a < b and similarity(a, b) >= 0.75:
                    pairs[(a, b)] = (similarity(a, b), "onestroke")
    for key in sorted(component_pairs(decomp_path, common, strokes)):
        if key not in pairs:
            pairs[key] = (similarity(*key), "component")
    with open(os.path.join(HERE, "lookalikes.tsv"), "w", encoding="utf-8") as out:
        out.write(
            "# 形近字表 (look-alike characters), generated by generate.py beside this file.\n"
            "#\n"
            "# Source: pycorrector 1.1.4, data/same_stroke.txt and data/stroke.txt,\n"
            "# https://github.com/shibing624/pycorrector, Apache License 2.0, (c) XuMing;\n"
            "# and CJK Decomposition Data (cjk-decomp), cjk-decomp.txt, (c) Gavin Grover,\n"
            "# https://github.com/amake/cjk-decomp, used under the Apache License 2.0.\n"
            "#\n"
            "# One pair a line, columns separated by one TAB:\n"
            "#\n"
            "#   character<TAB>look-alike<TAB>stroke similarity<TAB>evidence\n"
            "#\n"
            "# evidence: group (the two share a group of same_stroke.txt) | strokes (stroke\n"
            "# sequences more than 0.8 similar) | onestroke (the same number of strokes, at most\n"
            "# one of another type, similarity 0.75 or more; between any two characters of\n"
            "# GB 2312) | component (the same configuration around a shared main component of\n"
            "# cjk-decomp.txt, held there by at most ten characters of GB 2312: 栽/裁, 俩/辆).\n"
            "# Pairs are symmetric. Inside canonical forms any pair counts as a look-alike; the\n"
            "# ordinary-word rule uses `group` pairs of similarity 0.75 or more and every\n"
            "# `onestroke` pair, and for a word of the genre every pair. Do not edit by hand:\n"
            "# fix generate.py or confusables.tsv.\n"
        )
        for (a, b), (s, why) in sorted(pairs.items()):
            out.write(f"{a}\t{b}\t{s:.2f}\t{why}\n")

    words = {}
    with open(jieba_dict, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and HANZI.match(parts[0]) and 2 <= len(parts[0]) <= 3:
                words[parts[0]] = max(words.get(parts[0], 0), int(parts[1]))
    by_prefix = collections.defaultdict(list)
    for w in sorted(words):
        by_prefix[w[:-1]].append(w[-1] + (str(words[w]) if words[w] > FLOOR else ""))
    with open(os.path.join(HERE, "words.tsv"), "w", encoding="utf-8") as out:
        out.write(
            "# 常用词词表 (lexicon of common words), generated by generate.py beside this file.\n"
            "#\n"
            "# Source: jieba 0.42.1, jieba/dict.txt, https://github.com/fxsjy/jieba,\n"
            "# MIT License, (c) 2013 Sun Junyi.\n"
            "#\n"
            "# Every word of two or three 汉字, grouped by all but its last character:\n"
            "#\n"
            "#   prefix<TAB>last characters\n"
            f"# A last character is followed by the word's frequency when it is more than {FLOOR}\n"
            f"# (精<TAB>神12961确…: 精神 has frequency 12961); one without a frequency has {FLOOR} or\n"
            "# less, the count jieba gives to the words it lists without corpus evidence. Do not\n"
            "# edit by hand: fix generate.py.\n"
        )
        for prefix in sorted(by_prefix):
            out.write(prefix + "\t" + "".join(by_prefix[prefix]) + "\n")

def readings(pypinyin_dir):
    """Writes readings.tsv: the frequent words of words.tsv in which a character takes
    another reading than the one homophones.tsv lists it under (协调: 调 is tiao there,
    diao in homophones.tsv), with the word's readings from pypinyin's phrase dictionary."""
    sys.path.insert(0, pypinyin_dir)
    from pypinyin import Style, lazy_pinyin

    main_reading = {}
    for row in tsv_rows("homophones.tsv"):
        for c in row[1]:
            main_reading[c] = row[0]
    out_rows = []
    for row in tsv_rows("words.tsv"):
        prefix, rest = row[0], row[1]
        for m in re.finditer(r"([\u4e00-\u9fff])(\d*)", rest):
            word, freq = prefix + m.group(1), int(m.group(2) or 0)
            if freq < TARGET:
                continue
            rs = lazy_pinyin(word, style=Style.NORMAL, v_to_u=False)
            rs = [r.replace("ü", "v") for r in rs]
            syllables = set(main_reading.values())
            if len(rs) == len(word) and all(r in syllables for r in rs) and any(
                main_reading.get(c) not in (None, r) for c, r in zip(word, rs)
            ):
                out_rows.append(f"{word}\t{' '.join(rs)}\n")
    with open(os.path.join(HERE, "readings.tsv"), "w", encoding="utf-8") as out:
        out.write(
            "# 词内读音表 (readings of polyphonic characters inside frequent words), generated by\n"
            "# generate.py --readings beside this file (issue 17).\n"
            "#\n"
            "# Source: pypinyin 0.55.0, its phrase dictionary (lazy_pinyin, Style.NORMAL),\n"
            "# https://github.com/mozillazg/python-pinyin, MIT License, (c) mozillazg.\n"
            "#\n"
            "#   word<TAB>the reading of each character, without tones\n"
            "#\n"
            f"# Only words of frequency {TARGET} or more of words.tsv in which a character reads\n"
            "# otherwise than under its line of homophones.tsv (协调 xie tiao: 调 stands under\n"
            "# diao). The ordinary-word rule counts the characters of that reading as same-sound\n"
            "# there (协条 for 协调). Do not edit by hand: fix generate.py.\n"
        )
        out.writelines(sorted(out_rows))


def idioms(jieba_dict):
    """Writes idioms.tsv: the four-character idioms (成语, tag i) and set phrases (习用语, tag
    l) of jieba's dict.txt, in which the ordinary-word rule reports no window (兼数 in
    身兼数职 is no misspelt 兼职)."""
    found = set()
    with open(jieba_dict, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3 and parts[2] in ("i", "l") and len(parts[0]) == 4 and HANZI.match(parts[0]):
                found.add(parts[0])
    with open(os.path.join(HERE, "idioms.tsv"), "w", encoding="utf-8") as out:
        out.write(
            "# 成语与习用语 (four-character idioms and set phrases), generated by\n"
            "# generate.py --idioms beside this file (issue 17).\n"
            "#\n"
            "# Source: jieba 0.42.1, jieba/dict.txt, https://github.com/fxsjy/jieba,\n"
            "# MIT License, (c) 2013 Sun Junyi: the words of four 汉字 tagged i (成语) or l (习用语).\n"
            "#\n"
            "# One phrase a line. The ordinary-word rule reports no window inside one (身兼数职,\n"
            "# 应保尽保). Do not edit by hand: fix generate.py.\n"
        )
        for w in sorted(found):
            out.write(w + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--readings":
        readings(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "--idioms":
        idioms(sys.argv[2])
    elif len(sys.argv) == 4:
        main(sys.argv[1], sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
