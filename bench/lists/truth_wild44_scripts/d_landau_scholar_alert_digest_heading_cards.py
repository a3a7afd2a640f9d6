"""Wild44 truth for Landau1994/Google-scholar-alert-helper consolidated_papers.md (newest commit cc73aef): the
"Consolidated Paper List" a Google-Scholar-alert helper generated for a biomedical researcher on 2026-05-24 -- single-cell
genomics, CRISPR and genome editing, aging, stroke and cardiovascular medicine (23 records from the journal Stroke),
stem cells, spatial omics, with a few machine-learning preprints.

Shape: 1,033 lines.  ``# Consolidated Paper List`` (1), a generation date (3) and ``Total Papers: 133 (filtered from
133 unique, minScore=10)`` (4), then 133 cards numbered 1-133 without a gap, each:
``## N. Title`` / ``**Authors:** ...`` (sometimes empty) / ``**Source:** Venue (2026-05-24)`` / ``**Score:** n`` /
optionally ``**Snippet:** ...`` (87 cards; the snippet runs over two or three lines in 440-441, 621-622, 779-780,
873-874, 1005-1006) / blank / ``---``.  No links at all; ids only as text: six Sources read
``arXiv preprint arXiv:2605.xxxxx`` (216, 231, 395, 461, 822, 932), and card 130 carries a DOI in its
heading and snippet.  Titles are copied from Scholar: several are cut with a closing ``\\xa0…`` (66, 561, 1000),
two are upper case (276, 485), 1018 writes ``Nav1. 7/Nav1. 8`` with stray spaces.
Special cases:
- 569 ``## 75. Correction to: Abstract WP113: Stroke in the Young: ...`` is a correction notice (an erratum to a
  conference abstract), not a scholarly work: not an entry.
- 616 ``## 81. Honglin Yin 1 Ting-Ting Wei 2 ... Email yongyao@ njmu. edu. cn`` -- Scholar took the author line of a
  paper (on ferroptosis in the retinal pigment epithelium, per its snippet) for its title: an entry whose record
  names no title (title null).
- 1000 ``## 130. 1SCIeNTIfIC REPORTs| 7: 13347| DOI: 10.1038/s41598-017-13748-8 www. nature. com/scientificreports
  A DNA Contact Map for the Mouse Runx1 Gene Identifies …`` -- the PDF's running head glued before the (cut) title:
  title = "A DNA Contact Map for the Mouse Runx1 Gene Identifies", DOI 10.1038/s41598-017-13748-8.
- 758 ``## 99. Supplementary Materials for “A general and extensible algorithmic framework ...”`` -- the supplement of
  one paper, kept as an entry with the heading as its title (as earlier sets kept supplementary-material titles).
- 766 ``## 100. Mesenchymal Stem Cells`` (Source: the book "Regenerative Medicine in Pain Practice") is a
  contributed chapter: an entry, as chapters of edited volumes are in the other wild sets.

Entries (132): every card but 75.  Span = the heading through the card's last non-blank line before ``---``.
Title = the heading text after ``N. ``; a closing Scholar truncation mark (``\\xa0…``) is dropped and the title
kept as far as it goes; 81 null; 130 the text after ``scientificreports``.  Ids: the arXiv ids of the six
``arXiv preprint`` Sources, the DOI of 130; no other card has one.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "Landau1994__Google-scholar-alert-helper__consolidated_papers@cc73aef.md"
PART = "wild44_development"

HEAD = re.compile(r"^## (\d+)\. (.*?)\s*$")
FIELDS = ("**Authors:**", "**Source:**", "**Score:**", "**Snippet:**")
NOT_PAPER = {569}  # 75. Correction to: Abstract WP113 ...
NO_TITLE = {616}  # 81. an author line taken for the title


def title_of(i: int, text: str) -> str | None:
    if i in NO_TITLE:
        return None
    if i == 1000:
        text = text.split("scientificreports ", 1)[1]
    return re.sub(r"\s*…$", "", text)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[3].startswith("Total Papers: 133 ")
    heads = [i for i, ln in enumerate(lines, 1) if ln.startswith("## ")]
    assert [int(HEAD.match(lines[i - 1]).group(1)) for i in heads] == list(range(1, 134))
    papers = []
    for k, first in enumerate(heads):
        stop = heads[k + 1] - 1 if k + 1 < len(heads) else len(lines)
        rule = next(j for j in range(first + 1, stop + 1) if lines[j - 1] == "---")
        last = max(j for j in range(first, rule) if lines[j - 1].strip())
        body = lines[first:last]
        assert body[0].startswith("**Authors:**") and body[1].startswith("**Source:**"), first
        assert body[2].startswith("**Score:**") and all(not b.startswith("## ") for b in body), first
        if first in NOT_PAPER:
            continue
        papers.append(entry(lines, first, last, title_of(first, HEAD.match(lines[first - 1]).group(2))))
    t = {p["line"]: p["title"] for p in papers}
    ids = {p["line"]: (p["arxiv"], p["doi"]) for p in papers}
    assert t[6] == "Inferring stochastic dynamics by biophysical Neural ODE using single-cell transcriptomics"
    assert t[66].endswith("Gene Correction of Dilated Cardiomyopathy-Causing Mutations in"), t[66]
    assert t[561].endswith("by suppressing hepatocellular complement"), t[561]
    assert t[1000] == "A DNA Contact Map for the Mouse Runx1 Gene Identifies"
    assert t[616] is None and 569 not in t
    assert t[758].startswith("Supplementary Materials for “A general and extensible algorithmic framework")
    assert t[766] == "Mesenchymal Stem Cells"
    assert t[1026].startswith("Metabolism-driven emerging acylation modifications in COPD")
    assert {k: v for k, v in ids.items() if v != (None, None)} == {
        216: ("2605.16104", None), 231: ("2605.18587", None), 395: ("2605.16529", None),
        461: ("2605.15243", None), 822: ("2605.15383", None), 932: ("2605.16457", None),
        1000: (None, "10.1038/s41598-017-13748-8"),
    }, ids
    assert not any("…" in (p["title"] or "") for p in papers)
    assert len(papers) == 132, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '## N. Title' card (Authors/Source/Score/optional Snippet lines up to the '---' rule) is an entry "
        "spanning the heading through its last non-blank line, except card 75 (a correction notice); title = the "
        "heading text after the number, a closing Scholar truncation '…' dropped; card 81 (an author line taken for "
        "the title) has no title, card 130 keeps only the text after its glued PDF running head; ids from the "
        "'arXiv preprint arXiv:…' Sources and the DOI in card 130.",
        "Numbering 1-133 checked without gap and every card's field order; all 133 headings listed with their Source "
        "and read one by one (cut titles 66/561/1000, upper-case 276/485, 'Nav1. 7' at 1018 kept as written); cards "
        "at 6, 14, 66, 75, 81, 99, 100, 130, 133 and about 20 others (28, 89, 216, 231, 276, 395, 440, 461, 569, "
        "621, 758, 779, 822, 873, 932, 1005, 1026) read against the -v output; the six arXiv Sources and the one DOI "
        "are the only ids; multi-line snippets end inside their card's span.",
    )


if __name__ == "__main__":
    main()
