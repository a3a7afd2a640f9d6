"""Wild11 truth for edgareler/rag-exoplanets papers/README.md: APA author-first bullets, bold title.

Shape: under '## List of papers', one '- Authors (Year). **Title**. *Venue* ...' bullet per line,
ending in an arXiv link or a bare https://doi.org/ URL.  Every such bullet is an entry (20, one per
line 7-26; two are handbook chapters, 'Transit photometry as an exoplanet discovery method' and
'Exoplanet detection methods', kept: each is one scholarly work).  Title = the bold text.  Not
entries: the intro lines and the 'submit a PR' link.  Count checked against grep -c '^- ' (20).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "edgareler__rag-exoplanets__papers__README@ee6ad8d.md"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## List of papers") + 1
    papers = []
    for i, text in enumerate(lines, 1):
        if i <= start or not text.startswith("- "):
            continue
        m = re.search(r"\(\d{4}\)\. \*\*(.+?)\*\*", text)
        assert m, (i, text)
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 20, len(papers)
    assert sum(1 for ln in lines if ln.startswith("- ")) == 20
    write_truth(NAME, "wild11_development", papers,
                "every '- Authors (Year). **Title**. *Venue*' bullet under 'List of papers' is an entry, one"
                " line each; title = the bold text (two handbook chapters kept as scholarly works)",
                "all 20 entries read against the file: titles, the 8 arXiv ids and 12 DOIs (MNRAS, Springer"
                " chapters, Annual Reviews, RMG); count against grep '^- '")


if __name__ == "__main__":
    main()
