"""Wild5 truth for j-andrews7/awesome-bioinformatics-benchmarks README.md: an awesome list of
bioinformatics benchmarking papers (peak callers, RNA-seq, variant callers, single cell, Hi-C, ...).

Shape: one multi-line card per paper under '#'/'##'/'###' headings, the fields each a paragraph:
'**Title:** [Title](url)', '**Authors:** Name, et al.', '**Journal Info:** Journal, Month Year',
'**Description:** ...' (sometimes over several lines), '**Tools/methods compared:** `a`, `b`' (sometimes a
nested bullet list), '**Recommendation(s):** ...' with many links to the tools (GitHub, Bioconductor, lab
pages) and '**Additional links:** ...'; cards in a section are separated by '---' lines.
Entries: every card (59); the entry spans from its Title line to the last non-blank line before the next
'---', heading or Title line; title = the link text of the Title field (a closing period inside it is
the citation separator and goes).  Ids come from the card's lines; the first id is the Title link's
(tool links in the Recommendation/Additional fields never hold a DOI or arXiv id before it).
Not entries: the contents bullets, the 'Rules for Included Papers' bullets, the empty field template of
'## Format & Organization' (a bare '**Title:**' line), the tool links inside cards, and the Contributors
bullets.
Count check: grep -c '^**Title:**' = 60 and '^**Authors' = 60, '^**Journal Info' = 60, each minus the
template = 59; every card's Title line has the '[..](..)' form.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "j-andrews7__awesome-bioinformatics-benchmarks__README@8a350dd.md"
PART = "wild5_development"
TITLE = re.compile(r"\*\*Title:\*\* \[([^\]]+)\]\(([^)]+)\) *\.? *")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# Benchmarking Theory")
    papers = []
    titles = [i for i, t in enumerate(lines, 1) if t.startswith("**Title:**")]
    assert len(titles) == 60 and lines[titles[0] - 1] == "**Title:**"  # the template
    for i in titles[1:]:
        assert i > start
        m = TITLE.fullmatch(lines[i - 1])
        assert m, i
        j = i
        end = i
        while j < len(lines):
            nxt = lines[j]  # line j + 1
            if nxt.strip() == "---" or nxt.startswith(("#", "**Title:**")):
                break
            j += 1
            if nxt.strip():
                end = j
        own = lines[i - 1:end]
        assert any(t.startswith("**Authors:**") for t in own), i
        assert any(t.startswith("**Journal Info:**") for t in own), i
        papers.append(entry(lines, i, end, m.group(1)))
    assert len(papers) == 59
    write_truth(NAME, PART, papers,
                "every '**Title:** [Title](url)' card with its Authors/Journal Info/Description/Tools/Recommendation"
                " fields is an entry (title = the link text); the empty field template, contents, rules, tool"
                " links inside cards and contributors are not",
                "60 Title/Authors/Journal Info lines counted by grep (one each in the template); each card checked"
                " to hold Authors and Journal Info and to end before '---' or a heading; all 59 titles and the"
                " card spans read against the file; ids taken from the Title links (PLOS, BMC, Nature, OUP,"
                " bioRxiv, PMC, PubMed)")


if __name__ == "__main__":
    main()
