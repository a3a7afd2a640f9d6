"""Wild60 truth for melmbrain/Ab_generative_model docs/research/REFERENCES.md at a8fc24e (2025-11-03): the
"Research Papers & References" page of an antibody-generation model repository (biology / protein design), one
``### N. <label>`` card per reference, grouped under emoji ``##`` section headings.  The file has CRLF line ends.

Shape: 487 lines.  Title and intro (1-7), then sections (9, 96, 187, 288, 325, 344, 370, 403) holding 25 numbered
cards ``### 1. PALM-H3: Protein Language Model for Antibody Design`` (11) ... ``### 25. ...`` (417).  Each card:
- a ``**Citation**: Authors (year). "Title." *Venue*, vol, pages.`` line right under the heading (12, 30, 48, ...);
- usually a ``**DOI/Link**:`` / ``**arXiv**:`` / ``**DOI**:`` / ``**Link**:`` line (14, 101, 293, ...);
- bullet lists "Key Contributions" / "What We Used" / "Relevance", then a ``---`` rule.
Then "Summary of Implementations" (429-446, numbered bullets citing "Papers #8, #9"), "Additional Resources"
(450-465, documentation / database / model links) and a ``bibtex`` block for the repository itself (473-480).

Special cases:
- The card heading is the model / topic label, not the paper title: ``### 1. PALM-H3 ...`` cites "Harnessing
  generative AI to decode enzyme catalysis and evolution for enhanced engineering" (a mismatch in the file, kept as
  written); ``### 12. Label Smoothing for Deep Networks`` cites "Rethinking the inception architecture for computer
  vision"; ``### 15. On the Variance of Adaptive Learning Rate (AdamW)`` cites "Decoupled weight decay
  regularization".
- Cards 4 (65) and 5 (81) have ``**Citations**:`` followed by two bullets, each naming one paper with a quoted
  title and no venue (67, 68, 83, 84): two entries per card.
- Card 19 (327) "Sequence Diversity Metrics" has ``**Citation**: Multiple sources on n-gram diversity ...``: no
  paper is named, so it is not an entry.
- Cards 20-23 cite the papers of software / databases (PyTorch NeurIPS paper, Transformers EMNLP demo paper, OAS
  J. Immunol. paper, PDB NAR paper): entries, title = the quoted paper title.
- Titles end with a period inside the quotes (``"Attention is all you need."``): the period is dropped.

Decisions:
- Entry = a card with a single ``**Citation**:`` line naming a quoted title: span = heading line .. last non-blank
  line before the card's ``---`` (so the DOI/arXiv link line is inside).  For cards 4 and 5, each bullet is its
  own one-line entry.  Title = the text inside the double quotes, without the trailing period.
- The summary bullets, additional-resource links and the bibtex block are not entries.
- arXiv ids / DOIs come from the card lines by the helper (arxiv.org/abs links, doi.org / publisher DOIs).
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "melmbrain__Ab_generative_model__docs__research__REFERENCES@a8fc24e.md"
PART = "wild60_development"

CARD = re.compile(r"^### (\d+)\. ")
QUOTED = re.compile(r'"([^"]+)"')


def clean(title: str) -> str:
    return title.strip().rstrip(".").strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        if not CARD.match(lines[n - 1]):
            n += 1
            continue
        head = n
        end = head
        m = head + 1
        while m <= len(lines) and lines[m - 1].strip() != "---":
            if lines[m - 1].strip():
                end = m
            m += 1
        cite = lines[head]  # line head+1
        if cite.startswith("**Citation**:"):
            q = QUOTED.search(cite)
            if q:
                papers.append(entry(lines, head, end, clean(q.group(1))))
        elif cite.startswith("**Citations**:"):
            k = head + 2
            while lines[k - 1].startswith("- "):
                q = QUOTED.search(lines[k - 1])
                papers.append(entry(lines, k, k, clean(q.group(1))))
                k += 1
        n = m
    by = {p["line"]: p for p in papers}
    assert len(papers) == 26, len(papers)
    assert 327 not in by
    assert by[11]["title"] == "Harnessing generative AI to decode enzyme catalysis and evolution for enhanced engineering"
    assert by[67]["title"] == "Decoding antibody structure from sequence", by[67]
    assert by[68]["title"] == "Antibody structure prediction using interpretable deep learning", by[68]
    assert by[84]["title"] == "RFdiffusion: De novo protein design", by[84]
    assert by[98]["title"] == "Attention is all you need" and by[98]["arxiv"] == "1706.03762", by[98]
    assert by[117]["arxiv"] == "2104.09864", by[117]
    assert by[206]["title"] == "Rethinking the inception architecture for computer vision", by[206]
    assert by[290]["doi"] == "10.1101/2022.07.20.500902", by[290]
    assert by[387]["title"] == "The Protein Data Bank", by[387]
    assert by[417]["title"] == ("Computational approaches to therapeutic antibody design: established methods and"
                                " emerging trends"), by[417]
    write_truth(
        NAME,
        PART,
        papers,
        method="Each '### N. <label>' card whose next line is '**Citation**: Authors (year). \"Title.\" *Venue*' is"
        " one entry spanning the heading to the last line before the card's '---' rule; the two cards with"
        " '**Citations**:' give one one-line entry per bullet (67, 68, 83, 84).  Title = the double-quoted text of"
        " the citation without its trailing period (the heading is only a label).  Card 19 ('Multiple sources')"
        " names no paper and is skipped; summary bullets, resource links and the bibtex block are not entries.",
        checked="Read the whole file; compared the -v output with all 25 cards: 23 single-citation cards (minus card"
        " 19) plus 4 bullet citations = 26 entries, the quoted titles (heading/title mismatches 1, 12, 15), the"
        " arXiv ids from arxiv.org/abs lines and the DOIs from doi.org / publisher links.",
    )


if __name__ == "__main__":
    main()
