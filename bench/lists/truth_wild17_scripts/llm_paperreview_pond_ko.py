"""Wild17 truth for rustic-snob/LLM-PaperReview 'Pond/Awesome LLM Papers.md': the paper pool of a Korean
LLM paper-review study group (its README in Korean picks each week's paper from this pool); the
header is bilingual Korean/English ('중요한 LLM 관련 논문들을 팔로잉하고 있습니다🤗</br>Following the
newest & important LLM papers🤗'), the tables English.

Shape: one table per '## Topic' section, header '| Paper | a.k.a | Affiliation | Published date | # |
HIGHLY<br>RECOMM.|', body rows WITHOUT a leading or closing pipe: every row starts with the linked
title, '[Title](url) | nickname | affiliation | Month. Year | \\#tag<br>\\#tag | 🔵'; the last column is
often missing.  Titles may hold '<br>' line breaks ('[TRAIN SHORT, TEST LONG:<br>ATTENTION WITH
LINEAR BIASES<br>ENABLES INPUT LENGTH EXTRAPOLATION]', '[RWKV: <br>Reinventing RNNs …]'): rendered
as spaces.  The file's closing legend says '\\*: not a paper': the nine rows whose link text starts
with an escaped asterisk ('[\\*Alpaca: …]', '[\\*Flash-Decoding …]', '[\\*Swallow: LLaMA-2]' …, blog
posts, notion pages, a Reddit thread) are not entries; every other row is, title = the link text as
written (a nickname the list writes into the title, 'VLLM: Efficient Memory Management …', is kept;
all-caps titles are kept).  Ids come from the row's own link: one link has no scheme
('arxiv.org/abs/2310.12036'), some carry a version ('2102.08220v1'), one row links the wrong paper
(LoRA -> 2205.05638, the IA3 paper): taken as written.  A PDF on a project site (Platypus) is an
entry without id.  Not entries: the level legend table, the TOC, the header rows.

Counts: 105 body rows starting with '[' (grep '^\\['), 9 of them '[\\*' -> 96 entries; per section
15, 11, 8, 6, 11, 6, 5, 6, 9, 8, 11, 9 rows before the asterisk rows are removed.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "rustic-snob__LLM-PaperReview__Pond__Awesome LLM Papers@86a2874.md"
PART = "wild17_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = skipped = 0
    per_section: dict[str, int] = {}
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text
        if not text.startswith("["):
            continue
        rows += 1
        per_section[section] = per_section.get(section, 0) + 1
        if text.startswith("[\\*"):
            skipped += 1
            continue
        title = re.match(r"\[(.+?)\]\(", text).group(1)
        papers.append(entry(lines, i, i, title))
    assert rows == 105 and skipped == 9 and len(papers) == 96, (rows, skipped, len(papers))
    assert list(per_section.values()) == [15, 11, 8, 6, 11, 6, 5, 6, 9, 8, 11, 9], per_section
    write_truth(NAME, PART, papers,
                "every pipe-less table row '[Title](url) | a.k.a | …' is an entry except the nine rows the file marks"
                " '\\*' (its legend: not a paper); title = the link text, '<br>' read as a space",
                "all 96 entries and the 9 starred rows against the file (title, arXiv id per row), the row count per"
                " section, the <br> titles (ALiBi, RWKV), the scheme-less arXiv link, the versioned ids, the LoRA row"
                " linking 2205.05638, the Platypus PDF row without id, the '\\*: not a paper' legend")


if __name__ == "__main__":
    main()
