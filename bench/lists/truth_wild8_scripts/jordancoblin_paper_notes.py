"""Wild8 truth for jordancoblin/paper-notes README.md: one person's reading log and to-read list (RL).

Shape: a dated log ('## 2022', '### June' ... '### November') of bullets 'Title [[paper](url)][[notes](url)]'
(plain title text, then bracketed link labels), some titles wrapped onto a second line; then '## TO ADD
(already read)' and '## TO READ' with topic labels ('Policy gradient progression:', 'MBRL:' ...) over bullets
whose titles are the link texts '[Title](url)', sometimes several papers on one bullet chained with '->' or
'/', a link text wrapped over two or three lines, a trailing '(2018)', '- Khurram's paper' or
'(Recommended from Zaheer)' remark, and one indented note sub-bullet.

Entries: every paper a bullet names.  A log bullet's title is its text before '[[paper]'; a chained bullet
gives one entry per linked paper, all on the bullet's lines, each with the ids of its own link only.
Decisions: nickname records ('Capacity loss paper', 'Gato paper', 'BERT paper', 'DALL-E paper', 'TRPO
paper', and the link texts 'DDPG', 'SimPLe', 'PlaNet', 'Dreamer', 'DreamerV2') are entries with a null
title; '(AlphaGo paper)' after a title is dropped; 'A3C (Asynchronous methods ...)' keeps the title in
the parentheses; 'LeCun: ' before a title is its author and dropped.  Not entries: the '[Blog Post]' bullet,
the 'Blog post:' bullet, 'Algos: TRPO, PPO, A3C' (algorithms to study, no paper named or linked), the
Spinning Up URL at the end.  Count check: 17 log entries + 1 to-add + 54 to-read = 72, counted by hand per
section.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "jordancoblin__paper-notes__README@81a04c1.md"
PART = "wild8_development"
LINES = read_lines(NAME)
NICKNAMES = {"DDPG", "SimPLe", "PlaNet", "Dreamer", "DreamerV2"}
NOT_PAPERS = ("- [Blog Post]", "- Blog post:", "- Algos:")


def bullets() -> list[tuple[int, int, str]]:
    """Each bullet with its wrapped continuation lines, and an indented sub-bullet without a link (a note)
    joined to the bullet above it: (first, last, text)."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(LINES):
        text = LINES[i]
        if re.match(r"\s*- ", text):
            first, last = i + 1, i + 1
            while last < len(LINES) and LINES[last].strip() and not re.match(r"(\s*- |#|\S.*:$)", LINES[last]):
                last += 1
            if re.match(r"\s+- ", text) and "](" not in text:  # a note under the bullet above
                f0, _, t0 = out.pop()
                out.append((f0, last, t0 + "\n" + "\n".join(LINES[first - 1 : last])))
            else:
                out.append((first, last, "\n".join(LINES[first - 1 : last])))
            i = last
        else:
            i += 1
    return out


def main() -> None:
    papers = []
    for first, last, text in bullets():
        if text.lstrip().startswith(NOT_PAPERS) or text == "- Semantic parsing:":
            continue
        if first < 40 or re.match(r"- [^\[]", text):  # log bullets and 'Title [[paper](url)]' to-read bullets
            title = re.split(r"\s*\[\[", text, maxsplit=1)[0][2:]
            title = re.sub(r"\s*\(AlphaGo paper\)$", "", title.replace("\n", " "))
            if re.fullmatch(r"[\w\- ]+ paper", title):
                title = None
            papers.append(entry(LINES, first, last, title))
            continue
        for m in re.finditer(r"(?<!\[)\[([^\[\]]+)\]\(([^)\s]+)\)", text):
            label, url = m.group(1), m.group(2)
            label = label.replace("\n", " ")
            if label in NICKNAMES:
                title = None
            elif label.startswith("A3C ("):
                title = label[5:-1]
            else:
                title = label.removeprefix("LeCun: ")
            p = entry(LINES, first, last, title)
            p["arxiv"], p["doi"] = arxiv_of(url), doi_of(url)
            papers.append(p)
    log = [p for p in papers if p["line"] < 37]
    todo = [p for p in papers if 37 < p["line"] < 40]
    toread = [p for p in papers if p["line"] > 40]
    assert (len(log), len(todo), len(toread)) == (17, 1, 54), (len(log), len(todo), len(toread))
    write_truth(NAME, PART, papers, (
        "every paper a bullet names: log bullets titled by the text before '[[paper]', to-read bullets by each"
        " link text (one entry per link of a '->' or '/' chain, ids from its own link); nickname records"
        " ('Gato paper', 'DDPG', 'PlaNet' ...) have a null title, '(AlphaGo paper)' and 'LeCun: ' dropped, the"
        " A3C link titled by its parenthesised title; blog-post bullets, 'Algos:' and the closing URL are not"
        " entries"), (
        "all 72 entries' lines and titles read against the file once; counts per section by hand (log 17,"
        " to-add 1, to-read 54); the wrapped titles (lines 12-13, 20-21, 48-49, 53-55, 56-57, 95-97, 108-109)"
        " and the chained lines 48, 53-55, 89 entry by entry"))


if __name__ == "__main__":
    main()
