"""Wild7 truth for aldro61/papers reading_list.md: a PhD student's personal to-read list (ML and antibiotic resistance, 2017-18).

Shape: '## Papers' with four '###' topic sections (Deep learning, Machine learning (general),
Antibiotic resistance, Bioinformatics), then '## Blog posts', an empty '## Videos' and '## Talks'.
Items are '* [Title](url)' bullets separated by blank lines; two Deep-learning items are plain
text without a link ('* Self-Normalizing Neural Networks (already in papers)').  The author's
own remarks sit in parentheses inside the link text or after the plain title: '(already in
papers)', '(already in papers -- also read David's new paper)', '(already read but check out
references)', '(the imagia paper)', '(thesis)', '(low importance)', '(cited kover)'.  Some
titles are in capitals as the papers print them ('SWISH: A SELF-GATED ACTIVATION FUNCTION').

Entries: every bullet under '## Papers' (31: 19 + 1 + 5 + 6, counted per section with grep).
Title = the link text (or the plain text) with the author's parenthetical remark at its end
dropped; a parenthesis that belongs to the title would be kept (none here).  'Attention and
Augmented Recurrent Neural Networks' (a Distill article) and Gal's thesis are scholarly works
and kept.  Not entries: the five '## Blog posts' bullets and the '## Talks' bullet (slides of a
talk).  Ids: arXiv pdf/abs links; the Genome Medicine URL holds a DOI; the OUP 'article-abstract'
URL, the ASM '.full.pdf' URLs, bioRxiv 'early/...' URL, ScienceDirect pii, Elsevier CDN, PubMed
and PMC links hold none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "aldro61__papers__reading_list@6ee2a17.md"
PART = "wild7_development"
LINES = read_lines(NAME)

#: the author's remarks written at the end of a title
REMARKS = ("(already in papers)", "(already in papers -- also read David's new paper)",
           "(already read but check out references)", "(the imagia paper)", "(thesis)",
           "(low importance)", "(cited kover)")


def main() -> None:
    end_papers = LINES.index("## Blog posts") + 1
    papers = []
    per_section: dict[str, int] = {}
    section = ""
    removed = 0
    for i, text in enumerate(LINES[:end_papers], 1):
        if text.startswith("### "):
            section = text[4:]
            per_section[section] = 0
            continue
        if not text.startswith("* "):
            assert not text.strip().startswith(("*", "-")), (i, text)
            continue
        m = re.match(r"\* \[(.+)\]\((\S+)\)$", text)
        title = m.group(1) if m else text[2:]
        for r in REMARKS:
            if title.endswith(" " + r):
                title = title[: -len(r) - 1]
                removed += 1
        assert "(" not in title, (i, title)
        papers.append(entry(LINES, i, i, title))
        per_section[section] += 1
    assert per_section == {"Deep learning": 19, "Machine learning (general)": 1,
                           "Antibiotic resistance": 5, "Bioinformatics": 6}, per_section
    assert removed == 8, removed
    assert sum(1 for t in LINES[end_papers:] if t.startswith("* ")) == 6  # 5 blog posts + 1 talk
    write_truth(NAME, PART, papers,
                "every bullet under '## Papers' (linked or plain) is an entry, title = the link text or plain text"
                " without the author's parenthetical remark at its end; blog posts and a talk are not entries",
                "all 37 bullets one by one (31 papers in four sections, 5 blog posts, 1 talk), the 8 remarks dropped,"
                " the two unlinked items, the ids (arXiv, one Genome Medicine DOI; OUP/ASM/bioRxiv/pii/PubMed none)")


if __name__ == "__main__":
    main()
