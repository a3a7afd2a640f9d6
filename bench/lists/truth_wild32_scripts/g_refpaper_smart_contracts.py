"""Wild32 truth for baoyulong/refPaper readme.md: a personal dump of the PDF file names in a
smart-contract formal-verification reading folder, then the same papers regrouped by method with
Chinese notes.

Shape: ``- [YYYYAuthor]Title`` bullets, each copied from a PDF file name of the repository
(``[2018S Kalra]ZEUS-Analyzing Safety of Smart Contracts.pdf``), so colons became hyphens or
vanished (``ZEUS-Analyzing ...``, ``Securify Practical ...``) and the bracket glues year and first
author (once a venue-like word: ``[2020Security]``).  No links, no ids.  Lines 5-33 are the full
list (29 papers); the sections after it repeat papers (Survey, Testing, Static, Theorem Proof,
Model Checking) and each repeat counts as an entry.  The title is the text after the ``]``, with
the ``new`` markers the author appended removed (``(**new**)``, ``( new )``, ``( **new ** )``,
``(**new **)``, lines 38, 44-47, 55-56, 85, 91, 102, 106, 114) and a final ``.`` dropped (lines 25
and 55 ``...in smart contracts.``).  ``Formal verification of smart contracts Short paper`` keeps
``Short paper`` (it is the real subtitle).  An entry spans its bullet and its indented Chinese
note bullets (e.g. lines 65-67, 97-100), up to the last non-blank note line.  Not entries: the
empty bullet ``- `` at line 40 and the note sub-bullets themselves.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "baoyulong__refPaper__readme@f17f805.md"
PART = "wild32_development"

REC = re.compile(r"^- \[(\d{4})[^\]]*\](.+?)\s*(?:\(\s*(?:\*\*)?new\s*(?:\*\*)?\s*\))?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = [i for i, ln in enumerate(lines, 1) if ln.startswith("- [")]
    for i in starts:
        m = REC.match(lines[i - 1])
        assert m, (i, lines[i - 1])
        end = i
        j = i + 1
        while j <= len(lines) and (lines[j - 1].strip() == "" or lines[j - 1].startswith("  ")):
            if lines[j - 1].strip():
                end = j
            j += 1
        papers.append(entry(lines, i, end, m.group(2)))
    assert len(papers) == 54, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- [YYYYAuthor]Title' bullet is one entry (repeats in the method sections count again); title is"
        " the text after ']' without the appended '(new)' markers; span runs over the bullet's indented notes.",
        "All 54 entries read against the file by eye (-v listing): every 'new' marker variant, the two"
        " final-dot titles, the note spans and the empty bullet.",
    )


if __name__ == "__main__":
    main()
