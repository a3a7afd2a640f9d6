"""Wild17 truth for XDUSPONGE/SNN_benchmark README: spiking-neural-network paper list of author-first
bullets, '* Authors ***VENUE YEAR***<br />', the title in double quotes on the next line (sometimes
after a bold nickname such as '**SLAYER**'), then ' [[paper](url)]' / ' [[code](url)]' lines.

Entries: every bullet line that carries '<br />' outside the '## Framework' section (the
framework bullets are software: BindsNet, Brian2, ...).  The bullets are indented 0-3 spaces at
random, and two of them are written '*Name' with no space after the star (not a Markdown list
item, but the same record shape), so the start is any line whose first non-blank character is
'*' followed by author text and a '<br />'.  An entry runs from its author line to the line
before the next entry, heading or blank line (the last one ends the file without a newline).
Title = the text between the double quotes of the line(s) after the author line: one title wraps
over two lines and is followed by a venue; one title lacks its opening quote (taken up to the
closing quote); a bold nickname before the opening quote ('**TDSNN**', '**MPD-AL**', '**SLAYER**',
...) is a tag and is dropped (STCA's quoted text itself starts 'STCA:' and keeps it); the typo
'DFrom' is kept as written.  One record ('**VPSNN**' followed by the authors again) names no
title: null.  The three category bullets under '## Papers' (no '<br />') are prose, not entries.
Count check: 95 '*...<br' lines minus 8 framework = 87 = 4 (adversarial robustness) + 3 (other
application) + 8 (conversion) + 20 (trained with BP) + 52 (biological plasticity); 78 title lines
start with '"', 8 with a bold nickname, 1 with neither (the missing opening quote).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "XDUSPONGE__SNN_benchmark__README@55abf7b.md"
LINES = read_lines(NAME)
START = re.compile(r"^\s*\*\s*\S.*<br\s*/?>")


def title_of(first: int, last: int) -> str | None:
    """The quoted title on the lines after the author line (1-based first..last of the entry)."""
    body = "\n".join(LINES[first:last])  # lines after the author line
    body = body.split("[[")[0]  # the link lines
    body = re.sub(r"^\*\*[^*]+\*\*:?\s*", "", body.strip())  # bold nickname tag
    if '"' not in body:
        return None
    if body.startswith('"'):
        m = re.match(r'"(.+?)"', body, re.DOTALL)
        return m.group(1)
    return body.split('"')[0]  # the opening quote is missing


def main() -> None:
    papers = []
    section = ""
    per: dict[str, int] = {}
    starts = []
    for i, text in enumerate(LINES, 1):
        if text.lstrip().startswith("#"):
            section = text.strip().lstrip("#").strip()
            continue
        if section != "Framework" and START.match(text):
            starts.append((i, section))
    for k, (i, sec) in enumerate(starts):
        end = i
        j = i + 1
        while j <= len(LINES) and LINES[j - 1].strip() and (k + 1 == len(starts) or j < starts[k + 1][0]) \
                and not LINES[j - 1].lstrip().startswith("#"):
            end = j
            j += 1
        title = title_of(i, end)
        papers.append(entry(LINES, i, end, title))
        per[sec] = per.get(sec, 0) + 1
    assert per == {"SNN Adversarial Robustness": 4, "Other Application": 3, "Conversion Based Methods": 8,
                   "SNN trained with BP": 20,
                   "SNN trained with Biological Plasticity Rules (STDP, Hebbian,etc)": 52}, per
    assert len(papers) == 87
    assert sum(1 for p in papers if p["title"] is None) == 1
    write_truth(NAME, "wild17_development", papers,
                "every author bullet with '<br />' outside the Framework section is an entry (indented or not, '*Name'"
                " without a space included), running through its quoted-title and [[paper]]/[[code]] lines; title ="
                " the double-quoted text (a bold nickname before it dropped, a wrapped title joined, a missing"
                " opening quote tolerated); the VPSNN record repeats its authors instead of a title: null",
                "all 87 entries by eye against the file (title, lines, ids); counts per section 4/3/8/20/52 by grep;"
                " the wrapped AAAI title, the quote-less IJCAI 2018 title, the 8 nickname lines, the two '*Name'"
                " bullets, the link-less IJCNN 2018 conversion entry and the last line without newline checked;"
                " framework tools and the three category bullets left out")


if __name__ == "__main__":
    main()
