"""Wild15 truth for CamGW/camgw-web publications.md: the publication page of the Cambridge
gravitational-wave / astrophysics group (physics).

Shape: '# Publications', a one-line intro, then year sections '## 2026' .. '## 2023', each a numbered
list followed by a '##### LVK Collaboration Papers' numbered list (numbering restarts in each list).
Every item is 'N. Authors (members in bold, or 'First *et al.* (inc. **Member**)'),
[*Title*](url), arXiv:ID [category]'; the link goes to arXiv (abs, with a version) or to the
published DOI (doi.org), and the arXiv id is always written as 'arXiv:ID' text at the end.  Some
titles hold LaTeX ('$2.5\\text{-}4.5~M_\\odot$', '$\\mathbf{...}$').

Entry: every numbered item (all are papers or preprints; software papers like 'Redback' and data
papers like 'Open data from the third observing run' are papers too).  Not entries: the intro line
and the closing '[Back to Home](index.html)'.
Title: the italic link text between '[*' and '*]('.  arXiv id: the link's, else the 'arXiv:' text;
DOI: the doi.org link when there is one.

Count checks: grep -cE '^[0-9]+\\. ' gives 224; per list 36 + 10 (2026), 58 + 20 (2025),
43 + 4 (2024), 49 + 4 (2023) = 224, and each list's last number equals its count.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "CamGW__camgw-web__publications@ff04551.md"
ITEM = re.compile(r"^(\d+)\. .*?, \[\*(.*)\*\]\((https?://[^)\s]+)\), arXiv:(\d{4}\.\d{4,5}) \[[A-Za-z.-]+\]$")
EXPECTED = [36, 10, 58, 20, 43, 4, 49, 4]


def main() -> None:
    lines = read_lines(NAME)
    papers, counts, last = [], [], None
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            if last is not None:
                counts.append(last)
            last = 0 if text.startswith(("## ", "##### ")) and text != "# Publications" else None
            continue
        if re.match(r"\d+\. ", text):
            m = ITEM.match(text)
            assert m, i
            assert int(m.group(1)) == last + 1, i  # numbering restarts in each list
            last += 1
            e = entry(lines, i, i, m.group(2))
            assert e["arxiv"] == m.group(4) or e["arxiv"] is None, i
            e["arxiv"] = e["arxiv"] or m.group(4)
            papers.append(e)
    counts.append(last)
    assert counts == EXPECTED, counts
    assert len(papers) == 224 and all(p["arxiv"] for p in papers)
    write_truth(
        NAME, "wild15_development", papers,
        "every numbered item 'Authors, [*Title*](url), arXiv:ID [cat]' of the year and LVK lists is an entry,"
        " title = the italic link text; arXiv id from the link or the arXiv: text, DOI from doi.org links",
        "count against grep (224) and per list (36+10+58+20+43+4+49+4), numbering restarting in each list; the"
        " first and last item of every list and 20 more read by eye, every title with LaTeX or '--' compared"
        " with the line, DOI-link items checked to take the arXiv id from the text",
    )


if __name__ == "__main__":
    main()
