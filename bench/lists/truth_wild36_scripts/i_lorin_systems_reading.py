"""Wild36 truth for lorin/systems-reading README.md: Lorin Hochstein's "Systems and failure reading list" --
books and papers about complex systems, safety, resilience engineering and availability of distributed systems,
each with his commentary.

Shape: one heading per reading, followed by citation lines written one element per line with trailing commas
(author, publisher or journal, volume, year; "DOI: ..." or a `<https://doi.org/...>` autolink), then a
"[pdf](url)" / "[html][key]" / "[link](url)" line and paragraphs of notes, bullets, "#### Theories" / "####
Rebound" / "#### Selected quotes by section" sub-headings and quotes.  Section headings "## Systems in general"
and "## Availability" group the readings, but four readings (737 Hints for Computer System Design, 801
End-to-end Arguments, 817 The Mathematical Disposition of Structural Engineers, 971 Underground adaptations) use
"##" headings like the sections.  "### Maturity" (1230) is the fourth of Aranda's "####" principles written one
level up, inside the notes on the thesis at 1169.  Most links are reference-style ("[pdf][gray85]") with their
definitions at the end of the file (1244-1261).

Decisions:
- An entry is a reading heading whose work is a paper, report or thesis: spanning the heading to the last
  non-blank line before the next reading or section heading (sub-headings and notes included).
- Not entries: the books (19, 58, 68, 109, 135, 150, 243, 252, 524 and the edited essay collection 542), the
  talk 233 "The Language of the System (video)" and the blog posts 594 (Hodges) and 620 (Duffy); the section
  headings 16 and 480; the sub-headings.  The mention of Hodges' talk inside 594 is not an entry.
- Entries beyond journal and conference papers: 38 (Cook's "How Complex Systems Fail", a lab report the notes
  call a paper), 125 (the Columbia Accident Investigation Board report, a technical report), 335 (Woods's chapter
  in the IRGC resource guide, an edited collection), 482 (Gray's Tandem technical report), 512 and 1169 (PhD
  dissertations), 607 (Allspaw's ACM Queue article).
- Title: the heading text.  Ids: from the entry's lines with reference-style links resolved to their definitions
  (as Markdown renders them), e.g. 971's "[pdf (paywalled)][perry12]" -> https://doi.org/10.1007/....
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "lorin__systems-reading__README@535bb90.md"
PART = "wild36_development"

NOT_ENTRIES = {16, 19, 58, 68, 109, 135, 150, 233, 243, 252, 480, 524, 542, 594, 620}
INNER = {1230}  # "### Maturity": a sub-heading of the notes on the thesis at 1169
REFDEF = re.compile(r"^\[([^\]]+)\]:\s*(\S+)")
REFUSE = re.compile(r"\[([^\]]*)\]\[([^\]]+)\]")


def main() -> None:
    lines = read_lines(NAME)
    defs = {m.group(1): m.group(2) for ln in lines if (m := REFDEF.match(ln))}
    first_def = min(n for n, ln in enumerate(lines, 1) if REFDEF.match(ln) and n > 100)
    heads = [n for n, ln in enumerate(lines, 1) if re.match(r"^#{1,3} ", ln) and n > 1 and n not in INNER]
    papers = []
    for i, n in enumerate(heads):
        if n in NOT_ENTRIES:
            continue
        end = (heads[i + 1] if i + 1 < len(heads) else first_def) - 1
        while not lines[end - 1].strip():
            end -= 1
        e = entry(lines, n, end, re.sub(r"^#+ ", "", lines[n - 1]))
        own = "\n".join(lines[n - 1:end])
        resolved = REFUSE.sub(lambda m: f"[{m.group(1)}]({defs.get(m.group(2), '')})", own)
        e["arxiv"], e["doi"] = arxiv_of(resolved), doi_of(resolved)
        papers.append(e)
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each reading heading (### or, for four readings, ##) whose work is a paper, report, chapter or thesis is an"
        " entry spanning its citation lines, link line and notes up to the next reading or section heading; books,"
        " a talk and blog posts are not; title is the heading text; reference-style links resolved for ids.",
        "All 35 reading headings and every sub-heading read and classified by eye; each entry's span checked at its"
        " start and end (the ## readings 737-971, 'Maturity' inside the thesis at 1169, the last entry stopping"
        " before the link definitions); the DOIs checked against the DOI lines and the resolved definitions.",
    )


if __name__ == "__main__":
    main()
