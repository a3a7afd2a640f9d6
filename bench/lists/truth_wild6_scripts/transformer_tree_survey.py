"""Wild6 truth for attavit14203638/transformer-tree-survey README.md: a survey companion repository.

Shape: the survey's own header (title, authors, abstract in a blockquote), a table of contents,
figures in a '<details>' block, a 'Literature Overview' of counts, then sections whose groups are
'<h3><em>… (N papers)</em></h3>' headings of the survey's taxonomy (Pure ViTs, CNN-Transformer
Hybrids, Hierarchical ViTs, Foundation Models, Vision-Language Models), then 'Foundational
Architectures', 'Related Surveys', 'Datasets & Benchmarks' (with a 'Dataset Papers' group) and
'Policy Context'.  Each paper is a '<details>' card: '<summary><b>[YYYY] Title</b></summary>', then
bullets '**Authors**', '**Venue**', '**Key Contribution**' (or '**Key Context**') and '**Links**'
(📖 [Paper](url) to MDPI, IEEE Xplore, doi.org, arXiv, Springer ..., sometimes Code/Dataset links),
then '</details>'.

Entry: every card whose summary is '<b>[YYYY] Title</b>' (research papers, foundational
architecture papers, related surveys, dataset papers, and the five 'Policy Context' cards, which
are journal articles and a USDA general technical report, each linked as a Paper); lines from
'<details>' to '</details>'.  Title: the bold summary text without the '[YYYY]' tag; a trailing
parenthesis the list adds to name the model or note a rename ('(ViT)', '(SAM)', '(NEON)',
'(formerly DOFA-CLIP)') is dropped; a nickname written before a colon ('SETR: …', 'CLIP: …') is
kept as written.  Not entries: the survey's own header record and its 'How to Cite' BibTeX, the
figures block, the 13 dataset cards of the 'Global/Regional Scale Datasets' and 'Standard
Benchmarks' groups ('<b>Name</b> — description' summaries linking dataset pages only), and the
'Available Code & Tools' bullets.

Counts: group headings say 5 + 36 + 4 + 14 + 4 = 63 research papers (= the overview's '63 studies');
foundational 15 (1 + 5 + 5 + 4 under its four groups; the overview says 14), related surveys 15
(= the overview); dataset papers 5 (the overview says 9, the file holds 5); policy 5.  Total 103 = grep -c '<summary><b>\\[' .
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "attavit14203638__transformer-tree-survey__README@1a19171.md"
PART = "wild6_development"
DROP_TAIL = {"(ViT)", "(SAM)", "(NEON)", "(formerly DOFA-CLIP)"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    per: dict[str, int] = {}
    declared: dict[str, int] = {}
    group = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text
        h3 = re.match(r"<h3><em>(.+?)</em></h3>$", text)
        if h3:
            group = h3.group(1)
            d = re.search(r"\((\d+) papers\)$", group)
            if d:
                declared[group] = int(d.group(1))
        m = re.fullmatch(r"<summary><b>\[(\d{4})\] (.+)</b></summary>", text)
        if not m:
            assert not text.startswith("<summary><b>["), i
            continue
        assert lines[i - 2] == "<details>", i
        end = i
        while lines[end - 1] != "</details>":
            end += 1
            assert not lines[end - 1].startswith("<details>"), i
        title = m.group(2)
        for tail in DROP_TAIL:
            if title.endswith(" " + tail):
                title = title[: -len(tail) - 1]
        assert any("[Paper](" in t for t in lines[i:end]), i
        papers.append(entry(lines, i - 1, end, title))
        per[section] = per.get(section, 0) + 1
        if group in declared:
            declared[group] -= 1
    assert all(v == 0 for v in declared.values()), declared
    assert len(declared) == 5
    counts = {k.split(" ", 2)[2]: v for k, v in per.items()}
    assert counts == {"Research Papers": 63, "Foundational Architectures": 15, "Related Surveys": 15,
                      "Datasets & Benchmarks": 5, "Policy Context": 5}, counts
    assert len(papers) == 103 == sum(1 for t in lines if t.startswith("<summary><b>["))
    write_truth(NAME, PART, papers,
                "every '<details>' card whose summary is '<b>[YYYY] Title</b>' is an entry from '<details>' to"
                " '</details>' (research, foundational, survey, dataset-paper and policy-article cards); title ="
                " the bold text without the year tag and without a list-added trailing '(ViT)', '(SAM)', '(NEON)',"
                " '(formerly DOFA-CLIP)'; dataset cards without a year, the survey's own header and BibTeX and the"
                " code bullets are not entries",
                "per-group counts against the five '(N papers)' headings, section totals against the overview (63,"
                " 15; foundational 15 and dataset papers 5 against stale '14' and '9'), every title and line range read by eye, ids from"
                " each card's own links")


if __name__ == "__main__":
    main()
