"""Wild30 truth for mattfaltyn/awesome-neuro-symbolic-ai README.md: an awesome list of neuro-symbolic
AI resources (textbooks, overview articles, framework examples per Kautz type, LNN papers, blogs).

Shape: plain `- [YEAR - Title](url)` list lines, and bare `- [Name](url)` lines naming frameworks.
Entries:
- Overview Articles (lines 49-57): `- [YEAR - Title](url)`; the `YEAR - ` prefix is dropped.
- Type I examples (lines 72-79): each links one paper but names it only by its framework's nickname
  (`QDGAT`, `TBox`, `D4-Gumbel`, ...), a shortened description (`Sememes-Based Framework for KG
  Embeddings`) or an author-year key (`Cowen-Rivers et al (2019)`): entries with title None.
- Logical Neural Network academic papers (lines 131-143): `- [YEAR - Title](url)`, prefix dropped.
Not entries: textbooks (44-46, books), the Type II/III/IV/V framework names (87, 95, 103, 108-112:
bare names or in-page `#anchor` links to framework sections, no paper), the IBM toolkit line (126),
the blog posts (146-153), the table of contents (11-35) and the prose links (41, 64).
The Emerald URL on line 77 holds DOI 10.1108/IJWIS-11-2020-0067 followed by the URL tail `/full/html`.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "mattfaltyn__awesome-neuro-symbolic-ai__README@fbfb15a.md"
PART = "wild30_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for lo, hi, named in ((49, 57, True), (72, 79, False), (131, 143, True)):
        for i in range(lo, hi + 1):
            m = re.match(r"^- \[(?:(\d{4}) - )?([^\]]+)\]\(([^)]+)\)", lines[i - 1])
            assert m, i
            p = entry(lines, i, i, m.group(2) if named else None)
            if i == 77:
                assert p["doi"] == "10.1108/ijwis-11-2020-0067/full/html", p["doi"]
                p["doi"] = "10.1108/ijwis-11-2020-0067"
            papers.append(p)
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Overview articles, Type I framework examples (title None: named by nickname or author key)"
        " and LNN academic papers are entries, the 'YEAR - ' prefix dropped from titles; textbooks,"
        " framework names without a paper, the toolkit line and blog posts are not.",
        "All 30 entries and every non-entry line checked by eye against the file, including the"
        " Emerald DOI on line 77 and the ADS and ResearchGate links without ids.",
    )


if __name__ == "__main__":
    main()
