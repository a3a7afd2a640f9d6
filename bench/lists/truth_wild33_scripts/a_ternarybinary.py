"""Wild33 truth for yiweifengyan/Papers-on-Ternary-and-Binary-Networks README.md: papers on binary/ternary, mixed-precision
and INT8 quantized neural networks and their hardware implementation.

Shape: each record is a line ``[[Venue_Year](paper-url)] [__`TAGS`__] Title [[PyTorch](code-url)]`` followed by a blank
line and a ``<details><summary>Bibtex</summary><pre><code>@...{`` card whose BibTeX runs over several lines and ends with
``}</code></pre></details>``.  One record = one entry, spanning the title line through the closing ``</details>`` line
(the BibTeX is the same paper's, so it is not a separate entry; its DOI, where written, belongs to the entry).  The title
is the text after the leading bracketed links/tags, up to the first trailing ``[[code]]`` link.
Special cases: the five survey records (20-75) have no ``[__`tag`__]``; line 44 puts a ``[[Blog](..)]`` link between the
venue link and the title; line 350 has an empty venue link ``[[ICLR_2020]()]`` (still an entry); line 517 opens its
BibTeX on the next line; lines 528-531 are an empty template record (``[[]()] [__``__]`` with an empty BibTeX card) -
not an entry.  DOIs written in a BibTeX field (``doi = {https://doi.org/10...}``, 20-30, 325-338, 495-513) are taken
without the closing brace.  The keyword/platform legend (79-81) and the table of contents are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "yiweifengyan__Papers-on-Ternary-and-Binary-Networks__README@57214a9.md"
PART = "wild33_development"

LEAD = re.compile(r"^\s*(?:\[\[[^\]]*\]\([^)]*\)\]|\[__`[^`]*`__\])\s*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("[["):
            continue
        rest = ln
        while True:
            m = LEAD.match(rest)
            if not m:
                break
            rest = rest[m.end():]
        title = rest.split(" [[", 1)[0].strip()
        if not title:
            assert i == 528, i  # empty template record
            continue
        j = i
        while "</details>" not in lines[j - 1]:
            j += 1
        assert j - i <= 25, (i, j)
        p = entry(lines, i, j, title)
        if p["doi"]:
            # BibTeX writes ``doi = {...}`` / ``DOI = {10.x/y}``: the closing brace is not part of the DOI
            p["doi"] = p["doi"].rstrip("}")
        papers.append(p)
    assert len(papers) == 45, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '[[Venue](url)] [__`tag`__] Title [[code]]' record with its BibTeX <details> card is one entry (span = title"
        " line to </details>), titled by the text after the leading venue/blog links and tags; the empty template record"
        " at 528 is not an entry.",
        "All 45 entries' titles and spans read by eye against the file; the surveys (20-75), the Blog-link record (44),"
        " the empty venue link (350), the NICE BibTeX with DOI (325-338) and the template (528) checked one by one.",
    )


if __name__ == "__main__":
    main()
