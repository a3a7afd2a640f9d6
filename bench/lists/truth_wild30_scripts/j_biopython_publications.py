"""Wild30 truth for biopython/biopython.github.io wiki/Publications.md: the Biopython wiki page
"Publications using Biopython" (a MediaWiki page converted to Markdown for the GitHub Pages wiki).

Shape: YAML front matter, two intro paragraphs that cite the Biopython application note inline
(lines 13-14 and 23: prose, not entries), then one `------`-underlined heading per year (2009 down
to 1999) each followed by a Markdown numbered list.  A record is a numbered item: "Authors (year)
Title." wrapped over several indented lines, then an indented line with the venue as a link
`[*Journal*, vol, pages](url)` (a dx.doi.org DOI or a PubMed search URL), then sometimes a blank
line and an indented italic note (`*Used Bio.PDB*`) that belongs to the same item.  Every item is
one entry: the span runs from its number line to its last non-blank line before the next item or
heading, so the note is inside it.  Title = the text after the first "(yyyy)" / "(yyyy)." up to the
venue link "[*" (line 183 starts that link mid-line) or, line 156, up to the plain-text venue
"PLoS Curr, 1, RRN1040".

Special cases: line 37 links "dx.doi.org/0.3390/ijms10030844", which is not a DOI (kept as
written: no DOI); PubMed links give no id; numbering restarts per year and 2001 has two items
numbered "3."; line 615 "C&alpha;" is an HTML entity (rendered α); line 837 has "(2000)." with a
dot after the year; line 733 "Kanehisa, T. (2003)" has commas in the author list.  The closing
line 855 ("Note the Biopython project started in 1999.") is not an entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "biopython__biopython.github.io__wiki__Publications@ce51fd8.md"
PART = "wild30_development"


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    starts = [i for i, ln in enumerate(lines, 1) if re.match(r"^\d+\.\s+\S", ln)]
    papers = []
    for k, s in enumerate(starts):
        # the item ends before the next item, the next heading (text line followed by ----) or EOF
        stop = starts[k + 1] - 1 if k + 1 < len(starts) else n
        for j in range(s + 1, stop + 1):
            if j < n and lines[j - 1].strip() and not lines[j - 1].startswith(" ") and re.match(r"^-{3,}$", lines[j]):
                stop = j - 1
                break
            if lines[j - 1].startswith("Note the Biopython"):
                stop = j - 1
                break
        e = stop
        while not lines[e - 1].strip():
            e -= 1
        # the citation part: number line up to the venue line
        text = " ".join(lines[j - 1].strip() for j in range(s, e + 1))
        text = re.split(r"\[\*|PLoS Curr, 1, RRN1040", text)[0].strip()
        text = re.sub(r"^\d+\.\s+", "", text)
        m = re.search(r"\((\d{4})\)\.?\s+", text)
        assert m, (s, text)
        title = text[m.end():]
        papers.append(entry(lines, s, e, title))
    assert len(papers) == 152, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered item under a 'Publications from yyyy' heading is one entry spanning its citation, "
        "venue link line and italic usage note; the title is the text between '(yyyy)' and the venue link line.",
        "All 152 items read against the file: first and last item of every year, every wrapped title, "
        "the items with notes, the plain-text venue (line 156), the broken DOI link (line 37), the "
        "duplicate number in 2001 and the intro paragraphs that cite the application note in prose.",
    )


if __name__ == "__main__":
    main()
